import SeededRandom
import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

/// A survey with roles, nested blocks, notes, checks and every kind of question.
private let routed: Fixture = {
    let level = ask(.single, "level", options: ["practitioner", "manager"])
    return Fixture(
        roles: [
            role("worker", .and([test("employer", .is, .option("la")), .not(test("level", .is, .option("manager")))])),
            role("manager", .and([test("employer", .is, .option("la")), test("level", .is, .option("manager"))])),
            role("agency", test("employer", .is, .option("agency"))),
        ],
        screener: ["employer", "level"],
        section(
            "screener", note("Welcome"),
            ask(.single, "employer", options: ["la", "agency"]) { $0.isRequired = true }, level),
        section(
            "work",
            ask(.yesno, "working"),
            block(
                test("working", .is, .bool(true)),
                ask(.decimal, "worked") { $0.min = 0; $0.max = 100 },
                ask(.decimal, "paid") {
                    $0.min = 0
                    $0.max = 100
                    $0.checks = [Check(condition: test("paid", .lessOrEqual, .answer("worked")), message: "Too many.")]
                },
                block(test("worked", .greater, .number(40)), note("Long week"), ask(.text, "why_long"))),
            ask(.multiple, "helps", options: ["pay", "time", "other*", "none!"]) { $0.maxChoices = 2 },
            ask(.ranking, "priorities", options: ["pay", "time", "training"]) { $0.condition = .not(test("helps", .includes, .option("none"))) }),
        section(
            "agency", when: .role(["agency"]),
            ask(.scale, "recommend") { $0.min = 0; $0.max = 10 },
            ask(.grid, "views", options: ["disagree", "agree"], rows: ["valued", "paid"]) { $0.isOrdered = true }),
        section(
            "end", ask(.number, "years") { $0.condition = .or([.role(["worker"]), test("views.valued", .is, .option("agree"))]) },
            ask(.text, "comments", text: "Anything else, {employer|friend}?")))
}()

/// A random answer for a question, sometimes one it refuses.
private func randomAnswer(_ question: Question, _ random: inout SplitMix64) -> Answer {
    let options = (question.options ?? []).map(\.id)
    switch question.type {
    case .single:
        return .option(options.randomElement(using: &random)!)
    case .multiple, .ranking:
        let count = Int.random(in: 0...min(3, options.count), using: &random)
        return .options(Array(options.shuffled(using: &random).prefix(count)))
    case .text:
        return .text(Bool.random(using: &random) ? "note \(random.next() % 100)" : " ")
    case .number:
        return .number(Int.random(in: -5...120, using: &random))
    case .decimal:
        return .decimal(Double(Int.random(in: -10...1200, using: &random)) / 10)
    case .scale:
        return .scale(Int.random(in: -1...11, using: &random))
    case .grid:
        var cells: [String: String] = [:]
        for row in question.rows ?? [] where Bool.random(using: &random) {
            cells[row.id] = options.randomElement(using: &random)
        }
        return .grid(cells)
    case .yesno:
        return .yesno(Bool.random(using: &random))
    }
}

@Test(arguments: 0..<40)
func `random walks keep the response on the path and resume exactly`(seed: UInt64) throws {
    var random = SplitMix64(seed: seed)
    let loaded = try routed.load()
    var session = Session(loaded)
    for _ in 0..<60 {
        switch session.current {
        case .question(let question)?:
            switch random.next() % 6 {
            case 0: session.back()
            case 1: try? session.skip()
            default: try? session.answer(randomAnswer(question, &random))
            }
        case .note?:
            if random.next() % 4 == 0 { session.back() } else { try session.proceed() }
        case nil:
            session.back()
        }

        let response = session.response
        #expect(response.answers.count == session.progress.answered)
        for (id, _) in response.answers {
            #expect(session.answer(for: id) != nil)
            #expect(session.state.path.contains(id))
        }
        for id in session.state.path where session.answer(for: id) != nil {
            #expect(response.answers[id] != nil)
        }
        let saved = try JSONDecoder().decode(SessionState.self, from: try session.state.encoded())
        let resumed = try Session(resuming: saved, in: loaded)
        #expect(resumed.state == session.state)
        #expect(resumed.current == session.current)
        #expect(resumed.role == session.role)
        #expect(resumed.progress == session.progress)
        #expect(resumed.response == response)
    }
}
