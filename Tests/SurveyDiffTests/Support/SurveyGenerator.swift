import SeededRandom
import SurveyBundle

/// Builds random but well-formed surveys, and random edits of them, from a seed.
struct SurveyGenerator {
    var random: SplitMix64
    private var counter = 0

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    private static let words = [
        "work", "team", "manager", "supervision", "caseload", "children", "families", "pay", "training", "valued",
        "support", "time", "week", "month", "year", "agency", "council", "practice", "stress", "travel", "office",
        "home", "career", "leave", "stay", "racism", "culture", "feedback", "workload", "hours", "cases", "visits",
        "court", "reports", "colleagues", "leaders", "change", "future", "plans", "progress",
    ]
    private static let kinds: [QuestionType] = [.single, .multiple, .ranking, .text, .number, .decimal, .scale, .grid, .yesno]

    mutating func freshID(_ prefix: String) -> String {
        counter += 1
        return "\(prefix)\(counter)"
    }

    mutating func text(words count: Int) -> String {
        let body = (0..<count).map { _ in random.pick(Self.words) }.joined(separator: " ")
        return body.prefix(1).uppercased() + body.dropFirst() + "?"
    }

    mutating func options(_ count: Int) -> [Option] {
        let hasCodes = random.chance(0.5)
        return (0..<count).map { index in
            option(freshID("o"), text(words: 1 + random.below(4)), code: hasCodes ? index + 1 : nil,
                   exclusive: random.chance(0.1) ? true : nil)
        }
    }

    mutating func question(id: String? = nil) -> Question {
        var question = Question(id: id ?? freshID("q"), type: random.pick(Self.kinds), text: text(words: 4 + random.below(8)))
        question.isRequired = random.chance(0.3)
        if random.chance(0.2) { question.help = text(words: 5) }
        switch question.type {
        case .single, .multiple, .ranking:
            question.options = options(2 + random.below(5))
            if question.type == .multiple, random.chance(0.5) { question.maxChoices = 2 }
        case .grid:
            question.options = options(3 + random.below(3))
            question.rows = (0..<(1 + random.below(4))).map { _ in Row(id: freshID("r"), text: text(words: 4)) }
        case .number, .decimal:
            question.min = 0
            question.max = Double(10 * (1 + random.below(10)))
        case .scale:
            question.min = Double(random.below(2))
            question.max = random.chance(0.5) ? 5 : 10
        case .text:
            question.maxLength = random.chance(0.5) ? 500 : nil
        case .yesno:
            break
        }
        return question
    }

    /// A condition on an earlier choice or yes/no question, if there is one.
    mutating func condition(on earlier: [Question]) -> Condition? {
        let candidates = earlier.filter { $0.type == .single || $0.type == .yesno }
        guard !candidates.isEmpty else { return nil }
        let target = random.pick(candidates)
        let value: Value = target.type == .yesno ? .bool(random.chance(0.5)) : .option(random.pick(target.options!).id)
        let test = Condition.test(Reference(question: target.id), .is, value)
        return random.chance(0.2) ? .not(test) : test
    }

    mutating func items(count: Int, depth: Int, earlier: inout [Question]) -> [Item] {
        var items: [Item] = []
        for _ in 0..<count {
            let roll = random.below(10)
            if roll == 0 {
                items.append(note(text(words: 6)))
            } else if roll == 1, depth < 3, let condition = condition(on: earlier) {
                items.append(.block(Block(condition: condition, items: self.items(count: 1 + random.below(4), depth: depth + 1, earlier: &earlier))))
            } else {
                var question = question()
                if random.chance(0.2) { question.condition = condition(on: earlier) }
                earlier.append(question)
                items.append(.question(question))
            }
        }
        return items
    }

