import SurveyBundle

/// What a rule reads: the answers in effect and the respondent's role.
protocol Facts {
    /// The answer in effect for the question at this position, or `nil` when it has none.
    func answer(at question: Int) -> Answer?
    /// The index of the respondent's role, or `nil` while it is not known.
    var roleIndex: Int? { get }
}
