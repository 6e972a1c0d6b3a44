import SurveyBundle
import SurveyRuntime
import Testing

private let routing = Fixture(
    section(
        "work",
        ask(.yesno, "working") { $0.isRequired = true },
        block(test("working", .is, .bool(true)), ask(.number, "hours"), ask(.text, "team")),
        block(test("working", .is, .bool(false)), ask(.text, "last_job")),
        ask(.text, "comments")))

@Test func `back returns to the previous question and offers its answer`() throws {
    var session = try routing.session()
    try session.answer(.yesno(true))
    try session.answer(.number(37))
    #expect(session.back() == true, "there is a question to go back to")
    #expect(session.here == "hours")
    #expect(session.previousAnswer == .number(37))
    #expect(session.answer(for: "hours") == nil)
    #expect(session.back() == true, "there is a question to go back to")
    #expect(session.here == "working")
    #expect(session.back() == false, "there is no question to go back to")
    #expect(session.here == "working")
}

@Test func `moving forward again offers the answers given before`() throws {
    var session = try routing.session()
    try session.answer(.yesno(true))
    try session.answer(.number(37))
    session.back()
    session.back()
    try session.answer(.yesno(true))
    #expect(session.here == "hours")
    #expect(session.previousAnswer == .number(37))
}

@Test func `changing an answer drops the old branch from the response but keeps it in the state`() throws {
    var session = try routing.session()
    try session.walk(["working": .yesno(true), "hours": .number(37), "team": .text("Duty"), "comments": .text("Fine")])
    #expect(session.responded == ["comments", "hours", "team", "working"])
    while session.back() {}
    try session.answer(.yesno(false))
    #expect(session.here == "last_job")
    try session.answer(.text("Social worker"))
    #expect(session.previousAnswer == .text("Fine"))
    try session.answer(.text("Fine"))
    #expect(session.isComplete)
    #expect(session.responded == ["comments", "last_job", "working"])
    #expect(session.answer(for: "hours") == nil)
    #expect(session.state.answers["hours"] == .number(37))
    #expect(session.state.answers["team"] == .text("Duty"))

    while session.back() {}
    try session.answer(.yesno(true))
    #expect(session.previousAnswer == .number(37))
}

@Test func `an answer off the path is ignored by conditions`() throws {
    let fixture = Fixture(
        section(
            "s",
            ask(.yesno, "working") { $0.isRequired = true },
            ask(.number, "hours") { $0.condition = test("working", .is, .bool(true)) },
            ask(.yesno, "long_week") { $0.condition = test("hours", .greater, .number(40)) },
            ask(.yesno, "no_hours") { $0.condition = .not(answered("hours")) }))
    var session = try fixture.session()
    try session.answer(.yesno(true))
    try session.answer(.number(50))
    #expect(session.here == "long_week")
    session.back()
    session.back()
    try session.answer(.yesno(false))
    #expect(session.here == "no_hours")
}

@Test func `back passes over notes to the previous question`() throws {
    var session = try Fixture(section("s", note("Welcome"), ask(.yesno, "a"), note("Next part"), ask(.yesno, "b"))).session()
    try session.proceed()
    try session.answer(.yesno(true))
    #expect(session.here == "note: Next part")
    try session.proceed()
    #expect(session.back() == true, "there is a question to go back to")
    #expect(session.here == "a")
    #expect(session.back() == false, "there is no question to go back to")
    try session.answer(.yesno(false))
    #expect(session.here == "note: Next part")
}

@Test func `back from the end returns to the last question`() throws {
    var session = try routing.session()
    try session.walk(["working": .yesno(false)])
    #expect(session.isComplete)
    #expect(session.response.completed)
    session.back()
    #expect(session.here == "comments")
    #expect(!session.response.completed)
}

@Test func `skipping forgets an answer given before`() throws {
    var session = try routing.session()
    try session.answer(.yesno(true))
    try session.answer(.number(20))
    session.back()
    try session.skip()
    #expect(session.state.answers["hours"] == nil)
    #expect(session.progress.answered == 1)
}

@Test func `the current section is the one around the current item`() throws {
    var session = try Fixture(section("one", ask(.yesno, "a")), section("two", ask(.yesno, "b"))).session()
    #expect(session.currentSection?.id == "one")
    try session.skip()
    #expect(session.currentSection?.id == "two")
    try session.skip()
    #expect(session.currentSection == nil)
    #expect(session.current == nil)
}

@Test func `a survey whose every item is hidden is complete at once`() throws {
    let fixture = Fixture(section("s", ask(.yesno, "a") { $0.condition = .not(.and([])) }))
    let session = try fixture.session()
    #expect(session.isComplete)
    #expect(session.progress == Progress(answered: 0, secondsRemaining: 0, isComplete: true))
}
