import SurveyBundle

/// One term every respondent who reaches a point must satisfy: a test, `in` or `answered`, perhaps under `not`.
///
/// The terms are those of the conditions' top-level `and`s. An `or`, a role test, or an answer compared with
/// another answer says nothing certain about one answer alone, and is passed over.
struct Term {
    var condition: Condition
    var isNegated: Bool
    /// The answer the term tests.
    var reference: Reference

    var sourceText: String { (isNegated ? Condition.not(condition) : condition).sourceText }

    /// Whether the term can be false for every answer on its own: a number outside the question's range, an
    /// order past the ends of its list (`level < lowest`), or an option beyond what `up to` allows with the
    /// others a selection needs. Whether a single-answer question has an option, or a negated term (true when
    /// the question is skipped), cannot.
    var mayFailAlone: Bool {
        guard !isNegated else { return false }
        return switch condition {
        case .test(_, let comparison, let value):
            value.number != nil || [.less, .lessOrEqual, .greater, .greaterOrEqual, .includes].contains(comparison)
        case .among(_, let values): values.contains { $0.number != nil }
        default: false
        }
    }

    /// The ways `condition` can hold, each the terms that must all hold (its disjunctive normal form, terms only
    /// of the kinds `collect` reads; a part it cannot read holds as far as this knows), or nil past `limit` ways.
    static func disjuncts(_ condition: Condition, isNegated: Bool = false, limit: Int = 64) -> [[Term]]? {
        func all(_ parts: [Condition], negated: Bool) -> [[Term]]? {
            var ways: [[Term]] = [[]]
            for part in parts {
                guard let partWays = disjuncts(part, isNegated: negated, limit: limit), ways.count * partWays.count <= limit else { return nil }
                ways = ways.flatMap { way in partWays.map { way + $0 } }
            }
            return ways
        }
        func any(_ parts: [Condition], negated: Bool) -> [[Term]]? {
            var ways: [[Term]] = []
            for part in parts {
                guard let partWays = disjuncts(part, isNegated: negated, limit: limit), ways.count + partWays.count <= limit else { return nil }
                ways += partWays
            }
            return ways
        }
        switch condition {
        case .and(let parts): return isNegated ? any(parts, negated: true) : all(parts, negated: false)
        case .or(let parts): return isNegated ? all(parts, negated: true) : any(parts, negated: false)
        case .not(let inner): return disjuncts(inner, isNegated: !isNegated, limit: limit)
        default:
            var terms: [Term] = []
            collect(condition, isNegated: isNegated, into: &terms)
            return [terms]
        }
    }

    /// Why every one of `ways` fails, each reason once, in order; nil when `reason` finds one that does not.
    static func everyWayFails(_ ways: [[Term]], reason: ([Term]) -> String?) -> String? {
        var reasons: [String] = []
        for way in ways {
            guard let reason = reason(way) else { return nil }
            if !reasons.contains(reason) { reasons.append(reason) }
        }
        return reasons.joined(separator: "; ")
    }

    /// Whether a condition holds in more than one way: it has an `or`, or a `not` of an `and`.
    static func branches(_ condition: Condition, isNegated: Bool = false) -> Bool {
        switch condition {
        case .or(let parts): !isNegated || parts.contains { branches($0, isNegated: true) }
        case .and(let parts): isNegated || parts.contains { branches($0, isNegated: false) }
        case .not(let inner): branches(inner, isNegated: !isNegated)
        case .answered, .test, .among, .role: false
        }
    }

    /// Appends the terms of `condition`'s top-level `and`.
    static func collect(_ condition: Condition, isNegated: Bool = false, into terms: inout [Term]) {
        switch condition {
        case .and(let parts) where !isNegated:
            for part in parts { collect(part, into: &terms) }
        case .or(let parts) where isNegated:
            // `not (a or b)` is `not a and not b`.
            for part in parts { collect(part, isNegated: true, into: &terms) }
        case .not(let inner):
            collect(inner, isNegated: !isNegated, into: &terms)
        case .answered(let ref), .among(let ref, _):
            terms.append(Term(condition: condition, isNegated: isNegated, reference: ref))
        case .test(let ref, _, let value):
            if !value.isAnswer { terms.append(Term(condition: condition, isNegated: isNegated, reference: ref)) }
        case .and, .or, .role:
            break
        }
    }
}

extension Checker {
    /// Why a condition whose terms are `own` can never be true, when its terms on one answer contradict each
    /// other, that question's range, or the terms `inherited` from the conditions it is nested in; nil when no
    /// contradiction is found.
    ///
    /// `caseload > 20 and caseload < 10`, `hours > 100` on a question answered from 0 to 80, and `employer is la`
    /// inside a block `when employer is agency` are such conditions.
    func contradiction(_ own: [Term], inherited: [Term]) -> String? {
        for (index, term) in own.enumerated() {
            let reference = term.reference
            // Each answer once, at its first term.
            if own[..<index].contains(where: { $0.reference == reference }) { continue }
            // Most conditions are one test that some answer meets, on an answer nothing around them tests.
            if own.count == 1 && !term.mayFailAlone && !inherited.contains(where: { $0.reference == reference }) { continue }
            // Outermost first, as they are written.
            let terms = (inherited + own).filter { $0.reference == reference }
            if terms.count == 1 && !term.mayFailAlone { continue }
            guard let position = questions.position(of: reference.question) else { continue }
            let space = AnswerSpace(questions.infos[position], row: reference.row)
            if let reason = space.contradiction(terms, reference: reference) { return reason }
        }
        return nil
    }
}

