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
///
/// The parts of the declaration the other questions' checks read are copied here, so a lookup
/// copies a few words rather than reading the declaration, which is hundreds of bytes.
struct QuestionInfo {
    /// The declaration, by reference.
    let question: QuestionRef
    var decl: QuestionDecl { question.decl }
    var name: String
    var kind: QuestionType
    /// Where the question's identifier was written.
    var idRange: SourceRange
    var isRequired: Bool
    /// The question's position among all questions, in the order they are asked.
    var index: Int
    var options: [Option]?
    var isOrdered: Bool

    init(_ question: QuestionRef, index: Int, options: [Option]?, isOrdered: Bool) {
        self.question = question
        self.name = question.decl.id.name
        self.kind = question.decl.kind
        self.idRange = question.decl.id.range
        self.isRequired = question.decl.isRequired
        self.index = index
        self.options = options
        self.isOrdered = isOrdered
    }
}

/// A pipe of an earlier answer into the text of a note or question.
struct PipeUse {
    /// The condition point whose text it is.
    var node: Int
    /// The piped question's position.
    var question: Int
    var range: SourceRange
}

/// A named choice list, with its options in bundle form: made once and shared by the questions that use it.
struct ChoiceList {
    var decl: ChoicesDecl
    var options: [Option]
    /// Whether a question uses the list, or names one so close to it that it was meant.
    var isUsed = false
}

/// The questions by name, each at its position in the order they are asked.
struct QuestionTable {
    /// The questions in the order they are asked: a question's `index` is its position here.
    private(set) var infos: [QuestionInfo] = []
    private var positions: [String: Int] = [:]

    /// Makes room for `count` questions, so the table is not rehashed as it grows.
    mutating func reserveCapacity(_ count: Int) {
        infos.reserveCapacity(count)
        positions.reserveCapacity(count)
    }

    subscript(name: String) -> QuestionInfo? {
        positions[name].map { infos[$0] }
    }

    /// The position of the question named `name`, whose entry can then be read in place, field by field:
    /// copying the entry out would retain everything it holds.
    func position(of name: String) -> Int? {
        positions[name]
    }

    /// The position of the question named `name` if there is one; otherwise the name is given the next
    /// position, and nil is returned: `add` must then add the question. The name is hashed once for both.
    mutating func claim(_ name: String) -> Int? {
        let next = infos.count
        return Self.claim(&positions[name, default: next], next: next)
    }

    /// The position already held, or nil when `held` is the one just given (held positions are all below `next`).
    private static func claim(_ held: inout Int, next: Int) -> Int? {
        held == next ? nil : held
    }

    /// Adds a question whose name has been claimed; its `index` must be the number of questions already added.
    mutating func add(_ info: QuestionInfo) {
        precondition(info.index == infos.count, "questions are added in the order they are asked")
        infos.append(info)
    }

    /// Where each question's identifier was written, by name.
    var idRanges: [String: SourceRange] {
        // `mapValues` keeps the dictionary's layout: no name is hashed again.
        positions.mapValues { infos[$0].idRange }
    }
}

struct Checker {
    let parsed: ParsedSources
    /// The clause marks of each file, by the file's index, which its questions index.
    let clauses: [[ClauseMark]]
    var diagnostics: [Diagnostic] = []
    var header: HeaderDecl?
    var roleDecls: [RoleDecl] = []
    var roleIndex: [String: Int] = [:]
    var choices: [String: ChoiceList] = [:]
    var sectionDecls: [SectionDecl] = []
    var questions = QuestionTable()
    /// For each question declaration, in the order written, its position among the questions, or nil
    /// when it repeats an earlier question's name; `lowerItems` walks the declarations in the same order.
    var declarationPositions: [Int?] = []
    /// How many question declarations `lowerItems` has passed.
    var declarationsLowered = 0
    /// The condition point of each question, by position.
    var questionNodes: [Int] = []
    /// Lowered role rules, in declaration order.
    var roleRules: [Condition?] = []
    /// The screener questions' identifiers, in the order they are asked.
    var screener: [String] = []
    /// Every condition point in order, for the role and reachability analysis.
    var nodes: [Node] = []
    /// The condition points reported as never true (E0501).
    var neverTrueNodes: Set<Int> = []
    /// Every pipe of an earlier answer, for W0506 once the roles are analysed.
    var pipeUses: [PipeUse] = []
    /// How many questions the in-order walk has passed.
    var walked = 0
    /// The estimated seconds of each lowered question, by position.
    var questionSeconds: [Double] = []

    /// The questions' identifiers in the order they are asked, for diagnostics that suggest one: made
    /// on first use, which comes after all questions are collected, and only in a survey with errors.
    lazy var questionOrder: [String] = questions.infos.map(\.name)
    /// How many more unknown names may be matched against every question's name for a "did you mean".
    /// Each match reads every name, so thousands of unknown names in a survey of thousands of questions (a
    /// rename gone wrong) took seconds; the first hundred are where a reader starts.
    var suggestionsLeft = 100

    /// The names of the questions asked before `position` (every question's for `Int.min`, where any may be
    /// read) to match an unknown name against, while the allowance lasts; none after it. A later question
    /// would be a suggestion that only leads to another error.
    mutating func questionsToSuggest(before position: Int) -> ArraySlice<String> {
        guard suggestionsLeft > 0 else { return [] }
        suggestionsLeft -= 1
        return questionNames(before: position)
    }

    /// The names of the questions asked before `position`, or of every question for `Int.min`.
    mutating func questionNames(before position: Int) -> ArraySlice<String> {
        position == Int.min ? questionOrder[...] : questionOrder.prefix(max(0, position))
    }

    init(parsed: ParsedSources) {
        self.parsed = parsed
        var clauses = Array(repeating: [ClauseMark](), count: parsed.sources.files.count)
        for file in parsed.files { clauses[file.file] = file.clauses }
        self.clauses = clauses
    }

    /// Makes room for every question and condition point at once, so the tables are not copied or
    /// rehashed as they grow.
    mutating func reserveTables() {
        var items = 0
        var declared = 0
        for section in sectionDecls {
            let counts = count(section.items)
            items += counts.items
            declared += counts.questions
        }
        questions.reserveCapacity(declared)
        declarationPositions.reserveCapacity(declared)
        questionNodes.reserveCapacity(declared)
        nodes.reserveCapacity(sectionDecls.count + items)
    }

    mutating func run() -> CheckedSurvey? {
        collectDeclarations()
        reserveTables()
        for section in sectionDecls { collectQuestions(section.items) }
        questionSeconds = Array(repeating: 0, count: questions.infos.count)
        checkRoleRules()
        var sections: [Section] = []
        for section in sectionDecls {
            let parent = addNode(condition: section.condition, position: walked, parent: nil)
            sections.append(Section(
                id: section.id.name, title: section.title.value,
                condition: nodes[parent].condition, items: lowerItems(section.items, parent: parent)))
        }
        for list in choices.values where !list.isUsed {
            diagnostics.append(.unusedChoices(list.decl.id))
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
        return CheckedSurvey(survey: survey, questionRanges: questions.idRanges)
    }
}
