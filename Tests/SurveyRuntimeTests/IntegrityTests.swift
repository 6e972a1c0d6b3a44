import SurveyBundle
import SurveyRuntime
import Testing

private let employer = ask(.single, "employer", options: ["la", "agency"]) { $0.isRequired = true }
private let level = ask(.single, "level", options: ["practitioner", "manager"]) { $0.isOrdered = true }

/// The single sentence an inconsistent fixture is refused with.
private func message(_ fixture: Fixture) -> String? {
    loadError(fixture.data)?.description
}

@Test func `a question declared twice is refused`() {
    let fixture = Fixture(section("s", ask(.yesno, "working"), ask(.text, "working")))
    #expect(inconsistencies(fixture) == [.duplicateQuestion("working")])
    #expect(message(fixture) == "the bundle is inconsistent: question `working` is declared more than once")
}

@Test func `repeated options and codes are refused`() {
    let fixture = Fixture(
        section(
            "s",
            ask(.single, "employer", options: ["la", "la"]),
            ask(.single, "level", options: ["a", "b"]) { $0.options![1].code = 1 }))
    #expect(
        inconsistencies(fixture) == [
            .duplicateOption(question: "employer", option: "la"), .duplicateCode(question: "level", code: 1),
        ])
}

@Test func `a choice question without options and a grid without statements are refused`() {
    let fixture = Fixture(section("s", ask(.single, "employer"), ask(.grid, "views", options: ["agree"])))
    #expect(
        inconsistencies(fixture) == [.missingOptions(question: "employer", type: .single), .missingRows(question: "views")])
}

@Test func `a condition that names no question is refused`() {
    let fixture = Fixture(section("s", ask(.yesno, "rates") { $0.condition = test("employr", .is, .option("agency")) }))
    #expect(
        message(fixture)
            == "the bundle is inconsistent: the condition of question `rates` reads `employr`, which is not a question")
}

@Test func `a condition that reads a later question or its own question is refused`() {
    let fixture = Fixture(
        section(
            "s",
            ask(.yesno, "first") { $0.condition = test("second", .is, .bool(true)) },
            ask(.yesno, "second") { $0.condition = answered("second") }))
    #expect(
        inconsistencies(fixture) == [
            .laterQuestion(.question("first"), name: "second"), .laterQuestion(.question("second"), name: "second"),
        ])
    #expect(
        inconsistencies(fixture).first?.description
            == "the condition of question `first` reads `second`, which is not asked before it")
}

@Test func `a block condition that reads a question inside the block is refused`() {
    let fixture = Fixture(section("s", block(answered("inner"), ask(.yesno, "inner"))))
    #expect(inconsistencies(fixture) == [.laterQuestion(.block(section: "s"), name: "inner")])
}

@Test func `a section condition may read only questions of earlier sections`() {
    let good = Fixture(section("a", ask(.yesno, "working")), section("b", when: answered("working"), ask(.text, "why")))
    let bad = Fixture(section("a", when: answered("working"), ask(.yesno, "working")))
    #expect(inconsistencies(good) == [])
    #expect(inconsistencies(bad) == [.laterQuestion(.section("a"), name: "working")])
}

@Test func `a check may read its own question but not a later one`() {
    let fixture = Fixture(
        section(
            "s",
            ask(.decimal, "worked") {
                $0.checks = [
                    Check(condition: test("worked", .lessOrEqual, .number(100)), message: "Too many"),
                    Check(condition: test("paid", .lessOrEqual, .number(1)), message: "Later"),
                ]
            },
            ask(.decimal, "paid")))
    #expect(inconsistencies(fixture) == [.laterQuestion(.check(question: "worked"), name: "paid")])
}

@Test func `statements of grids are checked`() {
    let fixture = Fixture(
        section(
            "s",
            ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued"]),
            ask(.yesno, "working"),
            ask(.text, "a") { $0.condition = test("views.paid", .is, .option("agree")) },
            ask(.text, "b") { $0.condition = answered("working.valued") },
            ask(.text, "c") { $0.condition = test("views", .is, .option("agree")) }))
    #expect(
        inconsistencies(fixture) == [
            .unknownRow(.question("a"), question: "views", row: "paid"),
            .rowOfNonGrid(.question("b"), question: "working"),
            .wholeGridTested(.question("c"), question: "views"),
        ])
    #expect(
        inconsistencies(fixture)[0].description
            == "the condition of question `a` reads `views.paid`, but grid `views` has no statement `paid`")
}

