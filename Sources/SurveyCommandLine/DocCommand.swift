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

let docUsage = """
    Usage: survey doc SURVEY [--role ROLE] [--format markdown|html] [-o OUT]

    Writes the questionnaire as a document a person reads: sections, questions, answer options
    with their codes, required marks, validation and routing in plain English. With --role, the
    questionnaire exactly as that role sees it, with its estimated time. HTML is one standalone
    page (no external files) that reads on a phone and prints cleanly. SURVEY is a .survey source
    or a compiled bundle.

    Options:
      --role ROLE      only the questions this role can be shown (a role identifier)
      --format FORMAT  markdown (default) or html
      -o OUT           write to OUT (through a temporary file) instead of standard output

    Exit status: 0 written, 1 errors in the survey, 2 usage or file errors.

    Examples:
      survey doc surveys/big-listen-2023.survey -o build/big-listen.md
      survey doc surveys/big-listen-2023.survey --format html -o build/big-listen.html
      survey doc surveys/big-listen-2023.survey --role agency_social_worker --format html

    """

extension Tool {
    static func runDoc(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["--role", "--format", "-o", "--output"], flagNames: [])
        let format = try arguments.choice("--format", from: ["markdown", "html"], default: "markdown")
        guard arguments.positional.count == 1, let input = arguments.positional.first else {
            throw UsageError("name one survey file", help: "survey doc surveys/big-listen-2023.survey")
        }
        guard let loaded = try loadSurvey(input, context) else { return ExitStatus.failure }
        let survey = loaded.survey
        let role = try roleArgument(arguments.values["--role"], in: survey)
        let questionnaire = Questionnaire(survey, role: role)
        try deliver(format == "html" ? questionnaire.html : questionnaire.markdown, to: arguments.values["-o"] ?? arguments.values["--output"], from: loaded.files, context)
        return ExitStatus.success
    }

    /// The role named by `--role`, checked against the survey's roles.
    static func roleArgument(_ name: String?, in survey: Survey) throws(UsageError) -> String? {
        guard let name else { return nil }
        let ids = survey.roles.map(\.id)
        guard ids.contains(name) else {
            if ids.isEmpty { throw UsageError("`\(survey.id)` has no roles, so `--role` does not apply") }
            let suggestion = closestMatch(to: name, in: ids)
            throw UsageError(
                "`\(survey.id)` has no role `\(name)`; its roles are \(ids.map { "`\($0)`" }.joined(separator: ", "))",
                help: suggestion.map { "did you mean `\($0)`?" })
        }
        return name
    }

    /// Writes text to a file atomically, or to standard output when no file (or `-`) is named.
    static func deliver(_ text: String, to path: String?, from inputs: [String], _ context: Context) throws(UsageError) {
        guard let path, path != "-" else {
            context.out(text)
            return
        }
        try refuseToReplace(path, inputs: inputs)
        try writeAtomically(Data(text.utf8), to: path)
        context.error("wrote \(path)\n")
    }
}
