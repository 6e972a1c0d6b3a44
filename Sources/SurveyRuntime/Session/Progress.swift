/// How far a respondent has got, and how long the rest should take.
public struct Progress: Hashable, Sendable {
    /// Questions on the respondent's path that have an answer.
    public var answered: Int
    /// Estimated seconds for the questions still ahead that the respondent's role can be shown.
    ///
    /// Before the role is known this is the largest estimate over all roles.
    public var secondsRemaining: Double
    /// Whether the respondent has passed the last item.
    public var isComplete: Bool

    /// Creates a progress report.
    public init(answered: Int, secondsRemaining: Double, isComplete: Bool) {
        self.answered = answered
        self.secondsRemaining = secondsRemaining
        self.isComplete = isComplete
    }
}
