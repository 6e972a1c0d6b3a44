import SurveyBundle

/// One question with what surrounds it: its section, the conditions around it and the notes before it.
struct QuestionEntry {
    var question: Question
    /// The identifier of the section holding the question.
    var section: String
    /// The section condition, the conditions of the enclosing blocks, then the question's own, outermost first.
    var conditions: [Condition]
    /// The section or block holding the question, as an index into its catalog's `chains`.
    var chain: Int
    /// The notes shown after the previous question of the section and before this one.
    var notes: [String]
}

/// Every question of a survey in document order, with an index by identifier.
struct Catalog {
    var entries: [QuestionEntry] = []
    /// Entry position by question identifier; the first question wins if an identifier repeats.
    var positions: [String: Int] = [:]
    /// The conditions of each section and block, with those around it, outermost first: the questions of
    /// one block share them, so they are normalised once for the block rather than once per question.
    var chains: [[Condition]] = []
    /// Each section's identifier and the entries of its questions, in document order.
    var sections: [(id: String, questions: Range<Int>)] = []

    init(_ survey: Survey) {
        // Sized once: grown as it filled, the table was rehashed at every doubling, which at 100,000
        // questions is several passes through memory that is not in any cache.
        let count = survey.sections.reduce(0) { $0 + Catalog.questionCount(in: $1.items) }
        entries.reserveCapacity(count)
        positions.reserveCapacity(count)
        sections.reserveCapacity(survey.sections.count)
        for section in survey.sections {
            var pendingNotes: [String] = []
            let start = entries.count
            collect(section.items, section: section.id, conditions: section.condition.map { [$0] } ?? [], notes: &pendingNotes)
            sections.append((section.id, start..<entries.count))
        }
    }

    private mutating func collect(_ items: [Item], section: String, conditions: [Condition], notes: inout [String]) {
        let chain = chains.count
        chains.append(conditions)
        for item in items {
            switch item {
            case .question(let question):
                _ = storedValue(&positions[question.id, default: entries.count])
                entries.append(
                    QuestionEntry(
                        question: question, section: section,
                        conditions: question.condition.map { conditions + [$0] } ?? conditions, chain: chain, notes: notes))
                notes = []
            case .note(let note):
                notes.append(note.text)
            case .block(let block):
                collect(block.items, section: section, conditions: conditions + [block.condition], notes: &notes)
            }
        }
    }

    private static func questionCount(in items: [Item]) -> Int {
        items.reduce(0) { count, item in
            switch item {
            case .question: count + 1
            case .note: count
            case .block(let block): count + questionCount(in: block.items)
            }
        }
    }

    /// The entry for a question identifier.
    func entry(_ id: String) -> QuestionEntry? { positions[id].map { entries[$0] } }
}

/// A value read through an inout access. Given a dictionary's defaulting subscript it stores the default
/// under a new key and returns what the key then holds: one hash both looks the key up and inserts it.
func storedValue<Value>(_ value: inout Value) -> Value { value }