@Test func `a comparison with an option the question does not have is refused`() {
    let fixture = Fixture(section("s", employer, ask(.yesno, "rates") { $0.condition = test("employer", .is, .option("agnecy")) }))
    #expect(
        message(fixture)
            == "the bundle is inconsistent: the condition of question `rates` compares `employer` with `agnecy`, which is not an option of `employer`"
    )
}

@Test func `a value of the wrong type is refused`() {
    let fixture = Fixture(
        section(
            "s",
            ask(.number, "caseload"),
            ask(.yesno, "heavy") { $0.condition = test("caseload", .greater, .option("many")) },
            ask(.yesno, "named") { $0.condition = among("heavy", .bool(true), .text("maybe")) }))
    #expect(
        inconsistencies(fixture) == [
            .mismatchedValue(.question("heavy"), reference: "caseload", type: .number, value: .option("many")),
            .mismatchedValue(.question("named"), reference: "heavy", type: .yesno, value: .text("maybe")),
        ])
    #expect(
        inconsistencies(fixture)[0].description
            == "the condition of question `heavy` compares `caseload`, a number question, with option `many`")
}

@Test func `includes is refused on anything but multiple and ranking`() {
    let fixture = Fixture(section("s", employer, ask(.yesno, "rates") { $0.condition = test("employer", .includes, .option("agency")) }))
    #expect(
        inconsistencies(fixture).map(\.description) == [
            "the condition of question `rates` uses `includes` on `employer`, a single question"
        ])
}

@Test func `is is refused on a multiple question`() {
    let fixture = Fixture(
        section(
            "s", ask(.multiple, "helps", options: ["pay", "time"]),
            ask(.yesno, "x") { $0.condition = test("helps", .is, .option("pay")) }))
    #expect(inconsistencies(fixture) == [.misusedComparison(.question("x"), reference: "helps", type: .multiple, comparison: .is)])
}

@Test func `an ordered comparison on unordered options is refused`() {
    let fixture = Fixture(section("s", employer, ask(.yesno, "x") { $0.condition = test("employer", .less, .option("agency")) }))
    #expect(
        inconsistencies(fixture).map(\.description) == [
            "the condition of question `x` uses `<` on `employer`, whose options are not ordered"
        ])
}

@Test func `role tests are checked against the roles and the screener`() {
    let roles = [role("la_worker", test("employer", .is, .option("la"))), role("agency_worker", test("employer", .is, .option("agency")))]
    let fixture = Fixture(
        roles: roles, screener: ["employer"],
        section(
            "s",
            ask(.yesno, "early") { $0.condition = .role(["la_worker"]) },
            employer,
            ask(.yesno, "late") { $0.condition = .role(["student"]) }))
    #expect(
        inconsistencies(fixture) == [
            .roleBeforeScreener(.question("early"), lastScreener: "employer"),
            .unknownRole(.question("late"), role: "student"),
        ])
    #expect(
        inconsistencies(fixture)[0].description
            == "the condition of question `early` tests the role before the last screener question `employer` is asked")
}

@Test func `a role test without roles and an in with fewer than two values are refused, as the format says`() {
    let fixture = Fixture(
        section(
            "s", employer, ask(.yesno, "a") { $0.condition = .among(Reference(question: "employer"), [.option("la")]) },
            ask(.yesno, "b") { $0.condition = .role([]) }))
    #expect(
        inconsistencies(fixture).map(\.description) == [
            "the condition of question `a` has `in` with only 1 value, but needs at least two",
            "the condition of question `b` has `role` with no roles, but needs at least one",
        ])
}

@Test func `roles whose rules both hold for some screener answers are refused, with the answers`() {
    let fixture = Fixture(
        roles: [
            role("la_worker", test("employer", .is, .option("la"))),
            role("la_manager", .and([test("employer", .is, .option("la")), test("level", .is, .option("manager"))])),
        ],
        screener: ["employer", "level"],
        section("s", employer, ask(.single, "level", options: ["practitioner", "manager"]) { $0.isRequired = true }))
    #expect(
        message(fixture) == "the bundle is inconsistent: the rules of roles `la_worker` and `la_manager` both hold when "
            + "`employer` is `la` and `level` is `manager`, so such a respondent would have no role")
}

