import SurveyBundle

/// The sections of `survey` built again, every string in new storage: what any front end that returns the
/// checked survey must at least do besides lexing, for the floor in BENCHMARKS.md ("Why the missed targets are
/// missed"). Options from a named list are shared, as the checker shares them; conditions and checks are kept.
func rebuiltSections(_ survey: Survey) -> [Section] {
    survey.sections.map { Section(id: fresh($0.id), title: fresh($0.title), condition: $0.condition, items: rebuilt($0.items)) }
}

private func rebuilt(_ items: [Item]) -> [Item] {
    var built: [Item] = []
    built.reserveCapacity(items.count)
    for item in items {
        switch item {
        case .note(let note): built.append(.note(Note(text: fresh(note.text), condition: note.condition)))
        case .block(let block): built.append(.block(Block(condition: block.condition, items: rebuilt(block.items))))
        case .question(let old):
            var question = Question(id: fresh(old.id), type: old.type, text: fresh(old.text), seconds: old.seconds)
            question.help = old.help.map(fresh)
            question.isRequired = old.isRequired
            question.condition = old.condition
            question.choiceList = old.choiceList.map(fresh)
            question.options = old.choiceList != nil ? old.options : old.options?.map {
                Option(id: fresh($0.id), label: fresh($0.label), code: $0.code, isExclusive: $0.isExclusive, isSpecify: $0.isSpecify)
            }
            question.isOrdered = old.isOrdered
            question.rows = old.rows?.map { Row(id: fresh($0.id), text: fresh($0.text)) }
            question.minChoices = old.minChoices
            question.maxChoices = old.maxChoices
            question.min = old.min
            question.max = old.max
            question.unit = old.unit.map(fresh)
            question.lowLabel = old.lowLabel.map(fresh)
            question.highLabel = old.highLabel.map(fresh)
            question.isLong = old.isLong
            question.maxLength = old.maxLength
            question.checks = old.checks
            built.append(.question(question))
        }
    }
    return built
}

/// A copy of `text` in storage of its own (a copy of a `String` shares its storage).
private func fresh(_ text: String) -> String {
    var text = text
    return text.withUTF8 { String(decoding: $0, as: UTF8.self) }
}
