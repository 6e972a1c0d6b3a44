import SurveyBundle

/// What a condition becomes once the respondent's role is known.
enum Decided {
    case always
    case never
    case depends(Condition)
}

/// What the respondents of one role can have answered, so that the conditions of a questionnaire shown to
/// that role can be settled as the runtime would settle them.
///
/// The role's rule fixes some screener answers (a role `when who is b` has answered `b` to `who`), and a
/// question outside the role's summary is never asked of it, so every test of it is false (grammar.md
/// section 7: a test of an unanswered question does not hold).
struct RoleView {
    let role: String
    /// The questions the role can be asked.
    let asked: Set<String>
    /// The screener questions whose answers `worlds` lists.
    let screener: Set<String>
    /// Each combination of screener answers that gives the role; a question without an answer is absent.
    let worlds: [[String: Value]]
    /// The place of each option in its screener question's list, for `<`, `<=`, `>` and `>=`.
    let orders: [String: [String: Int]]

    /// The most combinations of screener answers tried: past it, screener answers are left undecided.
    static let worldLimit = 1 << 14

    init(_ survey: Survey, role: String) {
        self.role = role
        let asked = Set(survey.summaries.first { $0.role == role }?.questions ?? [])
        self.asked = asked
        let rule = survey.roles.first { $0.id == role }?.rule
        let placed = Dictionary(survey.questionsInOrder.map { ($0.question.id, $0) }, uniquingKeysWith: { first, _ in first })
        let screener = Set(survey.screener)
        var orders: [String: [String: Int]] = [:]
        for id in survey.screener {
            guard let options = placed[id]?.question.options else { continue }
            orders[id] = Dictionary(options.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
        }
        self.orders = orders
        // While the screener is asked, nothing else is known: every other question's answer is undecided.
        let everyQuestion = Set(placed.keys)
        var worlds: [[String: Value]] = [[:]]
        for id in survey.screener {
            guard let (question, _, conditions) = placed[id] else { continue }
            let answers: [Value] = question.type == .yesno ? [.bool(true), .bool(false)] : (question.options ?? []).map { .option($0.id) }
            // Skipped, or not shown, where the runtime allows it.
            let mayBeUnanswered = !question.isRequired || !conditions.isEmpty
            worlds = worlds.flatMap { world in
                // A screener question whose conditions fail on the answers before it is not asked: it has no answer.
                let isShown = conditions.isEmpty ? true
                    : Self.holds(.and(conditions), in: world, role: role, asked: everyQuestion, screener: screener, orders: orders)
                if isShown == false { return [world] }
                return answers.map { world.merging([id: $0]) { $1 } } + (mayBeUnanswered ? [world] : [])
            }
            if worlds.count > Self.worldLimit { break }
        }
        let possible = worlds.count > Self.worldLimit ? [] : worlds
        // A rule this view cannot settle for some answers (a `multiple` screener's `includes`) may give the role
        // there: those answers are kept, so the view errs towards showing an item.
        let giving = possible.filter { world in
            rule.map { Self.holds($0, in: world, role: role, asked: asked, screener: screener, orders: orders) != false } ?? false
        }
        // Too many combinations, or none gives the role: the screener's answers are not known.
        self.screener = giving.isEmpty ? [] : screener
        self.worlds = giving.isEmpty ? [[:]] : giving
    }

    /// A condition settled for the role and simplified, where every respondent of the role has the same outcome.
    func decided(_ condition: Condition) -> Decided {
        let outcomes = worlds.map { Self.holds(condition, in: $0, role: role, asked: asked, screener: screener, orders: orders) }
        if outcomes.allSatisfy({ $0 == true }) { return .always }
        if outcomes.allSatisfy({ $0 == false }) { return .never }
        switch condition {
        case .not(let inner):
            switch decided(inner) {
            case .always: return .never
            case .never: return .always
            case .depends(let rest): return .depends(.not(rest))
            }
        case .and(let terms):
            var kept: [Condition] = []
            for term in terms {
                switch decided(term) {
                case .never: return .never
                case .always: continue
                case .depends(let rest): kept.append(rest)
                }
            }
            return kept.isEmpty ? .always : .depends(kept.count == 1 ? kept[0] : .and(kept))
        case .or(let terms):
            var kept: [Condition] = []
            for term in terms {
                switch decided(term) {
                case .always: return .always
                case .never: continue
                case .depends(let rest): kept.append(rest)
                }
            }
            return kept.isEmpty ? .never : .depends(kept.count == 1 ? kept[0] : .or(kept))
        case .role, .answered, .test, .among:
            return .depends(condition)
        }
    }

    /// Whether a condition holds for a respondent with the role and these screener answers; nil when it
    /// depends on answers the view does not know.
    private static func holds(
        _ condition: Condition, in world: [String: Value], role: String, asked: Set<String>, screener: Set<String>,
        orders: [String: [String: Int]]
    ) -> Bool? {
        func holds(_ condition: Condition) -> Bool? {
            Self.holds(condition, in: world, role: role, asked: asked, screener: screener, orders: orders)
        }
        /// The answer a test reads, `.some(nil)` when the question is known to be unanswered, nil when it is not known.
        func answer(_ reference: Reference) -> Value?? {
            if screener.contains(reference.question) { return reference.row == nil ? .some(world[reference.question]) : nil }
            return asked.contains(reference.question) ? nil : .some(nil)
        }
        switch condition {
        case .role(let ids):
            return ids.contains(role)
        case .not(let inner):
            return holds(inner).map { !$0 }
        case .and(let terms):
            let outcomes = terms.map(holds)
            return outcomes.contains(false) ? false : outcomes.contains(nil) ? nil : true
        case .or(let terms):
            let outcomes = terms.map(holds)
            return outcomes.contains(true) ? true : outcomes.contains(nil) ? nil : false
        case .answered(let reference):
            return answer(reference).map { $0 != nil }
        case .test(let reference, let comparison, let value):
            guard let known = answer(reference) else { return nil }
            // A test of an unanswered question is false, `is not` included.
            guard let given = known else { return false }
            switch comparison {
            case .is: return given == value
            case .isNot: return given != value
            case .less, .lessOrEqual, .greater, .greaterOrEqual:
                // Options by their place in an ordered list, numbers by value.
                let places: (Double, Double)? = switch (given, value) {
                case (.option(let a), .option(let b)):
                    orders[reference.question].flatMap { order in order[a].flatMap { a in order[b].map { (Double(a), Double($0)) } } }
                case (.number(let a), .number(let b)): (a, b)
                default: nil
                }
                guard let (a, b) = places else { return nil }
                return switch comparison {
                case .less: a < b
                case .lessOrEqual: a <= b
                case .greater: a > b
                default: a >= b
                }
            default: return nil
            }
        case .among(let reference, let values):
            return answer(reference).map { $0.map(values.contains) ?? false }
        }
    }
}

/// The conditions left for one role's view, or nil when one of them can never hold for it; all of them
/// when the questionnaire is for everyone.
func decided(_ conditions: [Condition], in view: RoleView?) -> [Condition]? {
    guard let view else { return conditions }
    var kept: [Condition] = []
    for condition in conditions {
        switch view.decided(condition) {
        case .never: return nil
        case .always: continue
        case .depends(let rest): kept.append(rest)
        }
    }
    return kept
}
