import SurveyBundle

/// A truth value that may not be known when checking: Kleene's three-valued logic.
public enum Truth: Sendable {
    case yes, no, unknown

    static func and(_ values: some Sequence<Truth>) -> Truth {
        var result = Truth.yes
        for value in values {
            if value == .no { return .no }
            if value == .unknown { result = .unknown }
        }
        return result
    }

    static func or(_ values: some Sequence<Truth>) -> Truth {
        var result = Truth.no
        for value in values {
            if value == .yes { return .yes }
            if value == .unknown { result = .unknown }
        }
        return result
    }

    var negated: Truth {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}

/// What the checker knows of one answer while evaluating a condition.
public enum KnownAnswer: Equatable, Sendable {
    case unknown
    case unanswered
    /// An option (by position in the question's options) or, for `yesno`, 0 for yes and 1 for no.
    case choice(Int)
}

/// Evaluates a condition with what is known: some answers, perhaps the role. The checker's role analysis
/// and the command line's view of one role's questionnaire (`survey doc --role`) both use it.
public struct PartialEvaluator {
    var answer: (String) -> KnownAnswer
    /// The respondent's role: nil when unknown, `.some(nil)` when the respondent has no role.
    var role: String??
    var optionIndex: (String, String) -> Int?

    /// An evaluator that reads what is known of each question's answer, the role, and each option's position
    /// in its question (for `<`, `<=`, `>`, `>=`).
    public init(answer: @escaping (String) -> KnownAnswer, role: String??, optionIndex: @escaping (String, String) -> Int?) {
        self.answer = answer
        self.role = role
        self.optionIndex = optionIndex
    }

    public func evaluate(_ condition: Condition) -> Truth {
        switch condition {
        case .and(let terms): return .and(terms.lazy.map(evaluate))
        case .or(let terms): return .or(terms.lazy.map(evaluate))
        case .not(let inner): return evaluate(inner).negated
        case .role(let roles):
            guard let role else { return .unknown }
            return role.map { roles.contains($0) } == true ? .yes : .no
        case .answered(let ref):
            // A statement of a grid is unanswered when the grid is; otherwise nothing is known of it.
            switch answer(ref.question) {
            case .unknown: return .unknown
            case .unanswered: return .no
            case .choice: return ref.row == nil ? .yes : .unknown
            }
        case .test(let ref, let comparison, let value):
            return test(ref, [value], comparison)
        case .among(let ref, let values):
            return test(ref, values, .is)
        }
    }

    func test(_ ref: Reference, _ values: [Value], _ comparison: Comparison) -> Truth {
        let known = answer(ref.question)
        if ref.row != nil { return known == .unanswered ? .no : .unknown }
        guard case .choice(let chosen) = known else { return known == .unanswered ? .no : .unknown }
        let positions = values.map { value -> Int? in
            switch value {
            case .option(let option): optionIndex(ref.question, option)
            case .bool(let bool): bool ? 0 : 1
            default: nil
            }
        }
        guard positions.allSatisfy({ $0 != nil }) else { return .unknown }
        let targets = positions.compactMap { $0 }
        let result: Bool
        switch comparison {
        case .is: result = targets.contains(chosen)
        case .isNot: result = !targets.contains(chosen)
        case .less: result = chosen < targets[0]
        case .lessOrEqual: result = chosen <= targets[0]
        case .greater: result = chosen > targets[0]
        case .greaterOrEqual: result = chosen >= targets[0]
        case .includes: return .unknown
        }
        return result ? .yes : .no
    }
}
