import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

/// `LoadedSurvey.replay`: a response record is taken as a new session would take its answers.
struct ResponseReplayTests {
    static let fixture = Fixture(
        roles: [
            role("la", test("employer", .is, .option("la"))),
            role("agency", test("employer", .is, .option("agency"))),
        ],
        screener: ["employer"],
        section(
            "about",
            ask(.single, "employer", options: ["la", "agency", "other*"]) { $0.isRequired = true },
            ask(.multiple, "helps", options: ["pay", "time", "other*", "none!"]) { $0.maxChoices = 2 },
            ask(.number, "caseload") { $0.min = 0; $0.max = 80 },
            ask(.text, "title") { $0.isRequired = true }),
        section("la", when: .role(["la"]), ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued", "paid"])),
        section("agency", when: .role(["agency"]), ask(.ranking, "reasons", options: ["pay", "time", "choice"])),
        section("end", ask(.yesno, "stay"), ask(.decimal, "hours")))

    static let agencyAnswers: [String: Answer] = [
        "employer": .option("agency"), "helps": .options(["time", "other"], specify: ["other": "Parking"]),
        "caseload": .number(14), "title": .text("Locum"), "reasons": .options(["choice", "pay"]), "hours": .decimal(37.5),
    ]

    static func survey() throws -> LoadedSurvey {
        var fixture = fixture
        fixture.summaries = ["la", "agency"].map {
            RoleSummary(role: $0, questions: ["employer", "helps", "caseload", "title", $0 == "la" ? "views" : "reasons", "stay", "hours"], seconds: 70)
        }
        return try fixture.load()
    }

    static func response(_ answers: [String: Answer]) throws -> Response {
        var session = Session(try survey())
        _ = try session.walk(answers)
        return session.response
    }

    /// The members of the problems a replay of `response` finds, or nil when it is taken.
    static func refusal(_ response: Response) throws -> [String]? {
        do {
            _ = try survey().replay(response)
            return nil
        } catch let refusal as ResponseRefusal {
            return refusal.problems.map { "\($0.member): \($0.message)" }
        }
    }

    @Test func `a response the runtime wrote replays to itself`() throws {
        let response = try Self.response(Self.agencyAnswers)
        #expect(response.completed && response.role == "agency")
        #expect(try Self.survey().replay(response) == response)
    }

    @Test func `an incomplete response replays to itself, its role unsettled`() throws {
        var session = Session(try Self.survey())
        try session.answer(.option("la"))
        var response = session.response
        #expect(!response.completed)
        #expect(try Self.survey().replay(response) == response)
        // Stopped before the screener was passed: the record has no role, though the replay settles one.
        response.answers = [:]
        response.role = nil
        #expect(try Self.survey().replay(response) == response)
    }

    @Test func `a response to another version is refused by its digest`() throws {
        var response = try Self.response(Self.agencyAnswers)
        response.digest = String(repeating: "0", count: 64)
        let problems = try #require(try Self.refusal(response))
        #expect(problems.count == 1 && problems[0].hasPrefix("digest: the answers were given to another text of `fixture` version `1`"))
    }

    @Test func `unknown questions and codes that are not the survey's are each reported`() throws {
        var response = try Self.response(Self.agencyAnswers)
        response.answers["nonsense"] = .text("x")
        response.answers["employer"] = .option(ChosenOption(option: "agency", code: 7))
        response.survey = "other"
        #expect(
            try Self.refusal(response) == [
                "survey: the response names `other` version `1`, but its digest is of `fixture` version `1`",
                "answers.employer: option `agency` is recorded with code 7, but its code is 2",
                "answers.nonsense: `nonsense` is not a question of this survey",
            ])
    }

