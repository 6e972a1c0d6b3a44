import Foundation
import SurveyBundle
import SurveyLanguage
import SurveyRuntime
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
private let walks = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/walks")

/// The screener answers that give each role, the same in both waves.
private let screeners: [(role: String, employment: String, job: String?)] = [
    ("la_social_worker", "local_authority", "case_holder"),
    ("la_manager", "local_authority", "team_manager"),
    ("agency_social_worker", "agency", "case_holder"),
    ("agency_manager", "agency", "senior_manager"),
    ("asye", "local_authority", "asye"),
    ("student", "student", nil),
]

private func loadShipped(_ name: String) throws -> LoadedSurvey {
    let surveys = repository.appendingPathComponent("surveys")
    let read: ReadFile = { path in
        guard let data = FileManager.default.contents(atPath: surveys.appendingPathComponent(path).path) else {
            return .failure(ReadFailure("no such file"))
        }
        return .success([UInt8](data))
    }
    let bundle = try #require(try compile(path: name, bytes: try read(name).get(), read: read).bundle())
    return try LoadedSurvey(bundle)
}

/// A respondent who answers every question shown with the first valid answer (a thorough one), or skips
/// every optional question (a hurried one); the screener answers come from the script.
private func walk(_ survey: LoadedSurvey, script: [String: Answer], thorough: Bool) throws -> (shown: [String], session: Session) {
    var session = Session(survey)
    var shown: [String] = []
    while let item = session.current {
        guard case .question(let question) = item else {
            try session.proceed()
            continue
        }
        shown.append(question.id)
        if let answer = script[question.id] {
            try session.answer(answer)
        } else if thorough, let answer = firstAnswer(question) {
            try session.answer(answer)
        } else {
            try session.skip()
        }
    }
    return (shown, session)
}

/// The simplest valid answer: the first option, the lowest number, a word.
private func firstAnswer(_ question: Question) -> Answer? {
    let first = question.options?.first { $0.isExclusive != true }?.id
    switch question.type {
    case .single: return first.map { .option($0) }
    case .multiple, .ranking: return first.map { .options([$0]) }
    case .text: return .text("Fine")
    case .number: return .number(Int(question.min ?? 0))
    case .decimal: return .decimal(question.min ?? 0)
    case .scale: return .scale(Int(question.max ?? 5))
    case .grid: return first.map { option in .grid(Dictionary(uniqueKeysWithValues: (question.rows ?? []).map { ($0.id, option) })) }
    case .yesno: return .yesno(true)
    }
}

@Suite struct RoleWalkTests {
    @Test(arguments: ["big-listen-2023.survey", "big-conversation-2025.survey"])
    func `each role's respondents see exactly the pinned questions`(name: String) throws {
        let survey = try loadShipped(name)
        var record = "# The questions each role is shown in \(name), in order: a hurried respondent who skips every optional\n"
            + "# question, and a thorough one who answers every question shown (so every follow-up opens).\n"
            + "# Refresh with UPDATE_GOLDEN=1 swift test --filter RoleWalkTests after a deliberate change.\n"
        for (role, employment, job) in screeners {
            var script: [String: Answer] = ["employment": .option(employment), "local_authority": .option("camden")]
            if let job { script["job_level"] = .option(job) }
            let summary = try #require(survey.survey.summaries.first { $0.role == role })
            let possible = Set(summary.questions)
            for thorough in [false, true] {
                let (shown, session) = try walk(survey, script: script, thorough: thorough)
                #expect(session.role == role, "\(name): the screener answers give \(role)")
                #expect(session.response.completed)
                let outside = shown.filter { !possible.contains($0) }
                #expect(outside.isEmpty, "\(name) \(role): shown but not in the role's summary: \(outside)")
                #expect(Set(session.response.answers.keys).isSubset(of: Set(shown)))
                record += "\n\(role) (\(thorough ? "thorough" : "hurried")): \(shown.count) questions\n"
                record += shown.map { "  \($0)\n" }.joined()
            }
            if name.contains("2025") {
                #expect(summary.seconds <= 600, "\(role) takes \(summary.seconds / 60) minutes in 2025, over the 10-minute target")
            }
        }
        let golden = walks.appendingPathComponent(name.replacingOccurrences(of: ".survey", with: ".txt"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try record.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(record == (try? String(contentsOf: golden, encoding: .utf8)), "the walks of \(name) changed")
    }
}
