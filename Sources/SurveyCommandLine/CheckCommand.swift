import SurveyLanguage

let checkUsage = """
    Usage: survey check PATH... [--format human|short|json|github] [--strict]

    Checks .survey files (folders are searched recursively) and reports every problem.
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
        var included: Set<String> = []
        for file in files {
            let compilation = try compileFile(file)
            compilations[file] = compilation
            for source in compilation.sources.files.dropFirst() { included.insert(normalizedPath(source.path)) }
        }
        let checked = files.filter { !included.contains(normalizedPath($0)) }
        let report = DiagnosticReport(compilations: checked.compactMap { compilations[$0] })
        context.out(report.rendered(format, style: context.usesColour ? .coloured : .plain, fileCount: files.count))
        let fails = report.errorCount > 0 || (arguments.flags.contains("--strict") && report.warningCount > 0)
        context.leaveToExit(compilations)
        return fails ? ExitStatus.failure : ExitStatus.success
    }
}

/// Reads and compiles one survey source.
func compileFile(_ path: String) throws(UsageError) -> Compilation {
    let bytes = try readInput(path)
    return compile(path: path == "-" ? "<stdin>" : path, bytes: bytes, read: readBytes)
}
