import SurveyBundle

/// A survey's questions and roles by identifier, for turning references into words.
struct SurveyIndex {
    let survey: Survey
    let questions: [String: Question]
    let roleLabels: [String: String]

    init(_ survey: Survey) {
        self.survey = survey
        var questions: [String: Question] = [:]
        for placed in survey.questionsInOrder { questions[placed.question.id] = placed.question }
        self.questions = questions
        self.roleLabels = Dictionary(survey.roles.map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
    }

    /// The label of an option of a question, or its identifier when the question has no such option.
    func optionLabel(_ option: String, of question: String) -> String {
        questions[question]?.options?.first { $0.id == option }?.label ?? option
    }

    /// The text of a grid statement.
    func rowText(_ row: String, of question: String) -> String {
        questions[question]?.rows?.first { $0.id == row }?.text ?? row
    }

    /// The roles whose summary lists a question, in declaration order; empty for a survey without roles.
    func roles(asked question: String) -> [String] {
        survey.summaries.compactMap { summary in
            guard let role = summary.role, summary.questions.contains(question) else { return nil }
            return role
        }
    }
}