@Test func `a role test in a survey without roles is refused`() {
    let fixture = Fixture(section("s", when: .role(["x"]), ask(.yesno, "a")))
    #expect(inconsistencies(fixture).map(\.description) == ["the condition of section `s` tests the role, but the survey has no roles"])
}

@Test func `role rules read only screener questions and never the role`() {
    let fixture = Fixture(
        roles: [
            role("a", test("employer", .is, .option("la"))), role("b", test("level", .is, .option("manager"))),
            role("c", .role(["a"])),
        ],
        screener: ["employer"], section("s", employer, level))
    #expect(
        inconsistencies(fixture) == [.roleRuleReadsNonScreener(role: "b", question: "level"), .roleRuleReadsRole(role: "c")])
    #expect(
        inconsistencies(fixture)[0].description
            == "the rule of role `b` reads `level`, which is not a screener question")
}

@Test func `screener questions must exist and be single or yesno`() {
    let fixture = Fixture(
        roles: [role("a", test("employer", .is, .option("la")))], screener: ["employer", "name", "ghost"],
        section("s", employer, ask(.text, "name")))
    #expect(inconsistencies(fixture) == [.screenerType(question: "name", type: .text), .unknownScreener("ghost")])
}

@Test func `summaries must cover each role once and name known questions`() {
    var fixture = Fixture(
        roles: [role("a", test("employer", .is, .option("la"))), role("b", test("employer", .is, .option("agency")))],
        screener: ["employer"], section("s", employer))
    fixture.summaries = [
        RoleSummary(role: "a", questions: ["employer", "ghost"], seconds: 10),
        RoleSummary(role: "z", questions: [], seconds: 0),
    ]
    #expect(
        inconsistencies(fixture) == [
            .unknownSummaryRole("z"), .unknownSummaryQuestion(role: "a", question: "ghost"), .missingSummary(role: "b"),
        ])
    #expect(inconsistencies(fixture)[2].description == "role `b` has no summary")
}

@Test func `impossible bounds are refused`() {
    let fixture = Fixture(
        section(
            "s",
            ask(.number, "caseload") { $0.min = 80; $0.max = 0 },
            ask(.scale, "recommend"),
            ask(.scale, "half") { $0.min = 0.5; $0.max = 10 },
            ask(.scale, "huge") { $0.min = 0; $0.max = 200 },
            ask(.multiple, "helps", options: ["a", "b", "c"]) { $0.minChoices = 3; $0.maxChoices = 2 },
            ask(.ranking, "top", options: ["a", "b"]) { $0.maxChoices = 3 },
            ask(.text, "none") { $0.maxLength = 0 }))
    #expect(
        inconsistencies(fixture) == [
            .invertedRange(question: "caseload", min: 80, max: 0), .missingScaleRange(question: "recommend"),
            .fractionalScaleRange(question: "half"), .oversizedScale(question: "huge", points: 201),
            .invertedChoiceCounts(question: "helps", min: 3, max: 2),
            .impossibleChoiceCount(question: "top", count: 3, options: 2),
            .invalidMaxLength(question: "none", maxLength: 0),
        ])
    #expect(
        inconsistencies(fixture)[0].description
            == "question `caseload` has the range 80...0, whose low end is above its high end")
}

@Test func `pipes must name earlier questions`() {
    let fixture = Fixture(
        section(
            "s",
            note("Hello {name|there}"),
            ask(.text, "name", text: "Your name, {name}?"),
            ask(.text, "x", text: "{ghost} and {{literal}}") { $0.help = "{name} is fine" }))
    #expect(
        inconsistencies(fixture) == [
            .laterQuestion(.questionText("name"), name: "name"), .unknownQuestion(.questionText("x"), name: "ghost"),
            .laterQuestion(.noteText(section: "s"), name: "name"),
        ])
}

@Test func `several problems are reported together`() {
    let fixture = Fixture(section("s", ask(.yesno, "a"), ask(.yesno, "a") { $0.condition = answered("b") }))
    let error = loadError(fixture.data)
    #expect(
        error?.description == """
            the bundle is inconsistent in 2 ways:
              - question `a` is declared more than once
              - the condition of question `a` reads `b`, which is not a question
            """)
}

