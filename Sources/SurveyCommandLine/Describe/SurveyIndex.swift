import SurveyBundle

/// A survey's questions and roles by identifier, for turning references into words.
struct SurveyIndex {
    let survey: Survey
    let questions: [String: Question]
    let roleLabels: [String: String]

    init(_ survey: Survey) {
        self.survey = survey
        var questions: [String: Question] = [:]
        for placed in placedQuestions(survey) { questions[placed.question.id] = placed.question }
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

/// A question with where it sits: its section and the conditions of the blocks around it.
struct PlacedQuestion {
    var question: Question
    var section: Section
    /// The conditions of the enclosing blocks, outermost first, then the question's own.
    var conditions: [Condition]
}

/// Every question of a survey in order, with the conditions that decide whether it is shown.
func placedQuestions(_ survey: Survey) -> [PlacedQuestion] {
    var placed: [PlacedQuestion] = []
    func walk(_ items: [Item], section: Section, conditions: [Condition]) {
        for item in items {
            switch item {
            case .question(let question):
                placed.append(PlacedQuestion(question: question, section: section, conditions: conditions + (question.condition.map { [$0] } ?? [])))
            case .block(let block):
                walk(block.items, section: section, conditions: conditions + [block.condition])
            case .note:
                break
            }
        }
    }
    for section in survey.sections { walk(section.items, section: section, conditions: []) }
    return placed
}
