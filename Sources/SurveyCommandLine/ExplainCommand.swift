import SurveyLanguage

let explainUsage = """
    Usage: survey explain CODE
           survey explain --all

    Explains a diagnostic code, such as E0302, with a failing example and its fix.
    `--all` prints every explanation as Markdown (this is docs/diagnostics.md).

    """

extension Tool {
    static func runExplain(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: [], flagNames: ["--all"])
        if arguments.flags.contains("--all") {
            context.out(diagnosticsReference())
            return ExitStatus.success
        }
        guard arguments.positional.count == 1 else { throw UsageError("name one code, such as `survey explain E0302`") }
        let name = arguments.positional[0].uppercased()
        guard let code = DiagnosticCode(rawValue: name) else {
            let suggestion = closestMatch(to: name, in: DiagnosticCode.allCases.map(\.rawValue))
            throw UsageError("unknown diagnostic code `\(arguments.positional[0])`", help: suggestion.map { "did you mean `\($0)`?" })
        }
        context.out(code.explanationPage)
        return ExitStatus.success
    }
}
