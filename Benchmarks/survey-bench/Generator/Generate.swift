import SeededRandom
/// Builds a synthetic survey of exactly `questions` questions, the same for the same seed.
///
/// Version 2 is version 1 with the edits of a second wave (reworded, renamed with `continues`,
/// an option added, a range widened, a question made required), drawn from a second generator so
/// that both versions share their structure and `survey diff` has real work to do.
func generateSurvey(questions: Int, seed: UInt64, version: Int = 1) -> SyntheticSurvey {
    var generator = SurveyGenerator(seed: seed, version: version)
    return generator.run(questions: max(questions, 3))
}

/// An earlier required question that later conditions may test: one asked wherever they are, so that no
/// condition needs an answer the conditions around it rule out (`survey check` reports that as E0501). A
/// question with a condition of its own routes nothing, and one inside a block routes only inside it.
struct Router {
    var id: String
    var kind: Kind
    /// Option identifiers as first generated (edits of version 2 never change what conditions read).
    var options: [String]
    var exclusive: Set<String>
    var isOrdered: Bool
    var range: (low: Int, high: Int)?
}

struct SurveyGenerator {
    var random: SplitMix64
    /// Draws the second wave's edits; advanced the same way in both versions so the structure stays the same.
    var edits: SplitMix64
    let version: Int
    var count = 0
    var usedLists: Set<String> = []
    var serial = 0
    /// The questions the conditions of the blocks being filled test.
    var enclosingTests: Set<String> = []

    init(seed: UInt64, version: Int) {
        random = SplitMix64(seed: seed)
        edits = SplitMix64(seed: seed ^ 0x5EED_0F_2ED_0A7E)
        self.version = version
    }

    static let roleIDs = ["la_practitioner", "la_manager", "agency_practitioner", "agency_manager", "student"]

    mutating func run(questions target: Int) -> SyntheticSurvey {
        var sections = [screenerSection()]
        var number = 1
        while count < target {
            sections.append(section(number, questionBudget: target - count))
            number += 1
        }
        let lists = SurveyGenerator.allLists.filter { usedLists.contains($0.id) }
        return SyntheticSurvey(
            id: "synthetic_\(target)", version: String(version), roles: roles(), lists: lists,
            sections: sections, questionCount: count)
    }

    func roles() -> [SyntheticRole] {
        [
            SyntheticRole(id: "la_practitioner", label: "Local authority practitioner",
                          rule: .and([.isOption("employment", "local_authority"), .isOption("level", "practitioner")])),
            SyntheticRole(id: "la_manager", label: "Local authority manager",
                          rule: .and([.isOption("employment", "local_authority"), .isOption("level", "manager")])),
            SyntheticRole(id: "agency_practitioner", label: "Agency practitioner",
                          rule: .and([.isOption("employment", "agency"), .isOption("level", "practitioner")])),
            SyntheticRole(id: "agency_manager", label: "Agency manager",
                          rule: .and([.isOption("employment", "agency"), .isOption("level", "manager")])),
            SyntheticRole(id: "student", label: "Social work student", rule: .isOption("employment", "student")),
        ]
    }

    /// The screener: the two questions the role rules read, and the region every respondent gives.
    mutating func screenerSection() -> SyntheticSection {
        var employment = QuestionSpec(kind: .single, id: "employment", text: TextSpec(words: "How are you employed in your current social work role?"))
        employment.isRequired = true
        employment.options = [
            OptionSpec(id: "local_authority", label: "Directly by a local authority", code: 1),
            OptionSpec(id: "agency", label: "Through an agency", code: 2),
            OptionSpec(id: "student", label: "I am a social work student", code: 3),
        ]
        employment.effectiveOptions = employment.options!
        var level = QuestionSpec(kind: .single, id: "level", text: TextSpec(words: "Which best describes your job?"))
        level.isRequired = true
        level.condition = .among("employment", ["local_authority", "agency"])
        level.options = [
            OptionSpec(id: "practitioner", label: "Practitioner holding cases", code: 1),
            OptionSpec(id: "manager", label: "Manager or supervisor", code: 2),
        ]
        level.effectiveOptions = level.options!
        var region = QuestionSpec(kind: .single, id: "region", text: TextSpec(words: "Where do you work?"))
        region.isRequired = true
        region.list = "regions"
        usedLists.insert("regions")
        region.effectiveOptions = SurveyGenerator.list("regions").options
        count += 3
        return SyntheticSection(
            id: "about_you", title: "About you and your work", condition: nil,
            items: [
                .note(TextSpec(words: "Please answer about your current job or placement."), nil),
                .question(employment), .question(level), .question(region),
            ])
    }

