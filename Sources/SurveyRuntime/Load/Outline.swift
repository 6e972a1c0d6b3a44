import SurveyBundle

/// The survey flattened into questions and notes, with each condition recorded once where it is written.
struct Outline {
    /// A condition as written, with the span of items it hides.
    struct Scoped {
        let condition: Condition
        let location: Location
        /// The position of the first item it covers.
        let start: Int
        /// How many questions come before the construct.
        let questionsBefore: Int
        /// The position after the last item it covers.
        var end: Int
    }

    struct Entry {
        enum Content {
            case question(Int)
            case note(Note)
        }

        let content: Content
        /// Positions in `scopes`, outermost first.
        let scopes: [Int]
        let section: Int
    }

    private(set) var questions: [Question] = []
    private(set) var questionItems: [Int] = []
    private(set) var entries: [Entry] = []
    private(set) var scopes: [Scoped] = []

    /// Flattens the sections of a survey.
    init(_ survey: Survey) {
        for (index, section) in survey.sections.enumerated() {
            var open: [Int] = []
            if let condition = section.condition {
                open.append(openScope(condition, .section(section.id)))
            }
            add(section.items, section: index, sectionID: section.id, open: open)
            for scope in open { scopes[scope].end = entries.count }
        }
    }

    private mutating func add(_ items: [Item], section: Int, sectionID: String, open: [Int]) {
        for item in items {
            switch item {
            case .question(let question):
                var around = open
                if let condition = question.condition {
                    around.append(openScope(condition, .question(question.id)))
                }
                questionItems.append(entries.count)
                entries.append(Entry(content: .question(questions.count), scopes: around, section: section))
                questions.append(question)
                closeOwnScope(around.count > open.count ? around.last : nil)
            case .note(let note):
                var around = open
                if let condition = note.condition {
                    around.append(openScope(condition, .note(section: sectionID)))
                }
                entries.append(Entry(content: .note(note), scopes: around, section: section))
                closeOwnScope(around.count > open.count ? around.last : nil)
            case .block(let block):
                let scope = openScope(block.condition, .block(section: sectionID))
                add(block.items, section: section, sectionID: sectionID, open: open + [scope])
                scopes[scope].end = entries.count
            }
        }
    }

    private mutating func openScope(_ condition: Condition, _ location: Location) -> Int {
        scopes.append(
            Scoped(
                condition: condition, location: location, start: entries.count, questionsBefore: questions.count,
                end: entries.count))
        return scopes.count - 1
    }

    private mutating func closeOwnScope(_ scope: Int?) {
        if let scope { scopes[scope].end = entries.count }
    }
}
