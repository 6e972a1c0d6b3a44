import SurveyBundle
import SurveyRuntime
import Testing

/// A survey whose first question is `subject`, followed by one yesno question per condition, named by its key.
private func probe(_ subject: Item, _ conditions: KeyValuePairs<String, Condition>) -> Fixture {
    let probes = conditions.map { name, condition in ask(.yesno, name) { $0.condition = condition } }
    return Fixture(Section(id: "s", title: "S", condition: nil, items: [subject] + probes))
}

/// The probes shown after answering (or, for `nil`, skipping) the subject question.
private func shown(_ fixture: Fixture, after answer: Answer?) throws -> [String] {
    var session = try fixture.session()
    let subject = session.here
    var script: [String: Answer] = [:]
    if let answer { script[subject] = answer }
    return Array(try session.walk(script).dropFirst())
}

private let employer = ask(.single, "employer", options: ["la", "agency", "other"])

private let onEmployer = probe(employer, [
    "is_agency": test("employer", .is, .option("agency")),
    "is_not_agency": test("employer", .isNot, .option("agency")),
    "in_list": among("employer", .option("la"), .option("agency")),
    "not_is_agency": .not(test("employer", .is, .option("agency"))),
    "answered": answered("employer"),
    "not_answered": .not(answered("employer")),
])

@Test func `a skipped question makes every test on it false`() throws {
    #expect(try shown(onEmployer, after: nil) == ["not_is_agency", "not_answered"])
}

@Test func `is not requires an answer while not is plain negation`() throws {
    #expect(try shown(onEmployer, after: .option("la")) == ["is_not_agency", "in_list", "not_is_agency", "answered"])
    #expect(try shown(onEmployer, after: .option("agency")) == ["is_agency", "in_list", "answered"])
    #expect(try shown(onEmployer, after: .option("other")) == ["is_not_agency", "not_is_agency", "answered"])
}

private let level = ask(.single, "level", options: ["student", "practitioner", "senior", "manager"]) {
    $0.isOrdered = true
}

@Test func `ordered comparisons compare positions in the option list`() throws {
    let fixture = probe(level, [
        "below": test("level", .less, .option("senior")),
        "at_most": test("level", .lessOrEqual, .option("senior")),
        "above": test("level", .greater, .option("senior")),
        "at_least": test("level", .greaterOrEqual, .option("senior")),
    ])
    #expect(try shown(fixture, after: .option("practitioner")) == ["below", "at_most"])
    #expect(try shown(fixture, after: .option("senior")) == ["at_most", "at_least"])
    #expect(try shown(fixture, after: .option("manager")) == ["above", "at_least"])
    #expect(try shown(fixture, after: nil) == [])
}

@Test func `numeric comparisons work on number, decimal and scale answers`() throws {
    let comparisons: KeyValuePairs<String, Condition> = [
        "low": test("n", .less, .number(5)), "five": test("n", .is, .number(5)), "high": test("n", .greater, .number(5)),
        "not_five": test("n", .isNot, .number(5)), "some": among("n", .number(1), .number(2), .number(7.5)),
    ]
    let number = probe(ask(.number, "n"), comparisons)
    let decimal = probe(ask(.decimal, "n"), comparisons)
    let scale = probe(ask(.scale, "n") { $0.min = 0; $0.max = 10 }, comparisons)
    #expect(try shown(number, after: .number(2)) == ["low", "not_five", "some"])
    #expect(try shown(number, after: .number(5)) == ["five"])
    #expect(try shown(decimal, after: .decimal(7.5)) == ["high", "not_five", "some"])
    #expect(try shown(decimal, after: .decimal(5.0)) == ["five"])
    #expect(try shown(scale, after: .scale(9)) == ["high", "not_five"])
    #expect(try shown(scale, after: nil) == [])
}

@Test func `includes looks inside multiple and ranking answers`() throws {
    let comparisons: KeyValuePairs<String, Condition> = [
        "pay": test("helps", .includes, .option("pay")), "not_pay": .not(test("helps", .includes, .option("pay"))),
    ]
    let multiple = probe(ask(.multiple, "helps", options: ["pay", "time", "training"]), comparisons)
    let ranking = probe(ask(.ranking, "helps", options: ["pay", "time", "training"]), comparisons)
    #expect(try shown(multiple, after: .options(["time", "pay"])) == ["pay"])
    #expect(try shown(multiple, after: .options(["time"])) == ["not_pay"])
    #expect(try shown(ranking, after: .options(["training", "pay"])) == ["pay"])
    #expect(try shown(ranking, after: nil) == ["not_pay"])
}

@Test func `yes and no compare with a yesno answer however they are spelled`() throws {
    let fixture = probe(ask(.yesno, "working"), [
        "yes_bool": test("working", .is, .bool(true)), "yes_word": test("working", .is, .option("yes")),
        "no_word": test("working", .is, .option("no")), "not_no": test("working", .isNot, .bool(false)),
    ])
    #expect(try shown(fixture, after: .yesno(true)) == ["yes_bool", "yes_word", "not_no"])
    #expect(try shown(fixture, after: .yesno(false)) == ["no_word"])
}