    mutating func section(_ number: Int, questionBudget: Int) -> SyntheticSection {
        let condition: Rule? = switch number % 4 {
        case 1: .role(["la_practitioner", "la_manager"])
        case 2: .role(["agency_practitioner", "agency_manager"])
        case 3: .not(.role(["student"]))
        default: nil
        }
        let size = min(random.within(15...30), questionBudget)
        var routers: [Router] = []
        var items: [SyntheticItem] = []
        var made = 0
        while made < size {
            let roll = random.below(100)
            if roll < 5 {
                items.append(.note(TextSpec(words: sentence(6...12, end: ".")), routers.isEmpty || random.percent(60) ? nil : rule(from: routers)))
            } else if roll < 15, !routers.isEmpty, size - made >= 2, let rule = rule(from: routers) {
                let inner = min(random.within(2...5), size - made)
                var inside = routers
                items.append(.block(rule, block(questions: inner, routers: &inside, depth: 1, testing: rule)))
                made += inner
            } else if roll < 19, condition == nil, size - made >= 2 {
                let inner = min(random.within(2...4), size - made)
                let roles = random.sample(SurveyGenerator.roleIDs, random.within(1...2))
                // Questions asked only of these roles route nothing after the block: other roles never answer them.
                var inside = routers
                items.append(.block(.role(roles), block(questions: inner, routers: &inside, depth: 1, testing: .role(roles))))
                made += inner
            } else {
                made += addQuestions(to: &items, routers: &routers, limit: size - made)
            }
        }
        return SyntheticSection(id: "s\(number)", title: "Part \(number): " + phrase(2...5), condition: condition, items: items)
    }

    /// The items of a block whose condition is `condition`: the conditions inside test other questions than it
    /// does, so that none contradicts it (`survey check` reports a condition that can never be true).
    mutating func block(questions: Int, routers: inout [Router], depth: Int, testing condition: Rule) -> [SyntheticItem] {
        let outer = enclosingTests
        enclosingTests.formUnion(condition.questions)
        defer { enclosingTests = outer }
        var items: [SyntheticItem] = []
        var made = 0
        while made < questions {
            if depth < 2, !routers.isEmpty, questions - made >= 3, random.percent(10), let rule = rule(from: routers) {
                let inner = random.within(2...(questions - made))
                var inside = routers
                items.append(.block(rule, block(questions: inner, routers: &inside, depth: depth + 1, testing: rule)))
                made += inner
            } else {
                made += addQuestions(to: &items, routers: &routers, limit: questions - made)
            }
        }
        return items
    }

