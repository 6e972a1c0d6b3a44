#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyBundle
import SurveyDiff

let diffUsage = """
    Usage: survey diff OLD NEW [--format text|markdown|json|csv] [--crosswalk FILE.csv]
                               [--fail-on breaking|any]

    Compares two versions of a survey question by question and gives each question, and each
    statement of a grid in both versions, a comparability verdict: identical, comparable,
    comparable with caution, not comparable, new or dropped, with the reasons (docs/diff.md).
    OLD and NEW are .survey sources or compiled bundles.

      --format       text (the default; colour on a terminal), markdown for a pull request,
                     json (with the DDI comparability term per question), or csv (the crosswalk)
      --crosswalk    also write the crosswalk CSV to FILE: one row per question with the old and
                     new identifiers, the verdict, the reasons and the option code mapping
      --fail-on      breaking: exit 1 when a question or a grid statement is not comparable
                     or was dropped; any: exit 1 on any difference at all

    Exit status: 0 no failing change, 1 the --fail-on gate failed, 2 usage or file errors
    (including a survey with errors, which cannot be compared).

    Examples:
      survey diff surveys/big-listen-2023.survey surveys/big-conversation-2025.survey
      survey diff old.bundle.json new.bundle.json --format markdown > comparability.md
      survey diff fielded.survey edited.survey --fail-on breaking

    """

extension Tool {
    static func runDiff(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["--format", "--crosswalk", "--fail-on"], flagNames: [])
        let format = ReportFormat(rawValue: try arguments.choice("--format", from: ReportFormat.allCases.map(\.rawValue), default: "text"))!
        let gate = Gate(rawValue: try arguments.choice("--fail-on", from: Gate.allCases.map(\.rawValue), default: ""))
        guard arguments.positional.count == 2 else {
            throw UsageError("name two surveys, the old version first", help: "survey diff surveys/big-listen-2023.survey surveys/big-conversation-2025.survey")
        }
        var surveys: [Survey] = []
        var inputs: [String] = []
        for path in arguments.positional {
            guard let loaded = try loadSurvey(path, context) else {
                throw UsageError("`\(path)` has errors, so it cannot be compared", help: "run `survey check \(path)`")
            }
            surveys.append(loaded.survey)
            inputs += loaded.files
        }
        let result = diff(surveys[0], surveys[1])
        if let crosswalk = arguments.values["--crosswalk"] {
            try refuseToReplace(crosswalk, inputs: inputs)
            try writeAtomically(Data(crosswalkCSV(result).utf8), to: crosswalk)
        }
        context.out(render(result, as: format, colour: context.usesColour ? .ansi : .plain))
        guard let gate else { return ExitStatus.success }
        if result.fails(gate) {
            context.error("error: the changes fail `--fail-on \(gate.rawValue)`\n")
            return ExitStatus.failure
        }
        return ExitStatus.success
    }
}
