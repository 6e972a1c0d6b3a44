import SurveyBundle

/// A point where a condition applies: a section, block, note or question, with its enclosing point.
struct Node {
    var condition: Condition?
    var range: SourceRange?
    /// How many questions are asked before this point.
    var position: Int
    var parent: Int?
    /// Whether the point is a question: the question at `position`.
    var asksQuestion: Bool
}

extension Checker {
    /// Records a condition point and returns its index.
    mutating func addNode(condition expr: Expr?, position: Int, parent: Int?, asksQuestion: Bool = false) -> Int {
        let condition = expr.flatMap { resolve($0, at: position) }
        nodes.append(Node(condition: condition, range: expr?.range, position: position, parent: parent, asksQuestion: asksQuestion))
        return nodes.count - 1
    }

    /// Lowers the items of a section or block, checking each question.
    mutating func lowerItems(_ items: [ItemDecl], parent: Int) -> [Item] {
        var lowered: [Item] = []
        // At most one lowered item for each declared one: room for all at once saves copying them as the list grows.
        lowered.reserveCapacity(items.count)
        for item in items {
            switch item {
            case .note(let note):
                let node = addNode(condition: note.condition, position: walked, parent: parent)
                checkPipes(in: note.text, position: walked, node: node)
                lowered.append(.note(Note(text: note.text.value, condition: nodes[node].condition)))
            case .block(let block):
                let node = addNode(condition: block.condition, position: walked, parent: parent)
                if let condition = nodes[node].condition {
                    lowered.append(.block(Block(condition: condition, items: lowerItems(block.items, parent: node))))
                } else {
                    _ = lowerItems(block.items, parent: node)
                }
            case .question(let declared):
                let position = declarationPositions[declarationsLowered]
                declarationsLowered += 1
                guard let position else { continue }
                let node = addNode(condition: declared.decl.condition, position: position, parent: parent, asksQuestion: true)
                questionNodes.append(node)
                walked = position + 1
                lowered.append(.question(lowerQuestion(questions.infos[position].question, at: position, condition: nodes[node].condition)))
            }
        }
        return lowered
    }

    /// Checks the clauses of the question declared by `declared`, at `position`, and lowers it to bundle form.
    mutating func lowerQuestion(_ declared: QuestionRef, at position: Int, condition: Condition?) -> Question {
        // `decl` is a stored constant of a class held by a parameter: it is borrowed, not copied. The rarer
        // clauses are read from their box in place, one field at a time, where `decl.unit` would copy the
        // literal first. The question's entry in the table is read in place too, for the same reason.
        let decl = declared.decl
        let details = decl.details
        let options = questions.infos[position].options
        checkClauses(decl)
        let node = questionNodes[position]
        checkPipes(in: decl.text, position: position, node: node)
        if let help = details?.value.help { checkPipes(in: help, position: position, node: node) }
        var question = Question(id: decl.id.name, type: decl.kind, text: decl.text.value)
        question.isRequired = decl.isRequired
        question.condition = condition
        question.choiceList = decl.from?.name
        question.options = options
        if options != nil && [.single, .grid].contains(decl.kind) { question.isOrdered = questions.infos[position].isOrdered }
        question.rows = decl.rows.map { $0.map { Row(id: $0.id.name, text: $0.text.value) } }
        if let details {
            question.help = details.value.help?.value
            question.continues = details.value.continues?.name
            question.unit = details.value.unit?.value
            question.lowLabel = details.value.lowLabel?.value
            question.highLabel = details.value.highLabel?.value
        }
        if decl.kind == .text {
            question.isLong = decl.isLong
            question.maxLength = decl.maxLength.map { Int($0.value) } ?? (decl.isLong ? 5000 : 500)
        }
        checkBounds(decl, into: &question, optionCount: options?.count)
        if decl.kind == .grid {
            if decl.rows?.isEmpty ?? true { diagnostics.append(.missingRows(decl.bodyRange ?? decl.id.range, question: decl.id.name)) }
            // A repeated identifier is reported against the one before it.
            let rows = decl.rows ?? []
            forEachRepeat(count: rows.count, againstPrevious: true, key: { rows[$0].id.name }, isSame: { rows[$0].id.name == rows[$1].id.name }) {
                index, previous in
                diagnostics.append(.duplicate("statement", rows[index].id, first: rows[previous].id.range))
            }
            forEachRepeat(count: rows.count, key: { rows[$0].text.value }, isSame: { rows[$0].text.value == rows[$1].text.value }) {
                index, first in
                diagnostics.append(.sameWords("statement", rows[index].id, text: rows[index].text, first: rows[first].id))
            }
        }
        // For E0412, the ways each check can hold, as tests of the question's own answer; a check that some way
        // holds whatever the answer is (a test of another question, which holds when that one is skipped) is left out.
        var ownWays: [[[Term]]] = []
        var lastRefusing: SourceRange?
        let own = Reference(question: decl.id.name)
        for check in decl.checks {
            if let condition = resolve(check.condition, at: position + 1) {
                question.checks.append(Check(condition: condition, message: check.message.value))
                guard let ways = Term.disjuncts(condition)?.map({ $0.filter { $0.reference == own } }), !ways.contains(where: \.isEmpty) else { continue }
                ownWays.append(ways)
                lastRefusing = check.condition.range
            }
        }
        if let lastRefusing, let reason = refusal(of: ownWays, question: questions.infos[position], reference: own) {
            diagnostics.append(.checksNeverPass(lastRefusing, question: decl.id.name, reason: reason))
        }
        question.seconds = estimatedSeconds(question)
        questionSeconds[position] = question.seconds
        return question
    }

