import SurveyBundle

/// One term every respondent who reaches a point must satisfy: a test, `in` or `answered`, perhaps under `not`.
///
/// The terms are those of the conditions' top-level `and`s. An `or`, a role test, or an answer compared with
/// another answer says nothing certain about one answer alone, and is passed over.
struct Term {
    var condition: Condition
    var isNegated: Bool

    var reference: Reference? {
        switch condition {
        case .answered(let ref), .among(let ref, _): ref
        case .test(let ref, _, let value): value.isAnswer ? nil : ref
        case .and, .or, .not, .role: nil
        }
    }

    var sourceText: String { (isNegated ? Condition.not(condition) : condition).sourceText }

    /// Calls `body` with each term of `condition`'s top-level `and`.
    static func forEach(in condition: Condition, isNegated: Bool = false, _ body: (Term) -> Void) {
        switch condition {
        case .and(let terms) where !isNegated:
            for term in terms { forEach(in: term, body) }
        case .or(let terms) where isNegated:
            // `not (a or b)` is `not a and not b`.
            for term in terms { forEach(in: term, isNegated: true, body) }
        case .not(let inner):
            forEach(in: inner, isNegated: !isNegated, body)
        case .answered, .test, .among:
            body(Term(condition: condition, isNegated: isNegated))
        case .and, .or, .role:
            break
        }
    }
}

extension Value {
    var isAnswer: Bool {
        if case .answer = self { return true }
        return false
    }
}

extension Checker {
    /// Why the condition of node `index` can never be true, when its terms on one answer contradict each other,
    /// that question's range, or the terms of the conditions it is nested in; nil when no contradiction is found.
    ///
    /// `caseload > 20 and caseload < 10`, `hours > 100` on a question answered from 0 to 80, and `employer is la`
    /// inside a block `when employer is agency` are such conditions.
    func contradiction(at index: Int) -> String? {
        guard let condition = nodes[index].condition else { return nil }
        var checked: [Reference] = []
        var reason: String?
        Term.forEach(in: condition) { term in
            guard reason == nil, let reference = term.reference, !checked.contains(reference) else { return }
            checked.append(reference)
            var chain: [Int] = []
            var current: Int? = index
            while let node = current {
                chain.append(node)
                current = nodes[node].parent
            }
            // Outermost first, as they are written.
            var terms: [Term] = []
            for node in chain.reversed() {
                guard let condition = nodes[node].condition else { continue }
                Term.forEach(in: condition) { if $0.reference == reference { terms.append($0) } }
            }
            guard let position = questions.position(of: reference.question) else { return }
            reason = AnswerSpace(questions.infos[position], row: reference.row, lookup: { id in
                questions.infos[position].options?.firstIndex { $0.id == id }
            }).contradiction(terms, reference: reference)
        }
        return reason
    }
}

/// The answers one question can have, narrowed term by term.
struct AnswerSpace {
    let kind: QuestionType
    let optionCount: Int
    let exclusive: [Int]
    let optionNames: [String]
    let maxChoices: Int?
    /// The declared range of a number, decimal or scale question.
    let low: Double?
    let high: Double?
    let lookup: (String) -> Int?

    init(_ info: QuestionInfo, row: String?, lookup: @escaping (String) -> Int?) {
        kind = row == nil ? info.kind : .single
        let options = info.options ?? []
        optionCount = info.kind == .yesno ? 2 : options.count
        exclusive = options.indices.filter { options[$0].isExclusive == true }
        optionNames = options.map(\.id)
        maxChoices = info.kind == .multiple ? info.decl.upTo.map { Int($0.value) } : info.kind == .ranking ? info.decl.top.map { Int($0.value) } : nil
        low = info.decl.low?.value
        high = info.decl.high?.value
        self.lookup = lookup
    }

    /// Why no answer, and no lack of one, satisfies every term; nil when one does.
    func contradiction(_ terms: some Collection<Term>, reference: Reference) -> String? {
        let needsAnswer = terms.contains { !$0.isNegated }
        let needsNoAnswer = terms.contains { term in
            if case .answered = term.condition { return term.isNegated }
            return false
        }
        // Every test on a missing answer is false, so without a term that needs an answer, skipping meets them all.
        guard needsAnswer else { return nil }
        let written = terms.map(\.sourceText)
        let together = written.count == 1 ? "`\(written[0])`" : listInWords(written, conjunction: "and") + " together"
        if needsNoAnswer { return "`\(reference.name)` would have to be both answered and skipped to meet \(together)" }
        let isSatisfiable = switch kind {
        case .single, .yesno, .grid: choiceIsPossible(terms)
        case .multiple, .ranking: selectionIsPossible(terms)
        case .number, .decimal, .scale: numberIsPossible(terms)
        case .text: textIsPossible(terms)
        }
        if isSatisfiable { return nil }
        let range = low.flatMap { low in high.map { " (from \(Value.number(low).sourceText) to \(Value.number($0).sourceText))" } } ?? ""
        return "no answer to `\(reference.name)`\(range)\(selectionLimit(terms)) meets \(together)"
    }

