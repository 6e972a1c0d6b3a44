import SeededRandom
import Foundation
import SurveyBundle
import SurveyRuntime
import Testing

/// Seeded random respondents on the shipped surveys: valid and invalid answers, skips and going back.
/// No question is shown while its conditions are false, every session ends within a bound once the
/// respondent only moves forward, and the final response holds only answers to questions shown, each of its type.
/// Every response, part-way and complete, replays to itself (`LoadedSurvey.replay`).
struct RandomSessionTests {
    static let cases: [(String, UInt64)] = ShippedSurveys.names.flatMap { name in (0..<15).map { (name, UInt64($0)) } }

    @Test(arguments: cases)
    func `a random respondent sees only questions whose conditions hold and ends with a valid response`(
        name: String, seed: UInt64
    ) throws {
        let loaded = try LoadedSurvey.load(try ShippedSurveys.bundleData(name))
        let conditions = DisplayConditions(loaded.survey)
        var random = SplitMix64(seed: seed)
        var session = Session(loaded)
        var shown: Set<String> = []
        let replay = "\(name), seed \(seed)"

        func look() {
            guard case .question(let question)? = session.current else { return }
            shown.insert(question.id)
            #expect(conditions.allHold(for: question.id, in: session), "\(replay): `\(question.id)` shown with a false condition")
        }

        look()
        for _ in 0..<300 {
            switch session.current {
            case .question(let question)?:
                switch Int.random(in: 0..<10, using: &random) {
                case 0: session.back()
                case 1: try? session.skip()
                case 2, 3: try? session.answer(invalidAnswer(question, &random))
                default: try? session.answer(validAnswer(question, &random))
                }
            case .note?:
                if Int.random(in: 0..<6, using: &random) == 0 { session.back() } else { try session.proceed() }
            case nil:
                if Int.random(in: 0..<3, using: &random) == 0 { session.back() }
            }
            look()
        }

        // Whatever the moves, the response so far is one a new session takes back as it is (`survey export`).
        #expect(try loaded.replay(session.response) == session.response, "\(replay): the response so far does not replay to itself")

        // Moving only forward, every step passes an item, so the end comes within one step per item.
        let bound = loaded.questions.count + countNotes(loaded.survey) + 1
        var steps = 0
        while let item = session.current, steps <= bound {
            steps += 1
            switch item {
            case .question(let question):
                if (try? session.skip()) == nil {
                    let accepted = fallbackAnswers(question).contains { (try? session.answer($0)) != nil }
                    #expect(accepted, "\(replay): no answer to `\(question.id)` is accepted")
                    if !accepted { return }
                }
            case .note:
                try session.proceed()
            }
            look()
        }
        #expect(session.isComplete, "\(replay): not complete after \(bound) forward steps")

        let response = session.response
        #expect(response.completed)
        #expect(try loaded.replay(response) == response, "\(replay): the complete response does not replay to itself")
        for (id, answer) in response.answers {
            #expect(shown.contains(id), "\(replay): `\(id)` answered but never shown")
            let question = try #require(loaded.question(id))
            #expect(fits(answer, question), "\(replay): the answer to `\(id)` does not fit its type")
        }
    }
}

/// A random answer that fits the question's type, options and bounds (a check may still refuse it).
private func validAnswer(_ question: Question, _ random: inout SplitMix64) -> Answer {
    let options = (question.options ?? []).filter { $0.isExclusive != true }.map(\.id)
    let low = question.min ?? 0
    let high = max(low, question.max ?? low + 100)
    switch question.type {
    case .single: return .option((question.options ?? []).randomElement(using: &random)?.id ?? "none")
    case .multiple, .ranking:
        let most = min(question.maxChoices ?? options.count, options.count)
        let fewest = min(max(question.minChoices ?? 1, 1), most)
        let count = Int.random(in: fewest...max(fewest, most), using: &random)
        return .options(Array(options.shuffled(using: &random).prefix(count)))
    case .text: return .text("answer \(random.next() % 1000)")
    case .number: return .number(Int.random(in: Int(low)...Int(high), using: &random))
    case .decimal: return .decimal(Double.random(in: low...high, using: &random))
    case .scale: return .scale(Int.random(in: Int(low)...Int(high), using: &random))
    case .grid:
        let ids = (question.options ?? []).map(\.id)
        return .grid(Dictionary(uniqueKeysWithValues: (question.rows ?? []).map { ($0.id, ids.randomElement(using: &random) ?? "") }))
    case .yesno: return .yesno(Bool.random(using: &random))
    }
}

/// An answer the question refuses: the wrong kind, an unknown option, out of range or empty.
private func invalidAnswer(_ question: Question, _ random: inout SplitMix64) -> Answer {
    switch Int.random(in: 0..<5, using: &random) {
    case 0: return question.type == .yesno ? .text("yes") : .yesno(true)
    case 1: return .option("no_such_option")
    case 2: return .number(Int(question.max ?? 1_000_000) + 1)
    case 3: return .text("   ")
    default: return .grid([:])
    }
}

/// Answers tried in turn to move past a required question.
private func fallbackAnswers(_ question: Question) -> [Answer] {
    let ids = (question.options ?? []).map(\.id)
    let low = question.min ?? 0
    var answers: [Answer] = ids.map { .option($0) } + ids.map { .options([$0]) }
    answers += [.text("answer"), .number(Int(low)), .decimal(low), .scale(Int(low)), .yesno(true)]
    if let first = ids.first { answers.append(.grid(Dictionary(uniqueKeysWithValues: (question.rows ?? []).map { ($0.id, first) }))) }
    return answers
}