    /// A survey with about `questions` questions spread over a few sections, and perhaps roles.
    mutating func survey(questions: Int) -> Survey {
        let roleCount = random.chance(0.5) ? 0 : 2 + random.below(3)
        let roleIDs = (0..<roleCount).map { "role\($0)" }
        var earlier: [Question] = []
        var sections: [Section] = []
        if roleCount > 0 {
            let screener = choice(.single, "screen", "Which best describes you?", roleIDs.map { option("is_\($0)", "I am \($0)") }) { $0.isRequired = true }
            if case .question(let question) = screener { earlier.append(question) }
            sections.append(section("screener", "Screener", screener))
        }
        let sectionCount = 1 + random.below(5)
        var remaining = questions
        for index in 0..<sectionCount {
            let share = index == sectionCount - 1 ? remaining : Swift.max(1, remaining / (sectionCount - index))
            remaining -= share
            var condition: Condition?
            if roleCount > 0, random.chance(0.4) {
                condition = .role(roleIDs.filter { _ in random.chance(0.5) }.ifEmpty([roleIDs[0]]))
            }
            let items = self.items(count: Swift.max(share, 1), depth: 0, earlier: &earlier)
            sections.append(Section(id: "s\(index)", title: text(words: 3), condition: condition, items: items))
        }
        return Survey(
            id: "generated", title: text(words: 3), version: "1", anonymous: random.chance(0.5), minutes: 10,
            roles: roleIDs.map { role($0, "Role \($0)", answer("screen", is: "is_\($0)")) }, screener: roleCount > 0 ? ["screen"] : [],
            sections: sections, summaries: []
        ).withSummaries()
    }

    /// The survey after a few random edits, none of which declares a `continues` link.
    mutating func edit(_ survey: Survey, times: Int) -> Survey {
        var result = survey
        for _ in 0..<times { result = editOnce(result) }
        return result.withSummaries()
    }

    private mutating func editOnce(_ survey: Survey) -> Survey {
        var result = survey
        let ids = survey.questionEntries().map(\.id).filter { $0 != "screen" }
        guard let target = ids.isEmpty ? nil : random.pick(ids) else { return result }
        switch random.below(13) {
        case 0:
            result.sections = result.sections.map { section in
                var section = section
                section.items = section.items.removingQuestion(target)
                return section
            }
        case 1:
            let index = random.below(result.sections.count)
            result.sections[index].items.append(.question(question()))
        case 2:
            return result.editing(target) { $0.text = text(words: 5) }
        case 3:
            return result.editing(target) { question in
                if question.options != nil { question.options!.append(option(freshID("o"), text(words: 2))) }
            }
        case 4:
            return result.editing(target) { question in
                if let count = question.options?.count, count > 1 { question.options!.remove(at: random.below(count)) }
            }
        case 5:
            return result.editing(target) { question in
                if let count = question.options?.count, count > 0 { question.options![random.below(count)].code = 99 }
            }
        case 6:
            return result.editing(target) { $0.isRequired.toggle() }
        case 7:
            return result.editing(target) { $0.condition = $0.condition == nil ? .answered(Reference(question: "screen")) : nil }
        case 8:
            result.sections.append(section(freshID("extra"), "Extra", .question(question())))
        case 9:
            if result.sections.count > 1 { result.sections.remove(at: random.below(result.sections.count)) }
        case 11:
            // A grid's statements, so that statement verdicts are exercised as often as options are.
            let grids = ids.filter { survey.question($0)?.type == .grid }
            guard let grid = grids.isEmpty ? nil : random.pick(grids) else { return result }
            return result.editing(grid) { question in
                guard let count = question.rows?.count else { return }
                switch random.below(3) {
                case 0 where count > 1: question.rows!.remove(at: random.below(count))
                case 1: question.rows![random.below(count)].text = text(words: 4)
                default: question.rows!.insert(Row(id: freshID("r"), text: text(words: 4)), at: random.below(count + 1))
                }
            }
        case 10:
            if !result.roles.isEmpty, random.chance(0.5) { result.roles.removeLast() } else { result.roles.append(role(freshID("role"), "New role", .and([]))) }
        default:
            result.title = text(words: 2)
            result.version = "2"
        }
        return result
    }
}

extension Array {
    fileprivate func ifEmpty(_ fallback: [Element]) -> [Element] { isEmpty ? fallback : self }
}

extension [Item] {
    func removingQuestion(_ id: String) -> [Item] {
        compactMap { item in
            switch item {
            case .question(let question) where question.id == id: return nil
            case .block(var block):
                block.items = block.items.removingQuestion(id)
                return .block(block)
            default: return item
            }
        }
    }
}
