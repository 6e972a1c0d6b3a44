import SurveyBundle

/// Everything precomputed from a bundle on load, so that no session step rescans the survey.
final class Layout: Sendable {
    /// The bundle as decoded.
    let bundle: SurveyBundle.Bundle
    /// The questions and notes in the order shown, each with the conditions around it.
    let items: [FlatItem]
    /// The questions in the order shown.
    let questions: [QuestionEntry]
    /// The position of each question in `questions`, by identifier.
    let questionIndex: [String: Int]
    /// The roles in declaration order, with their resolved rules.
    let roles: [RoleEntry]
    /// The position in `items` of the last screener question, or -1 when there is none.
    let lastScreenerItem: Int
    /// For each audience (each role, or the single audience), the seconds left from each question position on.
    let remaining: [[Double]]
    /// For each question position, the most seconds left over all audiences.
    let mostRemaining: [Double]

    init(
        bundle: SurveyBundle.Bundle, items: [FlatItem], questions: [QuestionEntry], questionIndex: [String: Int],
        roles: [RoleEntry], lastScreenerItem: Int, remaining: [[Double]], mostRemaining: [Double]
    ) {
        self.bundle = bundle
        self.items = items
        self.questions = questions
        self.questionIndex = questionIndex
        self.roles = roles
        self.lastScreenerItem = lastScreenerItem
        self.remaining = remaining
        self.mostRemaining = mostRemaining
    }
}

/// A question or note in show order, with the conditions of the constructs around it, outermost first.
struct FlatItem: Sendable {
    enum Content: Sendable {
        case question(Int)
        case note(Note)
    }

    let content: Content
    let guards: [Guard]
    /// The position of the enclosing section in `Survey.sections`.
    let section: Int
    /// The position of the first question at or after this item, or the question count when none follows.
    let nextQuestion: Int
}

/// A condition that hides everything up to `end` (an item position) when it is false.
struct Guard: Sendable {
    let rule: Rule
    let end: Int
}

/// A question with the lookups that answering and evaluating it need.
struct QuestionEntry: Sendable {
    let question: Question
    /// The position of the question in `Layout.items`.
    let item: Int
    /// The position of each option, by identifier.
    let positions: OptionPositions
    /// The statement identifiers of a grid.
    let rows: Set<String>
    let checks: [CheckRule]
}

/// The position of each option of a question, by identifier (the first option with it, if several have it).
///
/// Most questions have a handful of options: searching them is cheaper than building a dictionary per
/// question on load, which was a tenth of loading. Long lists get the dictionary.
struct OptionPositions: Sendable {
    private let options: [Option]
    private let table: [String: Int]?

    init(_ options: [Option]?) {
        let options = options ?? []
        self.options = options
        if options.count <= 16 {
            table = nil
        } else {
            var table: [String: Int] = [:]
            for (position, option) in options.enumerated() where table[option.id] == nil {
                table[option.id] = position
            }
            self.table = table
        }
    }

    subscript(id: String) -> Int? {
        if let table { return table[id] }
        return options.firstIndex { $0.id == id }
    }
}

/// A resolved check with the message shown when it fails.
struct CheckRule: Sendable {
    let rule: Rule
    let message: String
}

/// A role with its resolved rule.
struct RoleEntry: Sendable {
    let id: String
    let rule: Rule
}