@Test func `a comparison with another answer needs an earlier numeric question`() {
    let fixture = Fixture(
        section(
            "s", ask(.text, "name"), ask(.number, "paid"),
            ask(.yesno, "a") { $0.condition = test("paid", .less, .answer("name")) },
            ask(.yesno, "b") { $0.condition = test("paid", .less, .answer("later")) },
            ask(.number, "later")))
    #expect(
        inconsistencies(fixture) == [
            .mismatchedValue(.question("a"), reference: "paid", type: .number, value: .answer("name")),
            .laterQuestion(.question("b"), name: "later"),
        ])
    #expect(
        inconsistencies(fixture)[0].description
            == "the condition of question `a` compares `paid`, a number question, with the answer to `name`")
}

@Test func `a survey with roles needs a summary of its own for each role, not one without a role`() {
    var fixture = Fixture(
        roles: [role("a", test("employer", .is, .option("la"))), role("b", test("employer", .is, .option("agency")))],
        screener: ["employer"], section("s", employer, ask(.yesno, "x")))
    fixture.summaries = [
        RoleSummary(role: nil, questions: ["employer", "x"], seconds: 20),
        RoleSummary(role: "a", questions: ["employer"], seconds: 10),
    ]
    #expect(inconsistencies(fixture) == [.summaryWithoutRole, .missingSummary(role: "b")])
    #expect(
        inconsistencies(fixture)[0].description
            == "a summary has no role, but the survey has roles, each with its own summary")
}

@Test func `a summary whose seconds are not the sum of its questions' seconds is refused`() throws {
    var fixture = Fixture(section("s", employer, ask(.yesno, "x") { $0.seconds = 2.3 }))
    fixture.summaries = [RoleSummary(role: nil, questions: ["employer", "x"], seconds: 99)]
    #expect(inconsistencies(fixture) == [.summarySeconds(role: nil, recorded: 99, computed: 2.3 + 10)])
    #expect(
        inconsistencies(fixture)[0].description
            == "the summary of the single audience gives 99 seconds, but its questions take 12.3")
    // The compiler adds the same tenths in another order, which may differ in the last bits.
    fixture.summaries = [RoleSummary(role: nil, questions: ["employer", "x"], seconds: 2.3 + 10)]
    _ = try fixture.load()
}

@Test func `a summary listing its questions out of order gives the same estimates as one in order`() throws {
    let ids = (1...40).map { "q\($0)" }
    var fixture = Fixture()
    fixture.sections = [Section(id: "s", title: "S", condition: nil, items: ids.map { ask(.text, $0) })]
    // Every third question is left out, so the walk through the list has gaps to step over.
    let listed = ids.enumerated().filter { $0.offset % 3 != 2 }.map(\.element)
    let shuffled = listed.enumerated().sorted { ($0.offset * 7) % listed.count < ($1.offset * 7) % listed.count }.map(\.element)
    var secondsLeft: [[Double]] = []
    for order in [listed, listed.reversed(), shuffled] {
        fixture.summaries = [RoleSummary(role: nil, questions: order, seconds: 270)]
        var session = Session(try fixture.load())
        var left: [Double] = []
        while !session.isComplete {
            left.append(session.progress.secondsRemaining)
            try session.skip()
        }
        secondsLeft.append(left)
    }
    #expect(secondsLeft[0].count == 40)
    #expect(secondsLeft[0].first == 270)
    #expect(secondsLeft[1] == secondsLeft[0])
    #expect(secondsLeft[2] == secondsLeft[0])
}

@Test(arguments: [
    ("", "survey.sections[0].items[1].question.id"), ("a.b = c", "survey.sections[0].items[1].question.id"),
    ("1bad", "survey.sections[0].items[1].question.id"), (String(repeating: "a", count: 65), "survey.sections[0].items[1].question.id"),
])
func `a question identifier that breaks the schema's pattern is refused with its path`(id: String, path: String) {
    let fixture = Fixture(section("s", employer, ask(.yesno, id)))
    #expect(
        loadError(fixture.data)
            == .notABundle(
                path: path,
                problem: "\(id.debugDescription) is not an identifier: a letter or `_`, then letters, digits and `_`, 64 at most"))
}

