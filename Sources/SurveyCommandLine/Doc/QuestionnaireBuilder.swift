import SurveyBundle

extension Questionnaire {
    /// The questionnaire of a survey, for everyone or as one role sees it (only the questions in its summary).
    init(_ survey: Survey, role: String?) {
        let index = SurveyIndex(survey)
        let summary = role.flatMap { role in survey.summaries.first { $0.role == role } }
        let shown = summary.map { Set($0.questions) }
        var numbers: [String: Int] = [:]
        for placed in survey.questionsInOrder where shown?.contains(placed.question.id) ?? true {
            numbers[placed.question.id] = numbers.count + 1
        }
        let words = ConditionWords(index: index) { id in
            numbers[id].map { "Q\($0)" } ?? "the question \(quoted(index.questions[id]?.text ?? id))"
        }
        title = survey.title
        facts = (survey.version.isEmpty ? [] : ["Version \(survey.version)"]) + (survey.anonymous ? ["Anonymous"] : [])
            + (survey.minutes.map { ["Target time \($0) minutes"] } ?? [])
        description = survey.description
        audience = role.map(words.group)
        estimates = (summary.map { [$0] } ?? survey.summaries).map { summary in
            Estimate(
                group: summary.role.map(words.group).map(capitalisedFirst) ?? "Everyone",
                questions: summary.questions.count, minutes: minutes(summary.seconds))
        }
        sections = []
        let view = role.map { RoleView(survey, role: $0) }
        var builder = EntryBuilder(words: words, view: view, shown: shown, numbers: numbers)
        for section in survey.sections {
            guard let sectionConditions = decided(section.condition.map { [$0] } ?? [], in: view) else { continue }
            builder.entries = []
            builder.add(section.items, conditions: [])
            // As the runtime does, a section is shown when anything in it is: a note the role reads is enough.
            guard !builder.entries.isEmpty else { continue }
            sections.append(Part(
                number: sections.count + 1, title: section.title, routing: words.askedOnly(sectionConditions),
                entries: builder.entries))
        }
    }
}

func capitalisedFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

/// Collects the entries of one section, flattening blocks into each item's routing.
private struct EntryBuilder {
    let words: ConditionWords
    let view: RoleView?
    let shown: Set<String>?
    let numbers: [String: Int]
    var entries: [Questionnaire.Entry] = []
    /// The first question to show each named choice list, by the options as shown: a `multiple` shows an
    /// exclusive option's rule where a `single` of the same list does not.
    var firstUse: [[Questionnaire.Choice]: Int] = [:]

    mutating func add(_ items: [Item], conditions: [Condition]) {
        for item in items {
            switch item {
            case .note(let note):
                guard let kept = decided(conditions + (note.condition.map { [$0] } ?? []), in: view) else { continue }
                entries.append(.note(text: pipedText(note.text, questionName: words.questionName), routing: words.askedOnly(kept)))
            case .block(let block):
                add(block.items, conditions: conditions + [block.condition])
            case .question(let question):
                guard shown?.contains(question.id) ?? true, let number = numbers[question.id] else { continue }
                let kept = decided(conditions + (question.condition.map { [$0] } ?? []), in: view) ?? []
                var described = entry(question, number: number, routing: words.askedOnly(kept))
                if question.choiceList != nil, question.type != .grid, described.options.count > 7 {
                    described.sameOptionsAs = firstUse[described.options]
                    if firstUse[described.options] == nil { firstUse[described.options] = number }
                }
                entries.append(.question(described))
            }
        }
    }

    func entry(_ question: Question, number: Int, routing: String?) -> Questionnaire.Question {
        let options = (question.options ?? []).map { option in
            Questionnaire.Choice(code: option.code.map(String.init), label: option.label, notes: optionNotes(option, in: question))
        }
        return Questionnaire.Question(
            id: question.id, number: number, text: pipedText(question.text, questionName: words.questionName),
            help: question.help.map { pipedText($0, questionName: words.questionName) }, isRequired: question.isRequired,
            routing: routing, answer: answerWords(question), type: question.type, options: options, sameOptionsAs: nil,
            rows: (question.rows ?? []).map(\.text),
            checks: question.checks.map { check in
                words.requirement(check.condition, of: question) + " Otherwise the survey says: " + quoted(check.message)
            })
    }
}