@Test func `text answers compare exactly`() throws {
    let fixture = probe(ask(.text, "team"), ["duty": test("team", .is, .text("Duty")), "other": test("team", .isNot, .text("Duty"))])
    #expect(try shown(fixture, after: .text("Duty")) == ["duty"])
    #expect(try shown(fixture, after: .text("duty")) == ["other"])
}

@Test func `a grid statement is tested on its own`() throws {
    let views = ask(.grid, "views", options: ["disagree", "neutral", "agree"], rows: ["valued", "paid"]) {
        $0.isOrdered = true
    }
    let fixture = probe(views, [
        "valued_answered": answered("views.valued"), "paid_answered": answered("views.paid"),
        "grid_answered": answered("views"), "valued_low": test("views.valued", .less, .option("agree")),
        "paid_agree": test("views.paid", .is, .option("agree")),
    ])
    #expect(try shown(fixture, after: .grid(["valued": "neutral"])) == ["valued_answered", "grid_answered", "valued_low"])
    #expect(try shown(fixture, after: .grid(["paid": "agree"])) == ["paid_answered", "grid_answered", "paid_agree"])
    #expect(try shown(fixture, after: nil) == [])
}

@Test func `and binds conditions together and or picks either`() throws {
    let fixture = Fixture(
        section(
            "s", ask(.yesno, "a"), ask(.yesno, "b"),
            ask(.yesno, "both") { $0.condition = .and([test("a", .is, .bool(true)), test("b", .is, .bool(true))]) },
            ask(.yesno, "either") { $0.condition = .or([test("a", .is, .bool(true)), test("b", .is, .bool(true))]) }))
    var session = try fixture.session()
    #expect(try session.walk(["a": .yesno(true), "b": .yesno(false)]) == ["a", "b", "either"])
    session = try fixture.session()
    #expect(try session.walk(["a": .yesno(true), "b": .yesno(true)]) == ["a", "b", "both", "either"])
    session = try fixture.session()
    #expect(try session.walk([:]) == ["a", "b"])
}

@Test func `blocks and sections hide everything inside them`() throws {
    let fixture = Fixture(
        section(
            "work", ask(.yesno, "working"),
            block(
                test("working", .is, .bool(true)), ask(.number, "hours"), note("About your team"),
                block(test("hours", .greater, .number(40)), ask(.yesno, "overtime_paid")), ask(.text, "team")),
            ask(.text, "comments")),
        section("agency", when: test("working", .is, .bool(false)), ask(.text, "last_job"), ask(.yesno, "looking")))
    var working = try fixture.session()
    #expect(try working.walk(["working": .yesno(true), "hours": .number(45)]) == ["working", "hours", "overtime_paid", "team", "comments"])
    var shortWeek = try fixture.session()
    #expect(try shortWeek.walk(["working": .yesno(true), "hours": .number(20)]) == ["working", "hours", "team", "comments"])
    var notWorking = try fixture.session()
    #expect(try notWorking.walk(["working": .yesno(false)]) == ["working", "comments", "last_job", "looking"])
}

@Test func `a note is shown only when its condition holds`() throws {
    let fixture = Fixture(section("s", ask(.yesno, "working"), note("Answer about your last job", when: test("working", .is, .bool(false))), ask(.text, "job")))
    var session = try fixture.session()
    try session.answer(.yesno(false))
    #expect(session.current == .note(Note(text: "Answer about your last job", condition: test("working", .is, .bool(false)))))
    try session.proceed()
    #expect(session.here == "job")
    var working = try fixture.session()
    try working.answer(.yesno(true))
    #expect(working.here == "job")
}

@Test func `a number can be compared with an earlier answer`() throws {
    let fixture = Fixture(
        section(
            "s", ask(.decimal, "worked"), ask(.number, "paid"),
            ask(.yesno, "unpaid_hours") { $0.condition = test("paid", .less, .answer("worked")) },
            ask(.yesno, "same") { $0.condition = among("paid", .number(0), .answer("worked")) },
            ask(.yesno, "not_same") { $0.condition = .not(among("paid", .number(0), .answer("worked"))) }))
    var fewer = try fixture.session()
    #expect(try fewer.walk(["worked": .decimal(37.5), "paid": .number(30)]) == ["worked", "paid", "unpaid_hours", "not_same"])
    var equal = try fixture.session()
    #expect(try equal.walk(["worked": .decimal(30), "paid": .number(30)]) == ["worked", "paid", "same"])
    var skipped = try fixture.session()
    #expect(try skipped.walk(["paid": .number(30)]) == ["worked", "paid", "not_same"])
}
