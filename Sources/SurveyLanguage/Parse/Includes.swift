/// The main file and every file it includes, parsed, with their declarations in reading order.
public struct ParsedSources: Sendable {
    public var sources: SourceSet
    /// The parsed files, in the same order as `sources`.
    public var files: [SurveyFile]
    /// All declarations, with each `include` replaced by the declarations of the file it names.
    public var declarations: [Declaration]
    public var diagnostics: [Diagnostic]
}

/// Reads a file's bytes, or says why it cannot.
public typealias ReadFile = (_ path: String) -> Result<[UInt8], ReadFailure>

/// Why a file could not be read.
public struct ReadFailure: Error, Sendable {
    public var reason: String

    /// Creates a failure with a reason such as "no such file".
    public init(_ reason: String) { self.reason = reason }
}

/// Parses a main file and, recursively, the files it includes; the front end's only way to reach files.
public func parseWithIncludes(main path: String, bytes: [UInt8], read: @escaping ReadFile) -> ParsedSources {
    var loader = IncludeLoader(read: read)
    loader.declarations = loader.load(path: path, bytes: bytes, chain: [])
    return ParsedSources(sources: loader.sources, files: loader.files, declarations: loader.declarations, diagnostics: loader.diagnostics)
}

private struct IncludeLoader {
    let read: ReadFile
    var sources = SourceSet()
    var files: [SurveyFile] = []
    var declarations: [Declaration] = []
    var diagnostics: [Diagnostic] = []
    var loaded: Set<String> = []

    init(read: @escaping ReadFile) { self.read = read }

    mutating func load(path: String, bytes: [UInt8], chain: [String]) -> [Declaration] {
        let index = sources.add(SourceFile(path: path, bytes: bytes))
        loaded.insert(normalizedPath(path))
        let result = parse(sources[index], index: index)
        files.append(result.file)
        diagnostics += result.diagnostics
        var flattened: [Declaration] = []
        for declaration in result.file.declarations {
            guard case .include(let include) = declaration else {
                flattened.append(declaration)
                continue
            }
            let target = normalizedPath(resolvedPath(include.path.value, relativeTo: path))
            if target == normalizedPath(path) || chain.contains(target) {
                diagnostics.append(.includeCycle(include.path.range, path: include.path.value))
            } else if chain.count + 1 > Limits.includeDepth {
                // The file included here would be `chain.count + 1` includes below the main file.
                diagnostics.append(.includeTooDeep(include.path.range))
            } else if loaded.contains(target) {
                continue
            } else {
                switch read(target) {
                case .success(let included):
                    flattened += load(path: target, bytes: included, chain: chain + [normalizedPath(path)])
                case .failure(let failure):
                    diagnostics.append(.includeUnreadable(include.path.range, path: include.path.value, reason: failure.reason))
                }
            }
        }
        return flattened
    }
}

/// The path of `path` when written in the file at `base`.
public func resolvedPath(_ path: String, relativeTo base: String) -> String {
    if path.hasPrefix("/") { return path }
    guard let slash = base.lastIndex(of: "/") else { return path }
    return String(base[...slash]) + path
}

/// A path with `.` and `x/..` segments removed, so one file has one name.
public func normalizedPath(_ path: String) -> String {
    var parts: [Substring] = []
    for part in path.split(separator: "/", omittingEmptySubsequences: true) {
        if part == "." { continue }
        if part == "..", let last = parts.last, last != ".." {
            parts.removeLast()
        } else {
            parts.append(part)
        }
    }
    let joined = parts.joined(separator: "/")
    return path.hasPrefix("/") ? "/" + joined : (joined.isEmpty ? "." : joined)
}
