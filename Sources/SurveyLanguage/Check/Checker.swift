import SurveyBundle

/// The checked survey, ready to emit, with where each question was declared.
public struct CheckedSurvey: Sendable {
    /// The survey in bundle form; `summaries` are filled in by the checker's role analysis.
    public var survey: Survey
    /// Where each question was declared, by identifier.
    public var questionRanges: [String: SourceRange]
}

/// The outcome of checking: the survey when there are no errors, and every diagnostic.
public struct CheckResult: Sendable {
    public var survey: CheckedSurvey?
    public var diagnostics: [Diagnostic]
}

/// Resolves names and types, checks roles and reachability, and lowers the survey to bundle form.
public func check(_ parsed: ParsedSources) -> CheckResult {
    var checker = Checker(parsed: parsed)
    let survey = checker.run()
    var found = checker.diagnostics
    // Unknown names may be declared in an included file that was not read: that file's diagnostic is the one to fix.
    if parsed.diagnostics.contains(where: { $0.code == .E0607 || $0.code == .E0609 }) {
        found.removeAll { [.E0303, .E0304, .E0305].contains($0.code) }
    }
    let diagnostics = (parsed.diagnostics + found).sortedBySource()
    return CheckResult(survey: diagnostics.hasErrors ? nil : survey, diagnostics: diagnostics)
}

/// What the checker knows of one question before walking the items in order.
struct QuestionInfo {
    /// The syntax tree's item, which holds the declaration by reference: infos are copied on every
    /// lookup, and a declaration is over 800 bytes.
    private let item: ItemDecl
    var decl: QuestionDecl {
        guard case .question(let decl) = item else { preconditionFailure("a question info holds a question") }
        return decl
    }
    /// The question's position among all questions, in the order they are asked.
    var index: Int
    var options: [Option]?
    var isOrdered: Bool

    /// Creates the info of `item`, which is a question.
    init(item: ItemDecl, index: Int, options: [Option]?, isOrdered: Bool) {
        self.item = item
        self.index = index
        self.options = options
        self.isOrdered = isOrdered
    }
}

struct Checker {
    let parsed: ParsedSources
    var diagnostics: [Diagnostic] = []
    var header: HeaderDecl?
    var roleDecls: [RoleDecl] = []
    var roleIndex: [String: Int] = [:]
    var choices: [String: ChoicesDecl] = [:]
    var usedChoices: Set<String> = []
    var sectionDecls: [SectionDecl] = []
    var questions: [String: QuestionInfo] = [:]
    var questionOrder: [String] = []
    /// Each named choice list's options in bundle form, made once and shared by the questions that use it.
    var loweredChoices: [String: [Option]] = [:]
    /// Lowered role rules, in declaration order.
    var roleRules: [Condition?] = []
    /// The screener questions' identifiers, in the order they are asked.
    var screener: [String] = []
    /// Every condition point in order, for the role and reachability analysis.
    var nodes: [Node] = []
    /// How many questions the in-order walk has passed.
    var walked = 0
    /// The estimated seconds of each lowered question.
    var questionSeconds: [String: Double] = [:]

    init(parsed: ParsedSources) { self.parsed = parsed }

    mutating func run() -> CheckedSurvey? {
        collectDeclarations()
        for section in sectionDecls { collectQuestions(section.items) }
        checkRoleRules()
        var sections: [Section] = []
        for section in sectionDecls {
            let parent = addNode(condition: section.condition, position: walked, parent: nil, question: nil)
            sections.append(Section(
                id: section.id.name, title: section.title.value,
                condition: nodes[parent].condition, items: lowerItems(section.items, parent: parent)))
        }
        for (name, list) in choices where !usedChoices.contains(name) {
            diagnostics.append(.unusedChoices(list.id))
        }
        let summaries = analyseRoles()
        checkOptionalRouting()
        guard let header else { return nil }
        let survey = Survey(
            id: header.id.name, title: header.title.value, version: header.version?.value ?? "",
            description: header.description?.value, anonymous: header.isAnonymous,
            minutes: header.minutes.map { Int($0.value) },
            roles: zip(roleDecls, roleRules).map { Role(id: $0.id.name, label: $0.label.value, rule: $1 ?? .or([])) },
            screener: screener, sections: sections, summaries: summaries)
        return CheckedSurvey(survey: survey, questionRanges: questions.mapValues { $0.decl.id.range })
    }
}
