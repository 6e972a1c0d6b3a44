import SurveyBundle

/// A survey's questions and roles by identifier, for turning references into words.
struct SurveyIndex {
    let survey: Survey
    let questions: [String: Question]
    let roleLabels: [String: String]
    /// Each question's place in the order questions are shown, and whether conditions decide if it is shown.
    let placements: [String: (position: Int, isConditional: Bool)]

    init(_ survey: Survey) {
        self.survey = survey
        var questions: [String: Question] = [:]
        var placements: [String: (position: Int, isConditional: Bool)] = [:]
        for (position, placed) in survey.questionsInOrder.enumerated() {
            questions[placed.question.id] = placed.question
            placements[placed.question.id] = (position, !placed.conditions.isEmpty)
        }
        self.questions = questions
        self.placements = placements
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

    /// Whether a respondent answering `question` may not have answered `other`: it is optional, shown only
    /// under conditions, or asked later.
    func mayBeUnanswered(_ other: String, answering question: String) -> Bool {
        guard other != question, let placement = placements[other], let answering = placements[question] else { return false }
        return !(questions[other]?.isRequired ?? false) || placement.isConditional || placement.position > answering.position
    }
}