/// Whether a recorded answer is of the question's kind and names only its options and statements.
private func fits(_ answer: ResponseAnswer, _ question: Question) -> Bool {
    let ids = Set((question.options ?? []).map(\.id))
    let rows = Set((question.rows ?? []).map(\.id))
    func inRange(_ value: Double) -> Bool { value >= (question.min ?? -.infinity) && value <= (question.max ?? .infinity) }
    switch (question.type, answer) {
    case (.single, .option(let chosen)): return ids.contains(chosen.option)
    case (.multiple, .options(let chosen)), (.ranking, .options(let chosen)):
        return !chosen.isEmpty && chosen.allSatisfy { ids.contains($0.option) }
    case (.text, .text(let text)): return !text.allSatisfy(\.isWhitespace)
    case (.number, .number(let number)), (.scale, .scale(let number)): return inRange(Double(number))
    case (.decimal, .decimal(let decimal)): return decimal.isFinite && inRange(decimal)
    case (.grid, .grid(let cells)): return !cells.isEmpty && cells.allSatisfy { rows.contains($0.key) && ids.contains($0.value.option) }
    case (.yesno, .yesno): return true
    default: return false
    }
}

private func countNotes(_ survey: Survey) -> Int {
    func count(_ items: [Item]) -> Int {
        items.reduce(0) { total, item in
            switch item {
            case .note: total + 1
            case .question: total
            case .block(let block): total + count(block.items)
            }
        }
    }
    return survey.sections.reduce(0) { $0 + count($1.items) }
}

/// Every condition that decides whether a question is shown (its section's, its blocks' and its own),
/// evaluated here independently of the runtime: a test on an unanswered question, or on the role before
/// it is known, is false, and `not` is plain negation (grammar.md, section 7).
struct DisplayConditions {
    let conditions: [String: [Condition]]
    let questions: [String: Question]

    init(_ survey: Survey) {
        var conditions: [String: [Condition]] = [:]
        var questions: [String: Question] = [:]
        for (question, _, enclosing) in survey.questionsInOrder {
            conditions[question.id] = enclosing
            questions[question.id] = question
        }
        self.conditions = conditions
        self.questions = questions
    }

    func allHold(for id: String, in session: Session) -> Bool {
        (conditions[id] ?? []).allSatisfy { holds($0, session) }
    }

    func holds(_ condition: Condition, _ session: Session) -> Bool {
        switch condition {
        case .and(let terms): return terms.allSatisfy { holds($0, session) }
        case .or(let terms): return terms.contains { holds($0, session) }
        case .not(let term): return !holds(term, session)
        case .answered(let reference): return subject(reference, session) != nil
        case .role(let roles): return session.role.map(roles.contains) ?? false
        case .test(let reference, let comparison, let value):
            guard let subject = subject(reference, session), let value = settled(value, session) else { return false }
            return compare(subject, comparison, value, options: questions[reference.question]?.options ?? [])
        case .among(let reference, let values):
            guard let subject = subject(reference, session) else { return false }
            return values.contains { settled($0, session).map { equals(subject, $0) } ?? false }
        }
    }

    /// The part of an answer a test reads.
    private enum Subject {
        case option(String)
        case options([String])
        case number(Double)
        case text(String)
        case bool(Bool)
        case grid
    }

    private func subject(_ reference: Reference, _ session: Session) -> Subject? {
        guard let answer = session.answer(for: reference.question) else { return nil }
        if let row = reference.row {
            guard case .grid(let cells) = answer, let cell = cells[row] else { return nil }
            return .option(cell)
        }
        switch answer {
        case .option(let id, _): return .option(id)
        case .options(let ids, _): return .options(ids)
        case .text(let text): return .text(text)
        case .number(let number), .scale(let number): return .number(Double(number))
        case .decimal(let decimal): return .number(decimal)
        case .grid: return .grid
        case .yesno(let bool): return .bool(bool)
        }
    }

    private func settled(_ value: Value, _ session: Session) -> Value? {
        guard case .answer(let id) = value else { return value }
        switch session.answer(for: id) {
        case .number(let number)?, .scale(let number)?: return .number(Double(number))
        case .decimal(let decimal)?: return .number(decimal)
        default: return nil
        }
    }

    private func equals(_ subject: Subject, _ value: Value) -> Bool {
        switch (subject, value) {
        case (.option(let a), .option(let b)), (.text(let a), .text(let b)): a == b
        case (.number(let a), .number(let b)): a == b
        case (.bool(let a), .bool(let b)): a == b
        default: false
        }
    }

    private func compare(_ subject: Subject, _ comparison: Comparison, _ value: Value, options: [Option]) -> Bool {
        func position(_ id: String) -> Double? { options.firstIndex { $0.id == id }.map(Double.init) }
        switch comparison {
        case .is: return equals(subject, value)
        case .isNot: return !equals(subject, value)
        case .includes:
            guard case .options(let ids) = subject, case .option(let id) = value else { return false }
            return ids.contains(id)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let pair: (Double, Double)?
            switch (subject, value) {
            case (.number(let a), .number(let b)): pair = (a, b)
            case (.option(let a), .option(let b)): pair = position(a).flatMap { a in position(b).map { (a, $0) } }
            default: pair = nil
            }
            guard let (left, right) = pair else { return false }
            switch comparison {
            case .less: return left < right
            case .lessOrEqual: return left <= right
            case .greater: return left > right
            default: return left >= right
            }
        }
    }
}
