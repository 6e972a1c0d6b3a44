import SurveyBundle

/// Conditions as the reports show them: source syntax, with `always` for no condition at all.
enum ConditionText {
    /// The condition as written in a `.survey` file; `always` for an empty conjunction.
    static func source(_ condition: Condition) -> String {
        condition == .and([]) ? "always" : condition.sourceText
    }

    /// A value as written in a condition.
    static func source(_ value: Value) -> String { value.sourceText }
}