@Test func `every identifier the schema constrains is checked, in document order`() {
    var fixture = Fixture(section("s", employer))
    fixture.id = "1bad"
    #expect(loadError(fixture.data).map(path) == "survey.id")
    let changes: [(String, (inout Fixture) -> Void)] = [
        ("survey.sections[0].id", { $0.sections[0].id = "s-1" }),
        ("survey.sections[0].items[0].question.options[1].id", { $0.sections = [section("s", ask(.single, "e", options: ["la", ""]))] }),
        ("survey.sections[0].items[0].question.rows[0].id", { $0.sections = [section("s", ask(.grid, "g", options: ["a"], rows: ["r r"]))] }),
        ("survey.sections[0].items[0].question.choiceList", {
            $0.sections = [section("s", ask(.single, "e", options: ["a"]) { $0.choiceList = "my list" })]
        }),
        ("survey.roles[0].id", {
            $0.roles = [role("la worker", test("employer", .is, .option("la"))), role("b", test("employer", .is, .option("agency")))]
            $0.screener = ["employer"]
        }),
        ("survey.sections[0].items[1].block.condition.value.option", {
            $0.sections = [section("s", employer, block(test("employer", .is, .option("l a")), ask(.yesno, "x")))]
        }),
    ]
    for (expected, change) in changes {
        var changed = Fixture(section("s", employer))
        change(&changed)
        #expect(loadError(changed.data).map(path) == expected)
    }
}

/// The path of a refusal for a value the schema does not allow.
private func path(_ error: LoadError) -> String? {
    guard case .notABundle(let path, _) = error else { return nil }
    return path
}

@Test func `values the schema forbids are refused with their path`() {
    let cases: [(String, String, (inout Fixture) -> Void)] = [
        ("survey.sections[0].items[1].question", "missing key `maxLength`, which every text question has", {
            $0.sections[0].items.append(.question(Question(id: "name", type: .text, text: "Name?", seconds: 10)))
        }),
        ("survey.sections[0].items[1].question.seconds", "-1 is not a time: it must be finite and not negative", {
            $0.sections[0].items.append(ask(.yesno, "x") { $0.seconds = -1 })
        }),
        ("survey.minutes", "-3 is negative", { $0.minutes = -3 }),
        ("survey.summaries[0].seconds", "-10 is not a time: it must be finite and not negative", {
            $0.summaries = [RoleSummary(role: nil, questions: ["employer"], seconds: -10)]
        }),
        ("survey.sections[0].items[1].question.options[0].exclusive", "`false` is not allowed: the member is `true` or left out", {
            $0.sections[0].items.append(ask(.multiple, "m", options: ["a", "b"]) { $0.options![0].isExclusive = false })
        }),
        ("survey.sections[0].items[1].question.options[1].specify", "`false` is not allowed: the member is `true` or left out", {
            $0.sections[0].items.append(ask(.single, "o", options: ["a", "b"]) { $0.options![1].isSpecify = false })
        }),
    ]
    for (path, problem, change) in cases {
        var fixture = Fixture(section("s", employer))
        change(&fixture)
        #expect(loadError(fixture.data) == .notABundle(path: path, problem: problem))
    }
    // JSON has no infinity, but a bundle built in Swift can.
    var bundle = Fixture(section("s", ask(.yesno, "x"))).bundle
    bundle.survey.summaries[0].seconds = .infinity
    var error: LoadError?
    do { _ = try LoadedSurvey(bundle) } catch let refusal { error = refusal }
    #expect(
        error == .notABundle(path: "survey.summaries[0].seconds", problem: "inf is not a time: it must be finite and not negative"))
}

@Test(arguments: ["sources", "content"])
func `a digest that is not 64 lowercase hex digits is refused before it is compared`(member: String) {
    var bundle = Fixture(section("s", employer)).bundle
    let upper = bundle.digest.content.uppercased()
    if member == "sources" { bundle.digest.sources = "abc" } else { bundle.digest.content = upper }
    let shown = member == "sources" ? "\"abc\"" : upper.debugDescription
    var error: LoadError?
    do { _ = try LoadedSurvey(bundle) } catch let refusal { error = refusal }
    #expect(
        error
            == .notABundle(path: "digest.\(member)", problem: "\(shown) is not 64 lowercase hexadecimal digits"))
}