    @Test func `an answer the session refuses ends the replay with the reason`() throws {
        var response = try Self.response(Self.agencyAnswers)
        response.answers["caseload"] = .number(500)
        response.answers["helps"] = .options([ChosenOption(option: "pay", code: 1), ChosenOption(option: "none", code: 4)])
        #expect(
            try Self.refusal(response) == [
                "answers.helps: the answer to `helps` is refused: \"None\" cannot be chosen together with other options."
            ])
        response.answers["helps"] = nil
        response.answers["caseload"] = .text("14")
        #expect(try Self.refusal(response) == ["answers.caseload: the answer to `caseload` is refused: This answer does not fit this question. (a `number` question)"])
    }

    @Test func `answers not shown, a wrong role and a missing required answer are refused`() throws {
        var response = try Self.response(Self.agencyAnswers)
        response.answers["views"] = .grid(["valued": ChosenOption(option: "agree", code: 2)])
        response.role = "la"
        #expect(
            try Self.refusal(response) == [
                "answers.views: `views` is answered, but it is not shown to this respondent (role `agency`)",
                "role: the role is `la`, but the answers give `agency`",
            ])
        var complete = try Self.response(Self.agencyAnswers)
        complete.answers["title"] = nil
        #expect(try Self.refusal(complete) == ["answers.title: `title` is required, but the complete response has no answer to it"])
        // Incomplete, the record ends at the required question, and an answer after it was never shown.
        complete.completed = false
        #expect(
            try Self.refusal(complete) == [
                "answers.hours: `hours` is answered, but it is not shown to this respondent (role `agency`) before the respondent stopped at `title`",
                "answers.reasons: `reasons` is answered, but it is not shown to this respondent (role `agency`) before the respondent stopped at `title`",
            ])
    }

    @Test func `a stopped record whose answers go past the screener must name the role they give`() throws {
        var response = try Self.response(Self.agencyAnswers)
        response.completed = false
        response.role = nil
        #expect(try Self.refusal(response) == ["role: the role is `null`, but the answers give `agency`"])
    }

    @Test func `typed text on a grid's statement is refused, not dropped`() throws {
        var session = Session(try Self.survey())
        _ = try session.walk(["employer": .option("la"), "title": .text("SW"), "views": .grid(["valued": "agree"])])
        var response = session.response
        response.answers["views"] = .grid(["valued": ChosenOption(option: "agree", code: 2, specify: "very")])
        #expect(try Self.refusal(response) == ["answers.views: statement `valued` has typed text, which a grid's statements do not take"])
    }

    @Test func `a member a record does not have is refused when it is read, not ignored`() throws {
        let decoder = JSONDecoder()
        let answer = #"{"option": "agency", "code": 2, "text": "lost"}"#
        #expect(throws: DecodingError.self) { try decoder.decode(ResponseAnswer.self, from: Data(answer.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(ResponseAnswer.self, from: Data(#"{"number": 3, "scale": 4}"#.utf8)) }
        #expect(throws: DecodingError.self) { try decoder.decode(ResponseAnswer.self, from: Data(#"{"number": 3.5}"#.utf8)) }
        #expect(try decoder.decode(ResponseAnswer.self, from: Data(#"{"number": 3}"#.utf8)) == .number(3))
        // Read exactly, beyond what a Double holds.
        #expect(try decoder.decode(ResponseAnswer.self, from: Data(#"{"number": 9007199254740993}"#.utf8)) == .number(9_007_199_254_740_993))
        #expect(try decoder.decode(ResponseAnswer.self, from: Data(#"{"scale": 9223372036854775807}"#.utf8)) == .scale(Int.max))
        #expect(throws: DecodingError.self) { try decoder.decode(ResponseAnswer.self, from: Data(#"{"number": 1e20}"#.utf8)) }
        #expect(throws: (any Error).self) { try Response.read(Data(#"{"survey": "a", "survey": "b"}"#.utf8)) }
        var record = String(decoding: try Self.response(Self.agencyAnswers).encoded(), as: UTF8.self)
        #expect(try decoder.decode(Response.self, from: Data(record.utf8)) == Self.response(Self.agencyAnswers))
        record = record.replacingOccurrences(of: #""completed""#, with: #""extra" : 1, "completed""#)
        #expect(throws: DecodingError.self) { try decoder.decode(Response.self, from: Data(record.utf8)) }
    }
}
