import SurveyLanguage
import Testing

/// A branch that respondents who skip an optional question never see is a warning (W0501), unless the condition
/// tests `answered` of that question: it leaves them out on purpose.
struct OptionalRoutingTests {
    static func survey(_ condition: String) -> String {
        TestSources.header + """
            section work "Your work" {
              scale rating "How would you rate your team?" range 1...5
              multiple tools "Which tools do you use?" {
                notes "Case notes"
                none  "None of these" exclusive
              }
              yesno working "Are you working?"
              text why "Why?" \(condition)
            }

            """
    }

    static func warned(_ condition: String) -> [String] {
        TestSources.compile(survey(condition)).diagnostics.filter { $0.code == .W0501 }.map(\.message)
    }

    @Test(arguments: [
        "when answered rating",
        "when answered tools and not tools includes none",
        "when answered rating and rating > 3",
        "when (answered rating and rating > 3) or (answered rating and rating < 2)",
        "when not (not answered rating or rating < 2)",
        "when answered rating or rating > 3",
        "when (answered rating and rating > 3) or rating < 2",
    ])
    func `a condition that tests answered does not warn about skipping that question`(condition: String) {
        #expect(Self.warned(condition).isEmpty, "\(condition): \(Self.warned(condition))")
    }

    @Test(arguments: [
        ("when rating > 3", ["respondents who skip `rating` never see this"]),
        ("when answered rating and working is yes", ["respondents who skip `working` never see this"]),
        ("when rating > 3 and working is yes", ["respondents who skip `rating` never see this", "respondents who skip `working` never see this"]),
    ])
    func `a test that needs an answer without answered still warns`(condition: String, messages: [String]) {
        #expect(Self.warned(condition) == messages, "\(condition)")
    }
}
