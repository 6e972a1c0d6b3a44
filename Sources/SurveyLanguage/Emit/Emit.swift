import SurveyBundle

/// Wraps a checked survey in a bundle with its source and content digests.
public func emit(_ checked: CheckedSurvey, sources: SourceSet) throws -> Bundle {
    Bundle(
        digest: Digest(sources: sourcesDigest(sources), content: try Bundle.contentDigest(of: checked.survey)),
        survey: checked.survey)
}

/// SHA-256 over each file as its path relative to the main file's folder, a NUL, its bytes, a NUL.
func sourcesDigest(_ sources: SourceSet) -> String {
    var hash = SHA256()
    let base = sources.files.first.map { folder(of: $0.path) } ?? ""
    for file in sources.files {
        let relative = file.path.hasPrefix(base) ? String(file.path.dropFirst(base.count)) : file.path
        hash.update(relative)
        hash.update([0])
        hash.update(file.bytes)
        hash.update([0])
    }
    return hash.hexDigest()
}

func folder(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[...slash])
}
