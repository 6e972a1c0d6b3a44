#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyBundle
import SurveyLanguage

let compileUsage = """
    Usage: survey compile FILE [-o OUT] [--format human|short|json|github]

    Checks a survey and writes its JSON bundle (docs/bundle.md). Nothing is written when there
    are errors. The bundle is written to a temporary file and renamed into place, so a reader
    never sees half a bundle. Without -o it goes beside FILE as NAME.bundle.json; `-o -` writes
    to standard output (and JSON diagnostics then go to standard error). FILE `-` reads the
    survey from standard input, and then needs -o. OUT may not be the survey or a file it
    includes; a device or named pipe (`-o /dev/null`) is written to, not replaced.

    Exit status: 0 written, 1 errors in the survey, 2 usage or file errors.

    Examples:
      survey compile surveys/big-conversation-2025.survey
      survey compile surveys/big-listen-2023.survey -o build/big-listen-2023.bundle.json

    """

extension Tool {
    static func runCompile(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["-o", "--output", DiagnosticFormat.option], flagNames: [])
        let format = try DiagnosticFormat.parse(arguments)
        guard arguments.positional.count == 1, let input = arguments.positional.first else {
            throw UsageError("name one survey file to compile", help: "survey compile surveys/big-conversation-2025.survey")
        }
        guard let output = arguments.values["-o"] ?? arguments.values["--output"] ?? (input == "-" ? nil : defaultBundlePath(for: input)) else {
            throw UsageError("a survey read from standard input has no name to put its bundle beside", help: "name the bundle: survey compile - -o survey.bundle.json")
        }
        let compilation = try compileFile(input)
        if !compilation.diagnostics.isEmpty || format == .json {
            let report = DiagnosticReport(compilations: [compilation])
            let text = report.rendered(format, style: context.usesColour ? .coloured : .plain, fileCount: 1)
            // JSON diagnostics go to standard output, unless the bundle does: two documents there would be neither.
            if format == .json && output != "-" { context.out(text) } else { context.error(text) }
        }
        guard compilation.survey != nil else { return ExitStatus.failure }
        try refuseToReplace(output, inputs: compilation.sources.files.map(\.path))
        if output == "-" {
            do {
                guard let data = try compilation.bundle()?.encoded() else { return ExitStatus.failure }
                context.out(String(decoding: data, as: UTF8.self))
            } catch { throw UsageError("cannot encode the bundle: \(error)") }
            return ExitStatus.success
        }
        // Written once and streamed: a bundle is about six times its source and is never whole in memory;
        // its content digest is worked out on the way and put in its place at the end.
        var digest: Digest?
        try writeAtomically(to: output, durable: false) { file throws(UsageError) in
            do {
                digest = try compilation.encodeBundle(into: file.append, overwrite: file.overwrite(at:with:))
            } catch { throw UsageError("cannot encode the bundle: \(error)") }
        }
        if let digest, format != .json { context.error("wrote \(output) (content sha256 \(digest.content.prefix(12)))\n") }
        context.leaveToExit(compilation)
        return ExitStatus.success
    }
}

/// `surveys/x.survey` → `surveys/x.bundle.json`.
func defaultBundlePath(for input: String) -> String {
    (input.hasSuffix(".survey") ? String(input.dropLast(".survey".count)) : input) + ".bundle.json"
}