    /// Adds one question, or a `number` and `decimal` pair with a validation rule; returns how many.
    mutating func addQuestions(to items: inout [SyntheticItem], routers: inout [Router], limit: Int) -> Int {
        let roll = random.below(100)
        let kind: Kind = switch roll {
        case ..<20: .single
        case ..<32: .yesno
        case ..<42: .multiple
        case ..<54: .number
        case ..<58: .decimal
        case ..<68: .scale
        case ..<79: .grid
        case ..<90: .text
        default: .ranking
        }
        var question = makeQuestion(kind, routers: routers)
        if kind == .number, limit >= 2, random.percent(40) {
            // The pair every workforce survey has: hours worked, then hours paid, with a cross-field rule.
            question.isRequired = true
            var workedRouter: Router? = router(for: question)
            finish(&question, router: &workedRouter)
            let worked = question
            var paid = makeQuestion(.decimal, routers: routers)
            paid.range = worked.range
            paid.unit = worked.unit
            paid.condition = nil
            var none: Router?
            finish(&paid, router: &none)
            paid.checks = [(.compareAnswers(paid.id, "<=", worked.id), "This cannot be more than your answer to the previous question.")]
            if worked.condition == nil { routers.append(workedRouter!) }
            items.append(.question(worked))
            items.append(.question(paid))
            return 2
        }
        var routing: Router?
        if [.single, .yesno, .multiple, .number, .scale].contains(kind), random.percent(45) {
            question.isRequired = true
            if question.condition == nil { routing = router(for: question) }
        }
        finish(&question, router: &routing)
        if let routing { routers.append(routing) }
        items.append(.question(question))
        return 1
    }

    func router(for question: QuestionSpec) -> Router {
        Router(
            id: question.id, kind: question.kind, options: question.effectiveOptions.map(\.id),
            exclusive: Set(question.effectiveOptions.filter(\.isExclusive).map(\.id)),
            isOrdered: question.isListOrdered, range: question.range)
    }

    mutating func makeQuestion(_ kind: Kind, routers: [Router]) -> QuestionSpec {
        count += 1
        serial += 1
        let words = sentence(6...14, end: "?")
        var pipe: (String, String)?
        if let source = routers.last, random.percent(6) { pipe = (source.id, "your earlier answer") }
        var question = QuestionSpec(kind: kind, id: "\(random.pick(SurveyGenerator.stems))_\(serial)", text: TextSpec(words: words, pipe: pipe))
        if random.percent(15) { question.help = sentence(5...12, end: ".") }
        if random.percent(20) { question.isRequired = true }
        switch kind {
        case .single:
            if random.percent(55) {
                let list = random.pick(["agreement", "frequency", "likelihood", "regions"])
                useList(list, in: &question)
            } else {
                question.options = inlineOptions(random.within(3...6), specifyLast: random.percent(25), exclusiveLast: false)
                question.effectiveOptions = question.options!
                if random.percent(20) {
                    question.isListOrdered = true
                }
            }
        case .multiple:
            if random.percent(50) {
                useList("supports", in: &question)
            } else {
                question.options = inlineOptions(random.within(4...8), specifyLast: false, exclusiveLast: random.percent(50))
                question.effectiveOptions = question.options!
            }
            let choosable = question.effectiveOptions.count - question.effectiveOptions.filter(\.isExclusive).count
            if random.percent(40) { question.upTo = random.within(2...max(2, choosable)) }
            if random.percent(15) { question.atLeast = 1 }
        case .ranking:
            useList("priorities", in: &question)
            question.top = random.within(2...4)
        case .text:
            if random.percent(30) { question.isLong = true } else if random.percent(40) { question.maxLength = random.pick([80, 200, 1000]) }
        case .number:
            question.range = (0, random.pick([10, 40, 80, 100, 1000]))
            question.unit = random.pick(["hours", "cases", "days", "weeks", "children"])
        case .decimal:
            question.range = (0, random.pick([10, 60, 100]))
            question.unit = random.pick(["hours", "days", "miles"])
        case .scale:
            question.range = random.percent(50) ? (0, 10) : (1, 5)
            question.lowLabel = random.pick(["Not at all", "Very poor", "Never"])
            question.highLabel = random.pick(["Completely", "Excellent", "Always"])
        case .grid:
            useList(random.pick(["agreement", "frequency"]), in: &question)
            let statements = random.within(2...6)
            question.rows = random.sample(SurveyGenerator.statements, statements).map { ($0.0, $0.1) }
        case .yesno:
            break
        }
        if !routers.isEmpty, random.percent(15) { question.condition = rule(from: routers) }
        return question
    }

    /// Applies the second wave's edit after the question's router was taken, so conditions read the same options.
    mutating func finish(_ question: inout QuestionSpec, router: inout Router?) {
        if version > 1 { applyEdit(to: &question) } else { _ = edits.next() }
        router?.id = question.id
    }