/// The answers one question can have, narrowed term by term.
struct AnswerSpace {
    let kind: QuestionType
    /// The options of a choice question or grid, or none.
    let options: [Option]
    let maxChoices: Int?
    /// The fewest options a `multiple` answer holds (`at least`).
    let minChoices: Int?
    /// The declared range of a number, decimal or scale question.
    let low: Double?
    let high: Double?

    /// The answers to `info`'s question, or to its statement `row`.
    init(_ info: QuestionInfo, row: String?) {
        kind = row == nil ? info.kind : .single
        options = info.options ?? []
        maxChoices = switch info.kind {
        case .multiple: info.decl.upTo.map { Int($0.value) }
        case .ranking: info.decl.top.map { Int($0.value) }
        default: nil
        }
        minChoices = info.kind == .multiple ? info.decl.atLeast.map { Int($0.value) } : nil
        low = info.decl.low?.value
        high = info.decl.high?.value
    }

    var optionCount: Int { kind == .yesno ? 2 : options.count }

    /// Why no answer, and no lack of one, satisfies every term; nil when one does. When `isAnswered`, only
    /// answers count: a question's checks are tested on the answer given.
    func contradiction(_ terms: some Collection<Term>, reference: Reference, isAnswered: Bool = false) -> String? {
        let needsAnswer = isAnswered || terms.contains { !$0.isNegated }
        let needsNoAnswer = terms.contains { term in
            if case .answered = term.condition { return term.isNegated }
            return false
        }
        // Every test on a missing answer is false, so without a term that needs an answer, skipping meets them all.
        guard needsAnswer else { return nil }
        let hasAnswer = switch kind {
        case .single, .yesno, .grid: choiceIsPossible(terms)
        case .multiple, .ranking: selectionIsPossible(terms)
        case .number, .decimal, .scale: numberIsPossible(terms)
        case .text: textIsPossible(terms)
        }
        if hasAnswer && !needsNoAnswer { return nil }
        let written = terms.map(\.sourceText)
        let together = written.count == 1 ? "`\(written[0])`" : listInWords(written, conjunction: "and") + " together"
        if needsNoAnswer { return "`\(reference.name)` would have to be both answered and skipped to meet \(together)" }
        let bounds = low.flatMap { low in high.map { "from \(Value.number(low).sourceText) to \(Value.number($0).sourceText)" } }
        let range = switch kind {
        case .number, .scale: " (a whole number" + (bounds.map { " " + $0 } ?? "") + ")"
        case .decimal: bounds.map { " (\($0))" } ?? ""
        default: ""
        }
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
            case .option(let id):
                guard let position = options.firstIndex(where: { $0.id == id }) else { return nil }
                result.append(position)
            case .bool(let yes): result.append(yes ? 0 : 1)
            default: return nil
            }
        }
        return result
    }

    /// Whether one selection of options satisfies every `includes` term and the question's limits: it holds
    /// the options the terms require and none they forbid, at least one and at most the limit, and an
    /// exclusive option alone, which is a whole answer whatever `at least` asks.
    func selectionIsPossible(_ terms: some Collection<Term>) -> Bool {
        let (required, forbidden) = includedOptions(terms)
        guard required.isDisjoint(with: forbidden), selectionLimit(terms).isEmpty else { return false }
        let allowed = options.indices.filter { !forbidden.contains($0) }
        let least = max(required.count, minChoices ?? 1, 1)
        if least == 1 { return required.isEmpty ? !allowed.isEmpty : true }
        if allowed.contains(where: { options[$0].isExclusive == true && required.isSubset(of: [$0]) }) { return true }
        // Two or more options: none of them exclusive.
        let choosable = allowed.filter { options[$0].isExclusive != true }
        return least <= (maxChoices ?? .max) && choosable.count >= least && required.allSatisfy(choosable.contains)
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
        if required.count > 1, let alone = required.sorted().first(where: { options[$0].isExclusive == true }) {
            return " (`\(options[alone].id)` is chosen alone)"
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
        // Of any excluded.count + 1 whole numbers in the interval one is not excluded: the lowest ones are looked at.
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
    /// Whether the value is another question's answer, as in `paid <= worked`.
    var isAnswer: Bool {
        if case .answer = self { return true }
        return false
    }

    var number: Double? {
        if case .number(let number) = self { return number }
        return nil
    }

    var text: String? {
        if case .text(let text) = self { return text }
        return nil
    }
}
