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
}

/// Parses and checks a survey and the files it includes: the whole front end in one call.
public func compile(path: String, bytes: [UInt8], read: @escaping ReadFile) -> Compilation {
    let parsed = parseWithIncludes(main: path, bytes: bytes, read: read)
    let checked = check(parsed)
    return Compilation(sources: parsed.sources, files: parsed.files, diagnostics: checked.diagnostics, survey: checked.survey)
}
