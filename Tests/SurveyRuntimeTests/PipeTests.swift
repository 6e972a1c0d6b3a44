import SurveyBundle
import SurveyRuntime
import Testing

private let piped = Fixture(
    section(
        "s",
        ask(.single, "employer", options: ["la", "agency", "other*"]),
        ask(.multiple, "helps", options: ["pay", "time", "training"]),
        ask(.decimal, "worked"),
        ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued", "paid"]),
        ask(.yesno, "working"),
        ask(.text, "end", text: "You said {employer|your employer}, {helps}, {worked} hours, {working}.")))

private func rendered(_ script: [String: Answer], _ template: String) throws -> String {
    var session = try piped.session()
    while session.here != "end" {
        if let answer = script[session.here] { try session.answer(answer) } else { try session.skip() }
    }
    return session.render(template)
}

@Test func `pipes show the display text of earlier answers`() throws {
    var session = try piped.session()
    try session.answer(.option("agency"))
    try session.answer(.options(["training", "pay"]))
    try session.answer(.decimal(37.5))
    try session.skip()
    try session.answer(.yesno(true))
    #expect(session.text(of: session.currentQuestion!) == "You said Agency, Training, Pay, 37.5 hours, yes.")
    #expect(try rendered(["worked": .decimal(40)], "{worked}") == "40")
}

@Test func `a pipe uses its fallback when the question was not answered`() throws {
    #expect(try rendered([:], "You said {employer|your employer}.") == "You said your employer.")
    #expect(try rendered([:], "Hours: {worked}.") == "Hours: .")
    #expect(try rendered(["employer": .option("la")], "{employer|your employer}") == "La")
}

@Test func `double braces are literal braces`() throws {
    #expect(try rendered(["worked": .decimal(40)], "{{worked}} is {worked}}}") == "{worked} is 40}")
    #expect(try rendered([:], "a { b } c {not a pipe!}") == "a { b } c {not a pipe!}")
}

@Test func `a specify option shows the typed text`() throws {
    #expect(try rendered(["employer": .option("other", specify: "Locum Ltd")], "{employer}") == "Locum Ltd")
}

@Test func `a grid pipe shows one statement or every answered one`() throws {
    let script: [String: Answer] = ["views": .grid(["valued": "agree", "paid": "disagree"])]
    #expect(try rendered(script, "{views.valued}") == "Agree")
    #expect(try rendered(script, "{views}") == "Valued: Agree; Paid: Disagree")
}

@Test func `a pipe to an answer off the path uses its fallback`() throws {
    let fixture = Fixture(
        section(
            "s", ask(.yesno, "working") { $0.isRequired = true },
            ask(.text, "team") { $0.condition = test("working", .is, .bool(true)) },
            note("Thanks, {team|friend}")))
    var session = try fixture.session()
    try session.answer(.yesno(true))
    try session.answer(.text("Duty"))
    guard case .note(let thanks) = session.current else {
        Issue.record("expected the note")
        return
    }
    #expect(session.text(of: thanks) == "Thanks, Duty")
    session.back()
    session.back()
    try session.answer(.yesno(false))
    #expect(session.text(of: thanks) == "Thanks, friend")
}
