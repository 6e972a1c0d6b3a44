import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

private let survey = Fixture(
    section(
        "work",
        note("Welcome"),
        ask(.yesno, "working") { $0.isRequired = true },
        block(test("working", .is, .bool(true)), ask(.number, "hours"), note("About your team"), ask(.text, "team")),
        block(test("working", .is, .bool(false)), ask(.text, "last_job")),
        ask(.multiple, "helps", options: ["pay", "time", "other*"]),
        ask(.text, "comments")))

/// The state after encoding it as JSON and decoding it again.
private func reloaded(_ state: SessionState) throws -> SessionState {
    try JSONDecoder().decode(SessionState.self, from: try state.encoded())
}

/// A session that answered on one branch, went back, and is now part-way down the other.
private func changedMidway() throws -> Session {
    var session = try survey.session()
    try session.proceed()
    try session.answer(.yesno(true))
    try session.answer(.number(37))
    try session.proceed()
    try session.answer(.text("Duty"))
    while session.back() {}
    try session.answer(.yesno(false))
    return session
}

@Test func `a saved session resumes exactly where it was`() throws {
    let original = try changedMidway()
    let loaded = try survey.load()
    let resumed = try Session(resuming: try reloaded(original.state), in: loaded)
    #expect(resumed.state == original.state)
    #expect(resumed.here == "last_job")
    #expect(resumed.progress == original.progress)
    #expect(resumed.response == original.response)
    #expect(try resumed.state.encoded() == original.state.encoded())
}

@Test func `a resumed session behaves like the original from then on`() throws {
    var original = try changedMidway()
    var resumed = try Session(resuming: try reloaded(original.state), in: try survey.load())
    let script: [String: Answer] = ["last_job": .text("Manager"), "helps": .options(["other"], specify: ["other": "Parking"])]
    #expect(try original.walk(script) == resumed.walk(script))
    #expect(original.response == resumed.response)
    while original.back(), resumed.back() {
        #expect(original.here == resumed.here)
        #expect(original.previousAnswer == resumed.previousAnswer)
    }
    try original.answer(.yesno(true))
    try resumed.answer(.yesno(true))
    #expect(resumed.previousAnswer == .number(37))
    #expect(original.state == resumed.state)
}

@Test func `sessions resume at a note, at the start and at the end`() throws {
    let loaded = try survey.load()
    var session = Session(loaded)
    #expect(try Session(resuming: session.state, in: loaded).here == "note: Welcome")
    try session.proceed()
    try session.answer(.yesno(true))
    try session.answer(.number(40))
    #expect(session.here == "note: About your team")
    #expect(try Session(resuming: session.state, in: loaded).here == "note: About your team")
    try session.walk([:])
    let finished = try Session(resuming: try reloaded(session.state), in: loaded)
    #expect(finished.isComplete)
    #expect(finished.response == session.response)
}

@Test func `a state saved against another version of the survey is refused`() throws {
    let state = try changedMidway().state
    var edited = survey
    edited.id = "edited"
    let other = try edited.load()
    do {
        _ = try Session(resuming: state, in: other)
        Issue.record("a state from another digest was accepted")
    } catch {
        #expect(error == .differentSurvey(saved: state.digest, loaded: other.digest))
        #expect(
            error.description
                == "this saved session belongs to a different version of the survey (digest \(state.digest)), not \(other.digest)")
    }
}

/// The error resuming a changed state gives.
private func resumeError(_ change: (inout SessionState) -> Void) throws -> ResumeError? {
    var state = try changedMidway().state
    change(&state)
    let loaded = try survey.load()
    do {
        _ = try Session(resuming: state, in: loaded)
        return nil
    } catch {
        return error
    }
}

@Test func `a state with an answer to an unknown question is refused`() throws {
    #expect(try resumeError { $0.answers["ghost"] = .text("Boo") } == .unknownQuestion("ghost"))
}

@Test func `a state with an answer that does not fit its question is refused`() throws {
    let error = try resumeError { $0.answers["hours"] = .text("many") }
    #expect(error == .invalidAnswer(question: "hours", ValidationError(question: "hours", reason: .wrongKind(expected: .number))))
    #expect(error?.description == "the saved answer to `hours` is not valid: This answer does not fit this question.")
}

@Test func `a state whose path skips a required question is refused`() throws {
    let error = try resumeError { $0.answers["working"] = nil }
    #expect(error == .invalidAnswer(question: "working", ValidationError(question: "working", reason: .required)))
}

@Test func `a state whose path the survey would not show is refused`() throws {
    #expect(try resumeError { $0.path = ["working", "hours"] } == .pathMismatch(saved: "hours", shown: "last_job"))
    #expect(
        try resumeError { $0.path = ["working", "hours"] }?.description
            == "the saved path shows `hours` where the survey shows `last_job`")
}

@Test func `a state whose position does not follow from its path is refused`() throws {
    #expect(try resumeError { $0.position = nil } == .positionMismatch(saved: nil, reached: 5))
}

@Test func `a saved state encodes as JSON with sorted keys`() throws {
    var session = try survey.session()
    try session.proceed()
    try session.answer(.yesno(true))
    let json = String(decoding: try session.state.encoded(), as: UTF8.self)
    #expect(
        json == """
            {
              "answers" : {
                "working" : {
                  "yesno" : true
                }
              },
              "digest" : "\(session.survey.digest)",
              "path" : [
                "working"
              ],
              "position" : 2
            }
            """)
}
