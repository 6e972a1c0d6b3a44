/// Why a saved session cannot be resumed against a loaded survey.
public enum ResumeError: Error, Hashable, Sendable {
    /// The state was saved against another version of the survey.
    case differentSurvey(saved: String, loaded: String)
    /// The state stores an answer to a question the survey does not have.
    case unknownQuestion(String)
    /// A stored answer does not fit its question, or breaks a check or a required question on the path.
    case invalidAnswer(question: String, ValidationError)
    /// The saved path names a question the survey does not show at that point.
    case pathMismatch(saved: String, shown: String?)
    /// The saved position is not where the saved path leads.
    case positionMismatch(saved: Int?, reached: Int?)
}

extension ResumeError: CustomStringConvertible {
    /// The problem as one sentence.
    public var description: String {
        switch self {
        case .differentSurvey(let saved, let loaded):
            "this saved session belongs to a different version of the survey (digest \(saved)), not \(loaded)"
        case .unknownQuestion(let id):
            "this saved session answers `\(id)`, which is not a question of this survey"
        case .invalidAnswer(let question, let error):
            "the saved answer to `\(question)` is not valid: \(error.message)"
        case .pathMismatch(let saved, let shown?):
            "the saved path shows `\(saved)` where the survey shows `\(shown)`"
        case .pathMismatch(let saved, nil):
            "the saved path shows `\(saved)` after the survey is complete"
        case .positionMismatch(let saved, let reached):
            "the saved position \(saved.map(String.init) ?? "(complete)") is not where the saved path leads (\(reached.map(String.init) ?? "complete"))"
        }
    }
}