    /// Whether one option of a single-answer question (or statement) satisfies every term.
    func choiceIsPossible(_ terms: some Collection<Term>) -> Bool {
        (0..<optionCount).contains { chosen in
            terms.allSatisfy { term in
                let holds: Bool? = switch term.condition {
                case .answered: true
                case .among(_, let values): positions(values).map { $0.contains(chosen) }
                case .test(_, let comparison, let value):
                    positions([value]).map { targets in
                        switch comparison {
                        case .is: targets.contains(chosen)
                        case .isNot: !targets.contains(chosen)
                        case .less: chosen < targets[0]
                        case .lessOrEqual: chosen <= targets[0]
                        case .greater: chosen > targets[0]
                        case .greaterOrEqual: chosen >= targets[0]
                        case .includes: true
                        }
                    }
                default: nil
                }
                // A term that cannot be judged is taken to hold.
                return holds.map { $0 != term.isNegated } ?? true
            }
        }
    }

    func positions(_ values: [Value]) -> [Int]? {
        var result: [Int] = []
        for value in values {
            switch value {
            case .option(let id): guard let position = lookup(id) else { return nil }; result.append(position)
            case .bool(let yes): result.append(yes ? 0 : 1)
            default: return nil
            }
        }
        return result
    }

    /// Whether one selection of options satisfies every `includes` term and the question's limits.
    func selectionIsPossible(_ terms: some Collection<Term>) -> Bool {
        let (required, forbidden) = includedOptions(terms)
        return required.isDisjoint(with: forbidden) && selectionLimit(terms).isEmpty
    }

    /// The options a selection must include and must leave out.
    func includedOptions(_ terms: some Collection<Term>) -> (required: Set<Int>, forbidden: Set<Int>) {
        var required: Set<Int> = []
        var forbidden: Set<Int> = []
        for term in terms {
            guard case .test(_, .includes, let value) = term.condition, let position = positions([value])?.first else { continue }
            if term.isNegated { forbidden.insert(position) } else { required.insert(position) }
        }
        return (required, forbidden)
    }

    /// The limit of a multiple or ranking question that the options the terms require break, in words; empty when none.
    func selectionLimit(_ terms: some Collection<Term>) -> String {
        guard kind == .multiple || kind == .ranking else { return "" }
        let required = includedOptions(terms).required
        if let maxChoices, required.count > maxChoices { return " (at most \(maxChoices) options)" }
        if required.count > 1, let alone = exclusive.first(where: required.contains) {
            return " (`\(optionNames[alone])` is chosen alone)"
        }
        return ""
    }

    /// Whether one number satisfies every term and the question's range.
    func numberIsPossible(_ terms: some Collection<Term>) -> Bool {
        var lower = (value: low ?? -.infinity, isIncluded: true)
        var upper = (value: high ?? .infinity, isIncluded: true)
        var candidates: [Double]?
        var excluded: [Double] = []
        func atLeast(_ value: Double, _ isIncluded: Bool) {
            if value > lower.value || (value == lower.value && !isIncluded) { lower = (value, isIncluded) }
        }
        func atMost(_ value: Double, _ isIncluded: Bool) {
            if value < upper.value || (value == upper.value && !isIncluded) { upper = (value, isIncluded) }
        }
        func only(_ values: [Double]) { candidates = candidates.map { $0.filter(values.contains) } ?? values }
        for term in terms {
            switch term.condition {
            case .among(_, let values):
                let numbers = values.compactMap(\.number)
                if term.isNegated { excluded += numbers } else { only(numbers) }
            case .test(_, let comparison, .number(let value)):
                switch (comparison, term.isNegated) {
                case (.is, false), (.isNot, true): only([value])
                case (.is, true), (.isNot, false): excluded.append(value)
                case (.less, false), (.greaterOrEqual, true): atMost(value, false)
                case (.lessOrEqual, false), (.greater, true): atMost(value, true)
                case (.greater, false), (.lessOrEqual, true): atLeast(value, false)
                case (.greaterOrEqual, false), (.less, true): atLeast(value, true)
                case (.includes, _): break
                }
            default:
                break
            }
        }
        let isWhole = kind != .decimal
        func fits(_ value: Double) -> Bool {
            (value > lower.value || (value == lower.value && lower.isIncluded))
                && (value < upper.value || (value == upper.value && upper.isIncluded))
                && (!isWhole || value == value.rounded()) && !excluded.contains(value)
        }
        if let candidates { return candidates.contains(where: fits) }
        guard lower.value <= upper.value else { return false }
        if lower.value == upper.value { return fits(lower.value) }
        guard isWhole else { return true }
        // The whole numbers in the interval, unless every one is excluded: a few at each end are enough to look at.
        var first = lower.value.rounded(.up)
        if first == lower.value && !lower.isIncluded { first += 1 }
        return (0..<(excluded.count + 1)).contains { fits(first + Double($0)) }
    }

    /// Whether one text satisfies every `is`, `is not` and `in` term.
    func textIsPossible(_ terms: some Collection<Term>) -> Bool {
        var candidates: [String]?
        var excluded: [String] = []
        for term in terms {
            let (texts, isOneOf): ([String], Bool) = switch term.condition {
            case .test(_, .is, .text(let text)): ([text], !term.isNegated)
            case .test(_, .isNot, .text(let text)): ([text], term.isNegated)
            case .among(_, let values): (values.compactMap(\.text), !term.isNegated)
            default: ([], false)
            }
            if isOneOf { candidates = candidates.map { $0.filter(texts.contains) } ?? texts } else { excluded += texts }
        }
        return candidates.map { $0.contains { !excluded.contains($0) } } ?? true
    }
}

extension Value {
    var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
