/// A truth value of three-valued logic, where `unknown` stands for a test on an unanswered question.
enum Truth: Sendable, Equatable {
    case yes, no, unknown

    init(_ value: Bool) { self = value ? .yes : .no }

    /// `not`, which leaves `unknown` unknown.
    var negated: Truth {
        switch self {
        case .yes: .no
        case .no: .yes
        case .unknown: .unknown
        }
    }
}
