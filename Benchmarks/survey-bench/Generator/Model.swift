/// The synthetic survey as the generator builds it, before it is written in either language.
///
/// One model is written twice, as a `.survey` file and as an XLSForm, so both compilers do the same work.
struct SyntheticSurvey {
    var id: String
    var version: String
    var roles: [SyntheticRole]
    /// The choice lists that questions name with `from`, in declaration order.
    var lists: [ChoiceList]
    var sections: [SyntheticSection]
    var questionCount: Int
}

struct SyntheticRole {
    var id: String
    var label: String
    var rule: Rule
}

struct ChoiceList {
    var id: String
    var isOrdered: Bool
    var options: [OptionSpec]
}

struct OptionSpec {
    var id: String
    var label: String
    var code: Int?
    var isExclusive = false
    var isSpecify = false
}

struct SyntheticSection {
    var id: String
    var title: String
    var condition: Rule?
    var items: [SyntheticItem]
}

enum SyntheticItem {
    case question(QuestionSpec)
    case note(TextSpec, Rule?)
    case block(Rule, [SyntheticItem])
}

enum Kind: String {
    case single, multiple, ranking, text, number, decimal, scale, grid, yesno
}

/// Question or note text, with at most one pipe of an earlier answer at its start.
struct TextSpec {
    var words: String
    /// The question piped in, and the words shown when it was not answered.
    var pipe: (question: String, fallback: String)?
}

struct QuestionSpec {
    var kind: Kind
    var id: String
    var text: TextSpec
    var help: String?
    var isRequired = false
    var continues: String?
    /// The named list the options come from.
    var list: String?
    /// Options written in the question's body.
    var options: [OptionSpec]?
    /// The options in effect, from the list or the body, for conditions and the XLSForm.
    var effectiveOptions: [OptionSpec] = []
    var isListOrdered = false
    var upTo: Int?
    var atLeast: Int?
    var top: Int?
    var range: (low: Int, high: Int)?
    var unit: String?
    var lowLabel: String?
    var highLabel: String?
    var isLong = false
    var maxLength: Int?
    var condition: Rule?
    var checks: [(rule: Rule, message: String)] = []
    var rows: [(id: String, text: String)]?
}

/// A condition, written as `.survey` syntax or as an XPath relevance expression.
indirect enum Rule {
    /// `q is option` on a `single`.
    case isOption(String, String)
    /// `q is not option`: false when `q` is unanswered.
    case isNotOption(String, String)
    /// `q in (a, b)`.
    case among(String, [String])
    /// `q is yes` / `q is no`.
    case yes(String, Bool)
    /// `q >= 10` and the like on a number or scale.
    case compare(String, String, Int)
    /// `q <= other` between two number answers.
    case compareAnswers(String, String, String)
    /// `q includes option` on a `multiple`.
    case includes(String, String)
    /// `q >= option` on an ordered list; `atOrAbove` are the options that satisfy it.
    case orderedAtLeast(String, String, atOrAbove: [String])
    /// `role is r` / `role in (r, s)`.
    case role([String])
    case not(Rule)
    case and([Rule])
    case or([Rule])

    /// The questions the rule reads.
    var questions: [String] {
        switch self {
        case .isOption(let id, _), .isNotOption(let id, _), .among(let id, _), .yes(let id, _), .compare(let id, _, _),
            .includes(let id, _), .orderedAtLeast(let id, _, _):
            [id]
        case .compareAnswers(let id, _, let other): [id, other]
        case .role: []
        case .not(let rule): rule.questions
        case .and(let rules), .or(let rules): rules.flatMap(\.questions)
        }
    }
}
