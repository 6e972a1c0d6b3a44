import SurveyBundle

/// Everything one run of the front end produced: the sources, the diagnostics, and the survey when error-free.
public struct Compilation: Sendable {
    public var sources: SourceSet
    public var files: [SurveyFile]
    public var diagnostics: [Diagnostic]
    public var survey: CheckedSurvey?

    /// The bundle for the survey, or nil when there were errors.
    public func bundle() throws -> Bundle? {
        guard let survey else { return nil }
        return try emit(survey, sources: sources)
    }

    /// Writes the bundle in one pass to a sink that can go back and overwrite the content digest
    /// (`Bundle.encode(_:sourcesDigest:into:overwrite:)`), and returns its digests; nil when there were errors.
    public func encodeBundle(
        into sink: (UnsafeBufferPointer<UInt8>) -> Void,
        overwrite: (_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
    ) throws -> Digest? {
        guard let survey else { return nil }
        return try Bundle.encode(survey.survey, sourcesDigest: sourcesDigest(sources), into: sink, overwrite: overwrite)
    }
}

/// Parses and checks a survey and the files it includes: the whole front end in one call.
public func compile(path: String, bytes: [UInt8], read: @escaping ReadFile) -> Compilation {
    let parsed = parseWithIncludes(main: path, bytes: bytes, read: read)
    let checked = check(parsed)
    return Compilation(sources: parsed.sources, files: parsed.files, diagnostics: checked.diagnostics, survey: checked.survey)
}
