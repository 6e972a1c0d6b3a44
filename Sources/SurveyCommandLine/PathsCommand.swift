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

let pathsUsage = """
    Usage: survey paths SURVEY [--role ROLE] [--format text|json]

    For each role, the questions that role can be asked, in order, with the conditions under
    which each appears (what the role settles left out: role tests, and screener answers that
    everyone with the role gives), the count, and the estimated
    minutes (an upper bound: follow-up questions count as asked; see docs/bundle.md).
    SURVEY is a .survey source or a compiled bundle.

    Examples:
      survey paths surveys/big-conversation-2025.survey
      survey paths surveys/big-listen-2023.survey --role agency_social_worker
      survey paths build/big-conversation-2025.bundle.json --format json

    """

extension Tool {
    static func runPaths(_ args: [String], _ context: Context) throws(UsageError) -> Int32 {
        let arguments = try Arguments(args, valued: ["--role", "--format"], flagNames: [])
        let format = try arguments.choice("--format", from: ["text", "json"], default: "text")
        guard arguments.positional.count == 1 else { throw UsageError("name one survey", help: "survey paths surveys/big-conversation-2025.survey") }
        guard let bundle = try loadSurvey(arguments.positional[0], context) else { return ExitStatus.failure }
        var paths = rolePaths(bundle.survey)
        if let role = try roleArgument(arguments.values["--role"], in: bundle.survey) {
            paths = paths.filter { $0.role?.id == role }
        }
        context.out(format == "json" ? pathsJSON(paths, survey: bundle.survey) : pathsText(paths, survey: bundle.survey))
        return ExitStatus.success
    }
}

/// The questions one role can be asked, with the conditions each still depends on.
struct RolePath {
    var role: Role?
    var questions: [(question: Question, condition: Condition)]
    var seconds: Double

    var minutes: Double { (seconds / 6).rounded() / 10 }
}

/// Each role's questions, with the conditions settled as `survey doc --role` settles them (`RoleView`): role
/// tests, and tests of screener answers that every respondent with the role gives, or none does.
func rolePaths(_ survey: Survey) -> [RolePath] {
    let ordered = survey.questionsInOrder
    return survey.summaries.map { summary in
        let role = survey.roles.first { $0.id == summary.role }
        let view = summary.role.map { RoleView(survey, role: $0) }
        let visible = Set(summary.questions)
        let questions = ordered.filter { visible.contains($0.question.id) }.map { entry in
            // A question in the role's summary is asked of some of its respondents, so its conditions are never all false.
            let kept = decided(entry.conditions, in: view) ?? entry.conditions
            return (entry.question, kept.count == 1 ? kept[0] : Condition.and(kept))
        }
        return RolePath(role: role, questions: questions, seconds: summary.seconds)
    }
}

func pathsText(_ paths: [RolePath], survey: Survey) -> String {
    var out = "\(survey.title) (\(survey.id), version \(survey.version))"
    if let minutes = survey.minutes { out += ": target \(minutes) minutes" }
    out += "\n"
    for path in paths {
        let name = path.role.map { "\($0.label) (\($0.id))" } ?? "Everyone"
        out += "\n\(name): \(plural(path.questions.count, "question")), about \(formatMinutes(path.minutes)) minutes"
        if let target = survey.minutes, path.minutes > Double(target) { out += " (over the \(target)-minute target)" }
        out += "\n"
        let width = String(path.questions.count).count
        for (index, entry) in path.questions.enumerated() {
            let number = String(index + 1)
            out += "  " + String(repeating: " ", count: width - number.count) + number + ". " + entry.question.id
            if entry.question.isRequired { out += " (required)" }
            if entry.condition != .and([]) { out += "  when \(entry.condition.sourceText)" }
            out += "\n"
        }
    }
    return out
}

func formatMinutes(_ minutes: Double) -> String {
    minutes == minutes.rounded() ? String(Int(minutes)) : String(minutes)
}

func pathsJSON(_ paths: [RolePath], survey: Survey) -> String {
    struct Entry: Encodable {
        var id: String
        var required: Bool
        var condition: String?
    }
    struct Path: Encodable {
        var role: String?
        var label: String
        var count: Int
        var minutes: Double
        var questions: [Entry]
    }
    struct Document: Encodable {
        var survey: String
        var version: String
        var targetMinutes: Int?
        var paths: [Path]
    }
    let document = Document(
        survey: survey.id, version: survey.version, targetMinutes: survey.minutes,
        paths: paths.map { path in
            Path(
                role: path.role?.id, label: path.role?.label ?? "Everyone", count: path.questions.count, minutes: path.minutes,
                questions: path.questions.map {
                    Entry(id: $0.question.id, required: $0.question.isRequired, condition: $0.condition == .and([]) ? nil : $0.condition.sourceText)
                })
        })
    let data = (try? SurveyBundle.Bundle.canonicalJSON(document)) ?? Data()
    return String(decoding: data, as: UTF8.self) + "\n"
}
