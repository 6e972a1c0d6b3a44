import SurveyBundle
import SurveyRuntime
import Testing

private let employer = ask(.single, "employer", options: ["la", "agency", "other*"])

@Test func `a single answer must name one of its options`() throws {
    #expect(try refusal(employer, .option("agency")) == nil)
    #expect(try refusal(employer, .option("agnecy")) == .unknownOption("agnecy"))
}

@Test func `only a specify option takes typed text`() throws {
    #expect(try refusal(employer, .option("other", specify: "Locum company")) == nil)
    #expect(try refusal(employer, .option("agency", specify: "Reed")) == .unexpectedSpecify("Agency"))
}

private let barriers = ask(.multiple, "barriers", options: ["admin", "travel", "money", "other*", "none!"]) {
    $0.minChoices = 1
    $0.maxChoices = 2
}

@Test func `a multiple answer holds distinct options within its counts`() throws {
    #expect(try refusal(barriers, .options(["admin", "travel"])) == nil)
    #expect(try refusal(barriers, .options([])) == .tooFewOptions(1))
    #expect(try refusal(barriers, .options(["admin", "travel", "money"])) == .tooManyOptions(2))
    #expect(try refusal(barriers, .options(["admin", "admin"])) == .repeatedOption("admin"))
    #expect(try refusal(barriers, .options(["admin", "parking"])) == .unknownOption("parking"))
}

@Test func `at least applies to a multiple answer`() throws {
    let helps = ask(.multiple, "helps", options: ["a", "b", "c"]) { $0.minChoices = 2 }
    #expect(try refusal(helps, .options(["a"])) == .tooFewOptions(2))
    #expect(try refusal(helps, .options(["a", "b", "c"])) == nil)
    // An exclusive option on its own is a whole answer, whatever `at least` asks of the others.
    let supports = ask(.multiple, "supports", options: ["a", "b", "none!"]) { $0.minChoices = 2 }
    #expect(try refusal(supports, .options(["none"])) == nil)
    #expect(try refusal(supports, .options(["a"])) == .tooFewOptions(2))
}

@Test func `an exclusive option is chosen only alone`() throws {
    #expect(try refusal(barriers, .options(["none"])) == nil)
    #expect(try refusal(barriers, .options(["admin", "none"])) == .exclusiveCombined("None"))
    let message = ValidationError(question: nil, reason: .exclusiveCombined("None")).message
    #expect(message == "\"None\" cannot be chosen together with other options.")
}

@Test func `a multiple answer gives typed text only for chosen specify options`() throws {
    #expect(try refusal(barriers, .options(["other"], specify: ["other": "Parking"])) == nil)
    #expect(try refusal(barriers, .options(["admin"], specify: ["admin": "Forms"])) == .unexpectedSpecify("Admin"))
    #expect(try refusal(barriers, .options(["admin"], specify: ["other": "Parking"])) == .unexpectedSpecify("Other"))
}

@Test func `a ranking holds between one and top distinct options`() throws {
    let top = ask(.ranking, "priorities", options: ["pay", "time", "training", "support"]) { $0.maxChoices = 2 }
    #expect(try refusal(top, .options(["time", "pay"])) == nil)
    #expect(try refusal(top, .options(["time"])) == nil)
    #expect(try refusal(top, .options([])) == .tooFewOptions(1))
    #expect(try refusal(top, .options(["time", "pay", "support"])) == .tooManyOptions(2))
    #expect(try refusal(top, .options(["time", "time"])) == .repeatedOption("time"))
}

@Test func `a ranking without top may rank every option`() throws {
    let all = ask(.ranking, "priorities", options: ["pay", "time", "training"])
    #expect(try refusal(all, .options(["training", "time", "pay"])) == nil)
}

@Test func `text must not be blank and must fit its length in characters`() throws {
    let title = ask(.text, "title") { $0.maxLength = 5 }
    #expect(try refusal(title, .text("  \n ")) == .emptyText)
    #expect(try refusal(title, .text("👩🏽‍⚕️ RN!")) == nil)
    #expect(try refusal(title, .text("Manager")) == .textTooLong(5))
}

