/// Who can be shown a question: the roles whose `RoleSummary` lists it.
public enum Population: Hashable, Sendable {
    /// Every respondent: the survey has a single audience, or every role can be shown the question.
    case everyone
    /// Only these roles, sorted by identifier; empty when no role can be shown the question.
    case roles([String])

    /// The population as words with role identifiers in backticks, such as `` `la_manager`, `student` ``.
    public var text: String {
        switch self {
        case .everyone: "everyone"
        case .roles(let roles) where roles.isEmpty: "nobody"
        case .roles(let roles): roles.map { "`\($0)`" }.joined(separator: ", ")
        }
    }
}
