import SurveyBundle

/// A condition resolved against a loaded survey: questions by position, roles by index, operands checked.
indirect enum Rule: Sendable {
    case all([Rule])
    case any([Rule])
    case not(Rule)
    case answered(Target)
    case role([Int])
    case test(Target, Comparison, Operand)
    case among(Target, [Operand])
}

/// The answer a rule reads: a question by position, or one statement of a grid.
struct Target: Sendable {
    let question: Int
    let row: String?
}

/// A literal a rule compares an answer with, checked against the question's type.
enum Operand: Sendable, Equatable {
    case option(String, position: Int)
    case number(Double)
    case text(String)
    case bool(Bool)
    /// The answer to another `number`, `decimal` or `scale` question, by position.
    case answer(Int)
}