    /// Why no answer passes every check, given the ways each can hold; nil when some answer passes, or when
    /// there are too many combinations of ways to try (64).
    func refusal(of checks: [[[Term]]], question: QuestionInfo, reference: Reference) -> String? {
        guard !checks.isEmpty, checks.reduce(1, { $0 * $1.count }) <= 64 else { return nil }
        var combinations: [[Term]] = [[]]
        for ways in checks { combinations = combinations.flatMap { terms in ways.map { terms + $0 } } }
        let space = AnswerSpace(question, row: nil)
        return Term.everyWayFails(combinations) { space.contradiction($0, reference: reference, isAnswered: true) }
    }

    /// Reports clauses that do not apply to the question's kind.
    mutating func checkClauses(_ decl: QuestionDecl) {
        let applicable = ClauseKeyword.applicable(to: decl.kind)
        for clause in clauses[decl.range.file][decl.clauses] where !applicable.contains(clause.clause) && !ClauseKeyword.common.contains(clause.clause) {
            diagnostics.append(.clauseNotApplicable(clause.range, clause: clause.clause.words, kind: decl.kind))
        }
        if decl.kind == .scale && decl.rangeClause == nil {
            diagnostics.append(.invalidScale(decl.id.range, reason: "`\(decl.id.name)` has no `range`"))
        }
    }

    /// Checks ranges and choice limits, and copies them into the question.
    mutating func checkBounds(_ decl: QuestionDecl, into question: inout Question, optionCount: Int?) {
        if let low = decl.low, let high = decl.high, [.number, .decimal, .scale].contains(decl.kind) {
            if low.value > high.value {
                diagnostics.append(.invertedRange(decl.rangeClause ?? low.range, low: low.text, high: high.text))
            } else if decl.kind == .scale && (!low.isWhole || !high.isWhole) {
                diagnostics.append(.invalidScale(decl.rangeClause ?? low.range, reason: "the ends must be whole numbers"))
            } else if decl.kind == .scale && (low.value == high.value || high.value - low.value > 100) {
                diagnostics.append(.invalidScale(decl.rangeClause ?? low.range, reason: "a scale needs between 2 and 101 points"))
            } else if decl.kind == .number && (!low.isWhole || !high.isWhole) {
                diagnostics.append(.invalidScale(decl.rangeClause ?? low.range, reason: "a `number` question takes whole numbers; use `decimal`"))
            }
            question.min = low.value
            question.max = high.value
        }
        switch decl.kind {
        case .multiple:
            let upTo = decl.upTo.map { Int($0.value) }
            let atLeast = decl.atLeast.map { Int($0.value) }
            if let upTo, let clause = decl.upTo {
                if upTo < 1 { diagnostics.append(.impossibleChoices(clause.range, reason: "`up to \(upTo)` allows no answer")) }
                if let count = optionCount, upTo > count {
                    diagnostics.append(.impossibleChoices(clause.range, reason: "`up to \(upTo)`, but there \(onlyOptions(count))"))
                }
            }
            if let atLeast, let clause = decl.atLeast {
                if let upTo, atLeast > upTo {
                    diagnostics.append(.impossibleChoices(clause.range, reason: "`at least \(atLeast)` is more than `up to \(upTo)`"))
                } else if let count = optionCount, atLeast > count {
                    diagnostics.append(.impossibleChoices(clause.range, reason: "`at least \(atLeast)`, but there \(onlyOptions(count))"))
                }
            }
            question.minChoices = atLeast
            question.maxChoices = upTo
        case .ranking:
            if let top = decl.top {
                let value = Int(top.value)
                if value < 1 {
                    diagnostics.append(.impossibleChoices(top.range, reason: "`top \(value)` ranks no options"))
                } else if let count = optionCount, value > count {
                    diagnostics.append(.impossibleChoices(top.range, reason: "`top \(value)`, but there \(onlyOptions(count))"))
                }
                question.maxChoices = value
            }
        default:
            break
        }
    }
}

/// "is only 1 option" or "are only 3 options", for a sentence.
private func onlyOptions(_ count: Int) -> String {
    count == 1 ? "is only 1 option" : "are only \(count) options"
}
