import SurveyBundle
import SurveyRuntime
import Testing

private func roleFixture() -> Fixture {
    var fixture = Fixture(
        roles: [
            role("la_worker", .and([test("employer", .is, .option("la")), test("level", .is, .option("practitioner"))])),
            role("la_manager", .and([test("employer", .is, .option("la")), test("level", .is, .option("manager"))])),
            role("agency", test("employer", .is, .option("agency"))),
        ],
        screener: ["employer", "level"],
        section(
            "screener",
            ask(.single, "employer", options: ["la", "agency"]) { $0.isRequired = true },
            ask(.single, "level", options: ["practitioner", "manager"])),
        section("la", when: .role(["la_worker", "la_manager"]), ask(.yesno, "stay")),
        section("agency", when: .role(["agency"]), ask(.yesno, "permanent"), ask(.text, "why")),
        section("end", ask(.text, "comments")))
    fixture.summaries = [
        RoleSummary(role: "la_worker", questions: ["employer", "level", "stay", "comments"], seconds: 40),
        RoleSummary(role: "la_manager", questions: ["employer", "level", "stay", "comments"], seconds: 40),
        RoleSummary(role: "agency", questions: ["employer", "level", "permanent", "why", "comments"], seconds: 50),
    ]
    return fixture
}

@Test func `the role is the one role whose rule holds once the screener is passed`() throws {
    var session = try roleFixture().session()
    try session.answer(.option("la"))
    #expect(session.role == nil)
    try session.answer(.option("manager"))
    #expect(session.role == "la_manager")
    #expect(session.here == "stay")
    #expect(session.response.role == "la_manager")
}

@Test func `role conditions route each role to its own sections`() throws {
    var agency = try roleFixture().session()
    #expect(try agency.walk(["employer": .option("agency")]) == ["employer", "level", "permanent", "why", "comments"])
    #expect(agency.role == "agency")
    var worker = try roleFixture().session()
    #expect(try worker.walk(["employer": .option("la"), "level": .option("practitioner")]) == ["employer", "level", "stay", "comments"])
    #expect(worker.role == "la_worker")
}

@Test func `no role is known when no rule holds`() throws {
    var session = try roleFixture().session()
    #expect(try session.walk(["employer": .option("la")]) == ["employer", "level", "comments"])
    #expect(session.role == nil)
    #expect(session.response.role == nil)
}

@Test func `rules that both hold when an optional screener question is skipped are refused on load`() throws {
    let fixture = Fixture(
        roles: [role("a", .not(test("working", .is, .bool(true)))), role("b", .not(test("working", .is, .bool(false))))],
        screener: ["working"], section("s", ask(.yesno, "working"), ask(.text, "next")))
    #expect(throws: LoadError.self) { try fixture.session() }
}

@Test func `answers a screener question's own condition rules out are not tried for overlapping roles`() throws {
    // `kind is x` alone would overlap `emp is yes`, but `kind` is asked only when `emp is no`.
    let fixture = Fixture(
        roles: [
            role("a", test("emp", .is, .bool(true))), role("b", test("kind", .is, .option("x"))),
            role("c", .and([test("emp", .is, .bool(false)), .not(test("kind", .is, .option("x")))])),
        ],
        screener: ["emp", "kind"],
        section(
            "s", ask(.yesno, "emp") { $0.isRequired = true },
            ask(.single, "kind", options: ["x", "y"]) {
                $0.isRequired = true
                $0.condition = test("emp", .is, .bool(false))
            }))
    var session = try fixture.session()
    try session.answer(.yesno(true))
    #expect(session.role == "a")
}

@Test func `going back into the screener forgets the role until it is passed again`() throws {
    var session = try roleFixture().session()
    try session.answer(.option("agency"))
    try session.skip()
    #expect(session.role == "agency")
    session.back()
    #expect(session.role == nil)
    session.back()
    try session.answer(.option("la"))
    try session.answer(.option("practitioner"))
    #expect(session.role == "la_worker")
    #expect(session.here == "stay")
}

@Test func `progress estimates the longest role until the role is known`() throws {
    var session = try roleFixture().session()
    #expect(session.progress == Progress(answered: 0, secondsRemaining: 50, isComplete: false))
    try session.answer(.option("la"))
    #expect(session.progress == Progress(answered: 1, secondsRemaining: 40, isComplete: false))
    try session.answer(.option("practitioner"))
    #expect(session.progress == Progress(answered: 2, secondsRemaining: 20, isComplete: false))
    try session.skip()
    #expect(session.progress == Progress(answered: 2, secondsRemaining: 10, isComplete: false))
    try session.answer(.text("Thanks"))
    #expect(session.progress == Progress(answered: 3, secondsRemaining: 0, isComplete: true))
}

@Test func `progress with a single audience counts down its summary`() throws {
    var session = try Fixture(section("s", note("Hi"), ask(.yesno, "a"), ask(.yesno, "b"), note("Bye"))).session()
    #expect(session.progress.secondsRemaining == 20)
    try session.proceed()
    try session.answer(.yesno(true))
    #expect(session.progress == Progress(answered: 1, secondsRemaining: 10, isComplete: false))
    try session.skip()
    #expect(session.here == "note: Bye")
    #expect(session.progress == Progress(answered: 1, secondsRemaining: 0, isComplete: false))
}
