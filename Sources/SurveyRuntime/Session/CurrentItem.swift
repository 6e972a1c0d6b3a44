import SurveyBundle

/// What the respondent is shown now: a question to answer or skip, or a note to read.
public enum CurrentItem: Hashable, Sendable {
    /// A question to answer or skip.
    case question(Question)
    /// A note to read and move past with `proceed()`.
    case note(Note)
}
