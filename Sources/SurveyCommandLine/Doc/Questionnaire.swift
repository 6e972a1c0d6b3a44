import SurveyBundle

/// The questionnaire as a person reads it, in words, ready to render as Markdown or HTML.
struct Questionnaire {
    var title: String
    /// Short facts under the title: "Version 2023", "Anonymous", "Target time 20 minutes".
    var facts: [String]
    var description: String?
    /// For a questionnaire written for one role: "agency social workers".
    var audience: String?
    var estimates: [Estimate]
    var sections: [Part]
    var hasRequiredQuestions: Bool { sections.contains { $0.entries.contains { if case .question(let q) = $0 { q.isRequired } else { false } } } }

    /// How long one group of respondents takes.
    struct Estimate {
        var group: String
        var questions: Int
        var minutes: Int
    }

    /// A section: a numbered page with a title.
    struct Part {
        var number: Int
        var title: String
        var routing: String?
        var entries: [Entry]
    }

    /// A note or a question, in the order shown.
    enum Entry {
        case note(text: String, routing: String?)
        case question(Question)
    }

    /// One question with everything a reader needs to answer it.
    struct Question {
        var id: String
        var number: Int
        var text: String
        var help: String?
        var isRequired: Bool
        var routing: String?
        var answer: String
        var type: QuestionType
        var options: [Choice]
        /// The question that showed the same named choice list earlier, whose options are not repeated.
        var sameOptionsAs: Int?
        /// The statements of a grid; its options are then the columns.
        var rows: [String]
        var checks: [String]
    }

    /// One answer option with its export code.
    struct Choice: Hashable {
        var code: String?
        var label: String
        var notes: [String]
    }
}

/// Whole minutes, rounded up, for an estimate in seconds.
func minutes(_ seconds: Double) -> Int { max(1, Int((seconds / 60).rounded(.up))) }
