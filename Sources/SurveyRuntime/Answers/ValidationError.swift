import SurveyBundle

/// Why an answer, a skip or a move was refused, with a message for the respondent.
public struct ValidationError: Error, Hashable, Sendable {
    /// What exactly was wrong.
    public enum Reason: Hashable, Sendable {
        /// The current item is not a question (the survey is complete, or a note is showing).
        case noQuestion
        /// `proceed()` was called while no note is showing.
        case noNote
        /// The answer is of another kind than the question takes.
        case wrongKind(expected: QuestionType)
        /// The question is required and cannot be skipped.
        case required
        /// The answer names an option the question does not have.
        case unknownOption(String)
        /// The answer names an option more than once.
        case repeatedOption(String)
        /// Fewer options than the question asks for.
        case tooFewOptions(Int)
        /// More options than the question allows.
        case tooManyOptions(Int)
        /// An exclusive option was chosen together with others; holds its label.
        case exclusiveCombined(String)
        /// Typed text was given for an option that does not take it; holds its label.
        case unexpectedSpecify(String)
        /// The text is empty once spaces are trimmed.
        case emptyText
        /// The text has more characters than allowed.
        case textTooLong(Int)
        /// The number lies outside the question's range.
        case outOfRange(min: Double?, max: Double?)
        /// The number is infinite or not a number.
        case notFinite
        /// A grid answer names a statement the grid does not have.
        case unknownRow(String)
        /// A grid answer has no statements.
        case emptyGrid
        /// A required grid answer leaves statements unanswered.
        case incompleteGrid
        /// A check failed; holds the check's message.
        case check(String)
    }

    /// The question concerned, if any.
    public let question: String?
    /// What was wrong.
    public let reason: Reason

    /// Creates an error.
    public init(question: String?, reason: Reason) {
        self.question = question
        self.reason = reason
    }

    /// A sentence the respondent understands.
    public var message: String {
        switch reason {
        case .noQuestion: "There is no question to answer now."
        case .noNote: "There is no note to move past now."
        case .wrongKind: "This answer does not fit this question."
        case .required: "This question needs an answer."
        case .unknownOption: "Please choose from the options given."
        case .repeatedOption: "Please choose each option only once."
        case .tooFewOptions(let count): "Please choose at least \(count) \(count == 1 ? "option" : "options")."
        case .tooManyOptions(let count): "Please choose no more than \(count) \(count == 1 ? "option" : "options")."
        case .exclusiveCombined(let label): "\"\(label)\" cannot be chosen together with other options."
        case .unexpectedSpecify(let label): "\"\(label)\" does not take any typed text."
        case .emptyText: "Please type an answer."
        case .textTooLong(let count): "Please keep your answer to \(count) characters or fewer."
        case .outOfRange(let min?, let max?): "Please enter a number from \(min.shortText) to \(max.shortText)."
        case .outOfRange(let min?, nil): "Please enter a number of at least \(min.shortText)."
        case .outOfRange(nil, let max?): "Please enter a number no greater than \(max.shortText)."
        case .outOfRange(nil, nil), .notFinite: "Please enter a number."
        case .unknownRow: "Please answer only the statements shown."
        case .emptyGrid: "Please answer at least one statement."
        case .incompleteGrid: "Please answer every statement."
        case .check(let message): message
        }
    }
}

extension ValidationError: CustomStringConvertible {
    /// The message for the respondent.
    public var description: String { message }
}
