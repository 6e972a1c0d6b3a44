import SurveyBundle

/// The place in a bundle that a condition or piped text belongs to.
public enum Location: Hashable, Sendable {
    /// The condition of a section.
    case section(String)
    /// The condition of a block inside a section.
    case block(section: String)
    /// The condition of a note inside a section.
    case note(section: String)
    /// The text of a note inside a section.
    case noteText(section: String)
    /// The display condition of a question.
    case question(String)
    /// One of the checks of a question.
    case check(question: String)
    /// The text of a question.
    case questionText(String)
    /// The help text of a question.
    case help(question: String)
    /// The rule of a role.
    case role(String)
}

extension Location: CustomStringConvertible {
    /// The location as words that start a sentence, such as "the condition of question `hours`".
    public var description: String {
        switch self {
        case .section(let id): "the condition of section `\(id)`"
        case .block(let section): "a block condition in section `\(section)`"
        case .note(let section): "the condition of a note in section `\(section)`"
        case .noteText(let section): "the text of a note in section `\(section)`"
        case .question(let id): "the condition of question `\(id)`"
        case .check(let id): "a check of question `\(id)`"
        case .questionText(let id): "the text of question `\(id)`"
        case .help(let id): "the help of question `\(id)`"
        case .role(let id): "the rule of role `\(id)`"
        }
    }
}
