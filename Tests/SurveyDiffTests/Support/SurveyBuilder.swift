import SurveyBundle
import SurveyDiff

// A compact, test-only way to write surveys in Swift, close to the survey language.

func survey(
    id: String = "workforce", title: String = "Workforce survey", version: String = "2023",
    roles: [Role] = [], _ sections: Section...
) -> Survey {
    Survey(
        id: id, title: title, version: version, anonymous: true, minutes: 10, roles: roles, screener: [],
        sections: sections, summaries: []
    ).withSummaries()
}

func section(_ id: String, _ title: String? = nil, when condition: Condition? = nil, _ items: Item...) -> Section {
    Section(id: id, title: title ?? id.capitalized, condition: condition, items: items)
}

func note(_ text: String) -> Item { .note(Note(text: text, condition: nil)) }

func block(_ condition: Condition, _ items: Item...) -> Item { .block(Block(condition: condition, items: items)) }

func question(
    _ type: QuestionType, _ id: String, _ text: String, _ edit: (inout Question) -> Void = { _ in }
) -> Item {
    var question = Question(id: id, type: type, text: text)
    edit(&question)
    return .question(question)
}

func choice(
    _ type: QuestionType = .single, _ id: String, _ text: String, _ options: [Option],
    _ edit: (inout Question) -> Void = { _ in }
) -> Item {
    question(type, id, text) {
        $0.options = options
        edit(&$0)
    }
}

func option(
    _ id: String, _ label: String, code: Int? = nil, continues: String? = nil, exclusive: Bool? = nil,
    specify: Bool? = nil
) -> Option {
    Option(id: id, label: label, code: code, isExclusive: exclusive, isSpecify: specify, continues: continues)
}

func role(_ id: String, _ label: String, _ rule: Condition) -> Role { Role(id: id, label: label, rule: rule) }

/// `question is option`.
func answer(_ question: String, is value: String) -> Condition {
    .test(Reference(question: question), .is, .option(value))
}

/// `role in (…)`.
func roleIn(_ roles: String...) -> Condition { .role(roles) }

extension Survey {
    /// The survey with one question changed, and its summaries recomputed.
    func editing(_ id: String, _ edit: (inout Question) -> Void) -> Survey {
        var copy = self
        copy.sections = sections.map { section in
            var section = section
            section.items = section.items.map { $0.editing(id, edit) }
            return section
        }
        return copy.withSummaries()
    }

    /// The survey with its role summaries computed from the role tests in every question's conditions.
    ///
    /// A stand-in for the compiler's path analysis that is exact for the fixtures: a question is
    /// shown to a role unless a role test around it rules the role out.
    func withSummaries() -> Survey {
        var copy = self
        let entries = questionEntries()
        let audiences: [String?] = roles.isEmpty ? [nil] : roles.map(\.id)
        copy.summaries = audiences.map { audience in
            RoleSummary(
                role: audience,
                questions: entries.filter { entry in entry.conditions.allSatisfy { $0.mayHold(for: audience) } }.map(\.id),
                seconds: 0)
        }
        return copy
    }

    /// The survey with the summaries saying exactly these roles can be shown a question.
    func settingPopulation(of question: String, to audience: Set<String>) -> Survey {
        var copy = self
        copy.summaries = summaries.map { summary in
            var summary = summary
            summary.questions.removeAll { $0 == question }
            if audience.contains(summary.role ?? "") { summary.questions.append(question) }
            return summary
        }
        return copy
    }

    /// The survey with one section changed.
    func editingSection(_ id: String, _ edit: (inout Section) -> Void) -> Survey {
        var copy = self
        copy.sections = sections.map { section in
            var section = section
            if section.id == id { edit(&section) }
            return section
        }
        return copy.withSummaries()
    }

    /// Every question with the conditions around it.
    func questionEntries() -> [(id: String, conditions: [Condition])] {
        questionsInOrder.map { ($0.question.id, $0.conditions) }
    }

    /// The question with this identifier.
    func question(_ id: String) -> Question? {
        questionsInOrder.first { $0.question.id == id }?.question
    }
}

extension Item {
    func editing(_ id: String, _ edit: (inout Question) -> Void) -> Item {
        switch self {
        case .question(var question) where question.id == id:
            edit(&question)
            return .question(question)
        case .block(var block):
            block.items = block.items.map { $0.editing(id, edit) }
            return .block(block)
        default:
            return self
        }
    }
}

extension Condition {
    /// False only when the role tests in the condition rule the role out.
    func mayHold(for role: String?) -> Bool {
        switch self {
        case .role(let roles): role.map(roles.contains) ?? false
        case .and(let args): args.allSatisfy { $0.mayHold(for: role) }
        case .or(let args): args.contains { $0.mayHold(for: role) }
        case .not(let inner): inner.isRoleOnly ? !inner.mayHold(for: role) : true
        case .answered, .test, .among: true
        }
    }

    private var isRoleOnly: Bool {
        switch self {
        case .role: true
        case .and(let args), .or(let args): args.allSatisfy(\.isRoleOnly)
        case .not(let inner): inner.isRoleOnly
        case .answered, .test, .among: false
        }
    }
}

extension Diff {
    /// The diff of the question with this new (or, if dropped, old) identifier.
    func question(_ id: String) -> QuestionDiff? {
        questions.first { $0.newID == id } ?? questions.first { $0.oldID == id && $0.newID == nil }
    }
}