@Test func `text is limited to the question's maxLength`() throws {
    let short = ask(.text, "short") { $0.maxLength = 20 }
    let long = ask(.text, "long") { $0.isLong = true; $0.maxLength = 5000 }
    #expect(try refusal(short, .text(String(repeating: "a", count: 20))) == nil)
    #expect(try refusal(short, .text(String(repeating: "a", count: 21))) == .textTooLong(20))
    #expect(try refusal(long, .text(String(repeating: "a", count: 5000))) == nil)
    #expect(try refusal(long, .text(String(repeating: "a", count: 5001))) == .textTooLong(5000))
}

@Test func `a number must lie in its range`() throws {
    let caseload = ask(.number, "caseload") { $0.min = 0; $0.max = 80 }
    #expect(try refusal(caseload, .number(0)) == nil)
    #expect(try refusal(caseload, .number(80)) == nil)
    #expect(try refusal(caseload, .number(81)) == .outOfRange(min: 0, max: 80))
    #expect(try refusal(caseload, .number(-1)) == .outOfRange(min: 0, max: 80))
    #expect(
        ValidationError(question: nil, reason: .outOfRange(min: 0, max: 80)).message
            == "Please enter a number from 0 to 80.")
}

@Test func `a number without a range takes any whole number`() throws {
    #expect(try refusal(ask(.number, "n"), .number(-1_000_000)) == nil)
}

@Test func `a decimal must be finite and lie in its range`() throws {
    let worked = ask(.decimal, "worked") { $0.min = 0; $0.max = 100 }
    #expect(try refusal(worked, .decimal(37.5)) == nil)
    #expect(try refusal(worked, .decimal(100.5)) == .outOfRange(min: 0, max: 100))
    #expect(try refusal(worked, .decimal(.nan)) == .notFinite)
    #expect(try refusal(worked, .decimal(.infinity)) == .notFinite)
}

@Test func `a scale answer must lie on the scale`() throws {
    let recommend = ask(.scale, "recommend") { $0.min = 0; $0.max = 10 }
    #expect(try refusal(recommend, .scale(10)) == nil)
    #expect(try refusal(recommend, .scale(11)) == .outOfRange(min: 0, max: 10))
}

@Test func `a grid answer names existing statements and options`() throws {
    let views = ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued", "difference"])
    #expect(try refusal(views, .grid(["valued": "agree"])) == nil)
    #expect(try refusal(views, .grid([:])) == .emptyGrid)
    #expect(try refusal(views, .grid(["paid": "agree"])) == .unknownRow("paid"))
    #expect(try refusal(views, .grid(["valued": "maybe"])) == .unknownOption("maybe"))
}

@Test func `a required grid needs every statement`() throws {
    let views = ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued", "difference"]) {
        $0.isRequired = true
    }
    #expect(try refusal(views, .grid(["valued": "agree"])) == .incompleteGrid)
    #expect(try refusal(views, .grid(["valued": "agree", "difference": "disagree"])) == nil)
}

@Test func `an answer of another kind is refused`() throws {
    #expect(try refusal(ask(.yesno, "working"), .yesno(false)) == nil)
    #expect(try refusal(ask(.yesno, "working"), .text("yes")) == .wrongKind(expected: .yesno))
    #expect(try refusal(ask(.decimal, "worked"), .number(3)) == .wrongKind(expected: .decimal))
    #expect(try refusal(employer, .options(["la"])) == .wrongKind(expected: .single))
}

@Test func `a required question cannot be skipped but an optional one can`() throws {
    var session = try Fixture(section("s", ask(.yesno, "working") { $0.isRequired = true }, ask(.text, "why"))).session()
    #expect(throws: ValidationError(question: "working", reason: .required)) { try session.skip() }
    #expect(session.here == "working")
    try session.answer(.yesno(true))
    try session.skip()
    #expect(session.isComplete)
}

