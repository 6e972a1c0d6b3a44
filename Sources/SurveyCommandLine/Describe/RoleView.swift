import SurveyBundle
import SurveyLanguage

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
    /// Each combination of screener answers that gives the role, each answer by its option's position (for
    /// `yesno`, 0 for yes); a question without an answer is absent.
    let worlds: [[String: Int]]
    /// The position of each option in its screener question's list.
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
        var worlds: [[String: Int]] = [[:]]
        for id in survey.screener {
            guard let (question, _, conditions) = placed[id] else { continue }
            let answers = question.type == .yesno ? [0, 1] : Array((question.options ?? []).indices)
            // Skipped, or not shown, where the runtime allows it.
            let mayBeUnanswered = !question.isRequired || !conditions.isEmpty
            worlds = worlds.flatMap { world in
                // A screener question whose conditions fail on the answers before it is not asked: it has no answer.
                let isShown = conditions.isEmpty ? .yes
                    : Self.evaluate(.and(conditions), in: world, role: role, asked: everyQuestion, screener: screener, orders: orders)
                if isShown == .no { return [world] }
                return answers.map { world.merging([id: $0]) { $1 } } + (mayBeUnanswered ? [world] : [])
            }
            if worlds.count > Self.worldLimit { break }
        }
        let possible = worlds.count > Self.worldLimit ? [] : worlds
        // A rule this view cannot settle for some answers (a `multiple` screener's `includes`) may give the role
        // there: those answers are kept, so the view errs towards showing an item.
        let giving = possible.filter { world in
            rule.map { Self.evaluate($0, in: world, role: role, asked: asked, screener: screener, orders: orders) != .no } ?? false
        }
        // Too many combinations, or none gives the role: the screener's answers are not known.
        self.screener = giving.isEmpty ? [] : screener
        self.worlds = giving.isEmpty ? [[:]] : giving
    }

    /// A condition settled for the role and simplified, where every respondent of the role has the same outcome.
    func decided(_ condition: Condition) -> Decided {
        let outcomes = worlds.map { Self.evaluate(condition, in: $0, role: role, asked: asked, screener: screener, orders: orders) }
        if outcomes.allSatisfy({ $0 == .yes }) { return .always }
        if outcomes.allSatisfy({ $0 == .no }) { return .never }
        switch condition {
        case .not(let inner):
            switch decided(inner) {
            case .always: return .never
            case .never: return .always
            case .depends(let rest): return .depends(.not(rest))
            }
        case .and(let terms): return decided(terms, isAnd: true)
        case .or(let terms): return decided(terms, isAnd: false)
        case .role, .answered, .test, .among:
            return .depends(condition)
        }
    }

    /// The parts of an `and` (or an `or`) settled: one that decides the whole settles it (never for `and`,
    /// always for `or`), the ones that cannot change it are left out, and the rest are kept.
    private func decided(_ terms: [Condition], isAnd: Bool) -> Decided {
        var kept: [Condition] = []
        for term in terms {
            switch (decided(term), isAnd) {
            case (.never, true): return .never
            case (.always, false): return .always
            case (.always, true), (.never, false): continue
            case (.depends(let rest), _): kept.append(rest)
            }
        }
        if kept.isEmpty { return isAnd ? .always : .never }
        return .depends(kept.count == 1 ? kept[0] : isAnd ? .and(kept) : .or(kept))
    }

    /// Whether a condition holds for a respondent with the role and these screener answers, as the checker
    /// evaluates it (`PartialEvaluator`): a question the role is not asked is unanswered, and one it is asked
    /// outside the screener is unknown.
    private static func evaluate(
        _ condition: Condition, in world: [String: Int], role: String, asked: Set<String>, screener: Set<String>,
        orders: [String: [String: Int]]
    ) -> Truth {
        PartialEvaluator(
            answer: { question in
                if screener.contains(question) { return world[question].map(KnownAnswer.choice) ?? .unanswered }
                return asked.contains(question) ? .unknown : .unanswered
            },
            role: .some(role), optionIndex: { orders[$0]?[$1] }
        ).evaluate(condition)
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
