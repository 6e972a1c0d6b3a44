#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyLanguage

let formatUsage = """
    Usage: survey fmt [--check | --diff] PATH...
           survey fmt -

    Rewrites .survey files (folders are searched recursively, passing over hidden ones) in the
    canonical layout of docs/format.md: indentation, spacing, aligned option columns, empty lines,
    and long text wrapped into adjacent strings. Comments stay where they are, and the meaning
    never changes. Files are rewritten in place, through a temporary file; `-` formats standard
    input to standard output. A file with syntax errors is left alone and its errors are shown.

    Options:
      --check  write nothing; list the files that would change, and exit 1 if any would
      --diff   write nothing; show the changes as a unified diff

    Exit status: 0 formatted (or already formatted), 1 syntax errors or (with --check) files
    that would change, 2 usage or file errors.

    Examples:
      survey fmt surveys/
      survey fmt --check surveys/
      survey fmt --diff surveys/big-listen-2023.survey
      survey fmt - < draft.survey

    """

extension Tool {
    static func runFormat(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: [], flagNames: ["--check", "--diff"])
        guard !arguments.positional.isEmpty else { throw UsageError("name the files or folders to format", help: "survey fmt surveys/") }
        let isChecking = arguments.flags.contains("--check")
        let isDiffing = arguments.flags.contains("--diff")
        if arguments.positional == ["-"] {
            return formatStandardInput(context, isChecking: isChecking, isDiffing: isDiffing)
        }
        guard !arguments.positional.contains("-") else { throw UsageError("`-` (standard input) cannot be combined with other paths") }
        let files = try surveyFiles(in: arguments.positional)
        guard !files.isEmpty else { throw UsageError("no .survey files in \(arguments.positional.joined(separator: ", "))") }
        var status = ExitStatus.success
        for file in files {
            let source = SourceFile(path: file, bytes: try readInput(file))
            guard let formatted = formatted(source, context) else {
                status = ExitStatus.failure
                continue
            }
            guard Array(formatted.utf8) != source.bytes else { continue }
            if isChecking { context.out("\(file)\n") }
            if isDiffing {
                context.out(unifiedDiff(old: String(decoding: source.bytes, as: UTF8.self), new: formatted, oldName: file, newName: file))
            }
            if isChecking {
                status = ExitStatus.failure
            } else if !isDiffing {
                try writeAtomically(Data(formatted.utf8), to: file)
                context.error("formatted \(file)\n")
            }
        }
        return status
    }

    /// Formats standard input to standard output, or with `--check`/`--diff` reports on it.
    static func formatStandardInput(_ context: Context, isChecking: Bool, isDiffing: Bool) -> Int32 {
        // Bytes, not lines: the line endings and the encoding are the formatter's to check, as for a file.
        var bytes: [UInt8] = []
        while let chunk = context.readChunk() { bytes += chunk }
        let source = SourceFile(path: "<stdin>", bytes: bytes)
        guard let formatted = formatted(source, context) else { return ExitStatus.failure }
        if isChecking || isDiffing {
            guard Array(formatted.utf8) != bytes else { return ExitStatus.success }
            let text = String(decoding: bytes, as: UTF8.self)
            if isChecking { context.out("<stdin>\n") }
            if isDiffing { context.out(unifiedDiff(old: text, new: formatted, oldName: "<stdin>", newName: "<stdin>")) }
            return isChecking ? ExitStatus.failure : ExitStatus.success
        }
        context.out(formatted)
        return ExitStatus.success
    }

    /// The formatted text of a file, or nil after printing why it cannot be formatted.
    static func formatted(_ source: SourceFile, _ context: Context) -> String? {
        switch format(source) {
        case .success(let text):
            return text
        case .failure(.syntaxErrors(let diagnostics)):
            var sources = SourceSet()
            _ = sources.add(source)
            let style: TextStyle = context.usesColour ? .coloured : .plain
            // In the order of the file, as `survey check` lists them (the lexer's come first otherwise).
            context.error(diagnostics.sortedBySource().map { $0.rendered(in: sources, style: style) + "\n" }.joined())
            context.error("\(source.path): not formatted: \(plural(diagnostics.filter { $0.severity == .error }.count, "syntax error"))\n")
            return nil
        case .failure(.lineTooLong):
            context.error("error: formatting `\(source.path)` would put more than \(Limits.lineBytes) bytes on one line, so it was left alone\n"
                + "help: the formatter keeps a condition on one line; split a very long condition, with a `when` block around part of it\n")
            return nil
        case .failure(.changesMeaning):
            context.error("error: formatting `\(source.path)` would change its meaning, so it was left alone\n"
                + "help: this is a bug in `survey fmt`; please report it with the file\n")
            return nil
        }
    }
}
