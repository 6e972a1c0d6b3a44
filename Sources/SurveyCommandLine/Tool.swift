import SurveyLanguage

/// The `survey` command: a table of subcommands, each a function from arguments to an exit status.
public enum Tool {
    /// The toolchain's version, printed by `survey --version`.
    public static let version = "0.1.0"

    struct Command: Sendable {
        var name: String
        var summary: String
        var usage: String
        var run: @Sendable ([String], Context) throws(UsageError) -> Int32
    }

    static let commands: [Command] = [
        Command(name: "check", summary: "check surveys and report every problem", usage: checkUsage, run: runCheck),
        Command(name: "compile", summary: "check a survey and write its JSON bundle", usage: compileUsage, run: runCompile),
        Command(name: "paths", summary: "show, per role, the questions asked and the time", usage: pathsUsage, run: runPaths),
        Command(name: "run", summary: "take a survey in the terminal, or replay a file of answers", usage: runUsage, run: runRun),
        Command(name: "diff", summary: "compare two versions question by question, with comparability verdicts", usage: diffUsage, run: runDiff),
        Command(name: "explain", summary: "explain a diagnostic code with examples", usage: explainUsage, run: runExplain),
        Command(name: "fmt", summary: "rewrite surveys in the canonical layout", usage: formatUsage, run: runFormat),
        Command(name: "doc", summary: "write the questionnaire as Markdown or HTML for people to read", usage: docUsage, run: runDoc),
        Command(name: "codebook", summary: "list the variables of the response data, as CSV or Markdown", usage: codebookUsage, run: runCodebook),
        Command(name: "export", summary: "write response records as one CSV table, a column per codebook variable", usage: exportUsage, run: runExport),
        Command(name: "lsp", summary: "run a language server for editors: problems as you type, formatting", usage: languageServerUsage, run: runLanguageServer),
    ]

    /// Runs the tool with the arguments after the program name and returns the exit status: 2 whatever the
    /// command said when its output could not all be written.
    public static func main(_ arguments: [String], context: Context = .process) -> Int32 {
        let status = run(arguments, context)
        guard let failure = context.outputFailure() else { return status }
        report(UsageError("cannot write to standard output: \(failure)"), context)
        return ExitStatus.usage
    }

    private static func run(_ arguments: [String], _ context: Context) -> Int32 {
        guard let name = arguments.first else {
            context.error(overview)
            return ExitStatus.usage
        }
        switch name {
        case "--help", "-h", "help":
            if arguments.count > 1, let command = commands.first(where: { $0.name == arguments[1] }) {
                context.out(command.usage)
            } else {
                context.out(overview)
            }
            return ExitStatus.success
        case "--version", "version":
            context.out("survey \(version)\n")
            return ExitStatus.success
        default:
            break
        }
        guard let command = commands.first(where: { $0.name == name }) else {
            let suggestion = closestMatch(to: name, in: commands.map(\.name))
            report(UsageError("unknown command `\(name)`", help: suggestion.map { "did you mean `survey \($0)`?" } ?? "run `survey --help` for the commands"), context)
            return ExitStatus.usage
        }
        let rest = Array(arguments.dropFirst())
        if rest.contains("--help") || rest.contains("-h") {
            context.out(command.usage)
            return ExitStatus.success
        }
        do {
            return try command.run(rest, context)
        } catch {
            report(error, context)
            return ExitStatus.usage
        }
    }

    static func report(_ error: UsageError, _ context: Context) {
        var text = "error: \(error.message)\n"
        if let help = error.help { text += "help: \(help)\n" }
        context.error(text)
    }

    static var overview: String {
        let width = commands.map(\.name.count).max() ?? 0
        let lines = commands.map { "  \($0.name)" + String(repeating: " ", count: width - $0.name.count + 2) + $0.summary }
        return """
            survey: the survey language toolchain

            Usage: survey COMMAND [OPTIONS] [ARGUMENTS]

            Commands:
            \(lines.joined(separator: "\n"))

            Run `survey COMMAND --help` for a command's options and examples.
            `survey --version` prints the version.

            """
    }
}
