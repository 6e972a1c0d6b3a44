import Foundation
import SeededRandom
import SurveyLanguage
import Testing

/// The contradiction checks held to brute force: random conjunctions of tests on one answer, and two such
/// conjunctions joined by `or`, are reported as never true (E0501) exactly when no answer, and no lack of
/// one, meets them, and as a question's checks refusing every answer (E0412) exactly when no answer does,
/// found by trying every answer.
struct ContradictionPropertyTests {
    /// The answers a question can have, and how each test reads them.
    enum Answer {
        case number(Double)
        case option(Int)
        case options(Set<Int>)
    }

    /// One test, as written and as it reads an answer (nil: the question was skipped).
    struct Test {
        var text: String
        var holds: (Answer?) -> Bool
    }

    static let options = ["low", "middle", "high", "none"]

    static let survey = TestSources.header + """
        choices levels ordered {
          low    "Low"
          middle "Middle"
          high   "High"
          none   "None of these" exclusive
        }

        section work "Your work" {
          number cases "How many cases?" range 0...10
          decimal hours "How many hours?" range 0...10
          single level "Which level?" from levels
          multiple levels_seen "Which levels?" from levels up to 2

        """

    /// Every answer the question can have: whole numbers and quarters in its range, each option, or
    /// every selection of at most two options where `none` is chosen alone.
    static func answers(of question: String) -> [Answer] {
        switch question {
        case "cases": (0...10).map { .number(Double($0)) }
        case "hours": (0...40).map { .number(Double($0) / 4) }
        case "level": options.indices.map(Answer.option)
        default:
            options.indices.map { Answer.options([$0]) }
                + options.indices.flatMap { first in
                    options.indices.filter { $0 > first && $0 != 3 && first != 3 }.map { Answer.options([first, $0]) }
                }
        }
    }

    /// A number to compare with: mostly 2, 2.5 or 3, so that tests meet at their ends, else anywhere
    /// from -1 to 12, past the range's ends.
    static func number(_ random: inout SplitMix64) -> Double {
        random.percent(60) ? Double(random.within(4...6)) / 2 : Double(random.within(-2...24)) / 2
    }

    static func written(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    /// A random test of `question`, perhaps under `not`.
    static func test(of question: String, _ random: inout SplitMix64) -> Test {
        var test: Test
        switch (question, random.below(4)) {
        case (_, 0):
            test = Test(text: "answered \(question)") { $0 != nil }
        case ("cases", _), ("hours", _):
            let value = number(&random)
            let comparisons: [(String, (Double, Double) -> Bool)] = [
                ("is", { $0 == $1 }), ("is not", { $0 != $1 }), ("<", { $0 < $1 }), ("<=", { $0 <= $1 }),
                (">", { $0 > $1 }), (">=", { $0 >= $1 }),
            ]
            if random.percent(20) {
                let values = [value, number(&random)]
                test = Test(text: "\(question) in (\(values.map(written).joined(separator: ", ")))") { answer in
                    if case .number(let given)? = answer { values.contains(given) } else { false }
                }
            } else {
                let (spelling, compare) = random.pick(comparisons)
                test = Test(text: "\(question) \(spelling) \(written(value))") { answer in
                    if case .number(let given)? = answer { compare(given, value) } else { false }
                }
            }
        case ("level", _):
            let value = random.below(options.count)
            let comparisons: [(String, (Int, Int) -> Bool)] = [
                ("is", { $0 == $1 }), ("is not", { $0 != $1 }), ("<", { $0 < $1 }), (">=", { $0 >= $1 }),
            ]
            let (spelling, compare) = random.pick(comparisons)
            test = Test(text: "level \(spelling) \(options[value])") { answer in
                if case .option(let given)? = answer { compare(given, value) } else { false }
            }
        default:
            let value = random.below(options.count)
            test = Test(text: "\(question) includes \(options[value])") { answer in
                if case .options(let given)? = answer { given.contains(value) } else { false }
            }
        }
        if random.percent(30) {
            let inner = test
            test = Test(text: "not \(inner.text)") { !inner.holds($0) }
        }
        return test
    }

    @Test(arguments: ["cases", "hours", "level", "levels_seen"])
    func `a condition on one answer is never true exactly when no answer meets it`(question: String) {
        var random = SplitMix64(seed: question.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) })
        var reported = 0
        for round in 0..<400 {
            let tests = (0..<random.within(1...(question == "levels_seen" ? 6 : 4))).map { _ in Self.test(of: question, &random) }
            let condition = tests.map(\.text).joined(separator: " and ")
            let states: [Answer?] = [nil] + Self.answers(of: question).map(Optional.some)
            let isPossible = states.contains { state in tests.allSatisfy { $0.holds(state) } }
            let compilation = TestSources.compile(Self.survey + "  yesno follow_up \"Tell us more?\" when \(condition)\n}\n")
            let isReported = compilation.codes.contains(.E0501)
            if isReported { reported += 1 }
            #expect(isReported == !isPossible, "round \(round): when \(condition)\n\(compilation.shortRendered)")

            // The same tests as the question's own check refuse every answer (E0412) when no answer meets them.
            let isAnswerable = states.dropFirst().contains { state in tests.allSatisfy { $0.holds(state) } }
            let line = Self.survey.split(separator: "\n").first { $0.contains(" \(question) \"") }!
            let checked = Self.survey.replacingOccurrences(of: line, with: line + " check \(condition) else \"Please check.\"")
            let checkedCompilation = TestSources.compile(checked + "}\n")
            #expect(checkedCompilation.codes.contains(.E0412) == !isAnswerable, "round \(round): check \(condition)\n\(checkedCompilation.shortRendered)")

            // Split into two ways, `(…) or (…)`: refused when no answer meets either way.
            guard tests.count >= 2 else { continue }
            let cut = random.within(1...(tests.count - 1))
            let ways = [Array(tests[..<cut]), Array(tests[cut...])]
            let either = ways.map { "(" + $0.map(\.text).joined(separator: " and ") + ")" }.joined(separator: " or ")
            // As a condition: never true (E0501) when no answer, and no lack of one, meets either way.
            let isEitherPossible = states.contains { state in ways.contains { $0.allSatisfy { $0.holds(state) } } }
            let whenEither = TestSources.compile(Self.survey + "  yesno follow_up \"Tell us more?\" when \(either)\n}\n")
            #expect(whenEither.codes.contains(.E0501) == !isEitherPossible, "round \(round): when \(either)\n\(whenEither.shortRendered)")
            let isEitherAnswerable = states.dropFirst().contains { state in ways.contains { $0.allSatisfy { $0.holds(state) } } }
            let eitherCompilation = TestSources.compile(Self.survey.replacingOccurrences(of: line, with: line + " check \(either) else \"Please check.\"") + "}\n")
            #expect(eitherCompilation.codes.contains(.E0412) == !isEitherAnswerable, "round \(round): check \(either)\n\(eitherCompilation.shortRendered)")
        }
        // Both outcomes are drawn often enough to test something.
        #expect(reported > 40 && reported < 360, "\(reported) of 400 reported")
    }
}
