import SurveyLanguage

let checkUsage = """
    Usage: survey check PATH... [--format human|short|json|github] [--strict]

    Checks .survey files (folders are searched recursively, passing over hidden ones such as .git)
    and reports every problem.
    A file that another checked file includes is checked as part of it, not alone.

    Options:
      --format FORMAT  human (default), short (one line each), json, or github (Actions annotations)
      --strict         treat warnings as errors

    Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage or file errors.

    Examples:
      survey check surveys/
      survey check surveys/big-conversation-2025.survey --format short
      survey check surveys/ --format github --strict

    """

extension Tool {
    static func runCheck(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: [DiagnosticFormat.option], flagNames: ["--strict"])
        let format = try DiagnosticFormat.parse(arguments)
        guard !arguments.positional.isEmpty else { throw UsageError("name the files or folders to check", help: "survey check surveys/") }
        let files = try surveyFiles(in: arguments.positional)
        guard !files.isEmpty else { throw UsageError("no .survey files in \(arguments.positional.joined(separator: ", "))") }
        var compilations: [String: Compilation] = [:]
        var included: [String: Set<String>] = [:]
        for file in files {
            let compilation = try compileFile(file)
            compilations[file] = compilation
            included[file] = Set(compilation.sources.files.dropFirst().map { normalizedPath($0.path) })
        }
        let checked = reportingFiles(files) { included[$0] ?? [] }
        let report = DiagnosticReport(compilations: checked.compactMap { compilations[$0] })
        context.out(report.rendered(format, style: context.usesColour ? .coloured : .plain, fileCount: files.count))
        let fails = report.errorCount > 0 || (arguments.flags.contains("--strict") && report.warningCount > 0)
        context.leaveToExit(compilations)
        return fails ? ExitStatus.failure : ExitStatus.success
    }
}

/// The files to report, in the order given, so that every file is reported once and as its includer reads it:
/// those that no other file given includes, then, for each file only reached through an include cycle, the
/// first file of the cycle (which reports the cycle). `included` gives the normalised paths a file includes.
func reportingFiles(_ files: [String], included: (String) -> Set<String>) -> [String] {
    let includedByOthers = Set(files.flatMap { included($0).subtracting([normalizedPath($0)]) })
    var reporting = Set(files.filter { !includedByOthers.contains(normalizedPath($0)) })
    var covered = Set(reporting.flatMap { included($0).union([normalizedPath($0)]) })
    for file in files where !covered.contains(normalizedPath(file)) {
        reporting.insert(file)
        covered.formUnion(included(file).union([normalizedPath(file)]))
    }
    return files.filter(reporting.contains)
}

/// Reads and compiles one survey source.
func compileFile(_ path: String) throws(UsageError) -> Compilation {
    let bytes = try readInput(path)
    return compile(path: path == "-" ? "<stdin>" : path, bytes: bytes, read: readBytes)
}