    /// The second wave's change to one question, if any; draws one value in every version.
    mutating func applyEdit(to question: inout QuestionSpec) {
        switch edits.below(1000) {
        case ..<40:
            question.text.words = "In the last year, " + question.text.words.prefix(1).lowercased() + question.text.words.dropFirst()
        case ..<55:
            question.continues = question.id
            question.id += "_r"
        case ..<75:
            if question.options != nil {
                question.options!.insert(OptionSpec(id: "added_option", label: "An option added this year", code: 98), at: 0)
                question.effectiveOptions = question.options!
            }
        case ..<85:
            if let range = question.range, question.kind == .number || question.kind == .decimal {
                question.range = (range.low, range.high * 2)
            }
        case ..<95:
            question.isRequired = true
        default:
            break
        }
    }

    mutating func useList(_ id: String, in question: inout QuestionSpec) {
        usedLists.insert(id)
        let list = SurveyGenerator.list(id)
        question.list = id
        question.effectiveOptions = list.options
        question.isListOrdered = list.isOrdered
    }

    mutating func inlineOptions(_ count: Int, specifyLast: Bool, exclusiveLast: Bool) -> [OptionSpec] {
        var options = random.sample(SurveyGenerator.optionWords, count).enumerated().map { index, word in
            OptionSpec(id: word.0, label: word.1, code: index + 1)
        }
        if specifyLast { options.append(OptionSpec(id: "other", label: "Something else", code: 99, isSpecify: true)) }
        if exclusiveLast { options.append(OptionSpec(id: "none", label: "None of these", code: 97, isExclusive: true)) }
        return options
    }

    /// A condition on one or two recent required questions.
    /// A condition on some of the latest routing questions; nil when the enclosing blocks test all of them.
    /// The two tests of an `and` or `or` read two questions, so neither contradicts the other.
    mutating func rule(from routers: [Router]) -> Rule? {
        let recent = routers.suffix(8).filter { !enclosingTests.contains($0.id) }
        guard !recent.isEmpty else { return nil }
        let firstRouter = random.pick(recent)
        let first = test(firstRouter)
        let others = recent.filter { $0.id != firstRouter.id }
        switch random.below(100) {
        case ..<12 where !others.isEmpty: return .and([first, test(random.pick(others))])
        case ..<20 where !others.isEmpty: return .or([first, test(random.pick(others))])
        case ..<25: return .not(first)
        default: return first
        }
    }

    mutating func test(_ router: Router) -> Rule {
        switch router.kind {
        case .single:
            let roll = random.below(100)
            if router.isOrdered, roll < 25 {
                let position = random.within(1...(router.options.count - 1))
                return .orderedAtLeast(router.id, router.options[position], atOrAbove: Array(router.options[position...]))
            }
            if roll < 45 { return .among(router.id, random.sample(router.options, 2)) }
            if roll < 55 { return .isNotOption(router.id, random.pick(router.options)) }
            return .isOption(router.id, random.pick(router.options))
        case .yesno:
            return .yes(router.id, random.percent(70))
        case .multiple:
            return .includes(router.id, random.pick(router.options.filter { !router.exclusive.contains($0) }))
        case .number, .scale:
            let range = router.range ?? (0, 10)
            let comparison = random.pick([">=", ">", "<", "<="])
            return .compare(router.id, comparison, random.within((range.low + 1)...(range.high - 1)))
        default:
            return .yes(router.id, true)
        }
    }

    mutating func sentence(_ length: ClosedRange<Int>, end: String) -> String {
        let words = (0..<random.within(length)).map { _ in random.pick(SurveyGenerator.words) }
        let text = words.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst() + end
    }

    mutating func phrase(_ length: ClosedRange<Int>) -> String {
        let text = (0..<random.within(length)).map { _ in random.pick(SurveyGenerator.words) }.joined(separator: " ")
        return text.prefix(1).uppercased() + text.dropFirst()
    }
}