@Test func `a failing check refuses the answer with its message`() throws {
    let fixture = Fixture(
        section(
            "s",
            ask(.decimal, "worked"),
            ask(.decimal, "paid") {
                $0.checks = [
                    Check(condition: .and([test("paid", .greaterOrEqual, .number(0)), test("paid", .lessOrEqual, .number(168))]), message: "A week has 168 hours."),
                    Check(condition: comparePaidWithWorked, message: "Paid hours cannot be more than the hours you worked."),
                ]
            }))
    var session = try fixture.session()
    try session.answer(.decimal(30))
    #expect(throws: ValidationError(question: "paid", reason: .check("Paid hours cannot be more than the hours you worked."))) {
        try session.answer(.decimal(35))
    }
    #expect(throws: ValidationError(question: "paid", reason: .check("A week has 168 hours."))) {
        try session.answer(.decimal(200))
    }
    try session.answer(.decimal(30))
    #expect(session.isComplete)
}

/// `paid <= worked`: a check that compares its own answer with an earlier one.
private let comparePaidWithWorked = test("paid", .lessOrEqual, .answer("worked"))

@Test func `a check comparing with a skipped question holds`() throws {
    let fixture = Fixture(
        section(
            "s", ask(.decimal, "worked"),
            ask(.decimal, "paid") { $0.checks = [Check(condition: comparePaidWithWorked, message: "Too many.")] }))
    var session = try fixture.session()
    try session.skip()
    try session.answer(.decimal(90))
    #expect(session.isComplete)
}

@Test func `a check holds when a question it reads is unanswered`() throws {
    let fixture = Fixture(
        section(
            "s",
            ask(.decimal, "worked"),
            ask(.decimal, "paid") {
                $0.checks = [Check(condition: test("worked", .greaterOrEqual, .number(20)), message: "Work more.")]
            }))
    var skipped = try fixture.session()
    try skipped.skip()
    try skipped.answer(.decimal(50))
    #expect(skipped.isComplete)

    var low = try fixture.session()
    try low.answer(.decimal(10))
    #expect(throws: ValidationError(question: "paid", reason: .check("Work more."))) { try low.answer(.decimal(5)) }
}

@Test func `a check that asks whether a question was answered is definite`() throws {
    let fixture = Fixture(
        section(
            "s",
            ask(.text, "other"),
            ask(.yesno, "confirm") {
                $0.checks = [Check(condition: .or([answered("other"), test("confirm", .is, .bool(false))]), message: "Tell us more first.")]
            }))
    var session = try fixture.session()
    try session.skip()
    #expect(throws: ValidationError(question: "confirm", reason: .check("Tell us more first."))) {
        try session.answer(.yesno(true))
    }
    try session.answer(.yesno(false))
    #expect(session.isComplete)
}

@Test func `not of an unknown test stays unknown in a check`() throws {
    let fixture = Fixture(
        section(
            "s",
            ask(.yesno, "working"),
            ask(.number, "hours") {
                $0.checks = [Check(condition: .not(test("working", .is, .bool(false))), message: "You said you are not working.")]
            }))
    var skipped = try fixture.session()
    try skipped.skip()
    try skipped.answer(.number(3))
    #expect(skipped.isComplete)

    var notWorking = try fixture.session()
    try notWorking.answer(.yesno(false))
    #expect(throws: ValidationError(question: "hours", reason: .check("You said you are not working."))) {
        try notWorking.answer(.number(3))
    }
}

@Test func `answering or skipping is refused while a note is showing`() throws {
    var session = try Fixture(section("s", note("Welcome"), ask(.yesno, "working"))).session()
    #expect(throws: ValidationError(question: nil, reason: .noQuestion)) { try session.answer(.yesno(true)) }
    #expect(throws: ValidationError(question: nil, reason: .noQuestion)) { try session.skip() }
    try session.proceed()
    #expect(throws: ValidationError(question: nil, reason: .noNote)) { try session.proceed() }
    try session.answer(.yesno(true))
    #expect(throws: ValidationError(question: nil, reason: .noQuestion)) { try session.answer(.yesno(true)) }
}
