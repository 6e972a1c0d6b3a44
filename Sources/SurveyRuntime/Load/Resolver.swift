import SurveyBundle

/// Resolves conditions and pipes against the survey's questions and roles, recording every inconsistency.
struct Resolver {
    /// Where a condition is written and what it may read there.
    struct Scope {
        let location: Location
        /// Only questions at positions below this may be read.
        let limit: Int
        /// The item position of the construct, compared with the last screener question for `role` tests.
        let startItem: Int
        /// Whether the condition is a role rule, which reads screener questions only and never the role.
        let isRoleRule: Bool
    }

    let questions: [Question]
    let questionIndex: [String: Int]
    let positions: [OptionPositions]
    let roleIndex: [String: Int]
    let screener: Set<String>
    let lastScreener: (item: Int, id: String)?
    private(set) var problems: [Inconsistency] = []

    init(
        questions: [Question], questionIndex: [String: Int], roleIndex: [String: Int], screener: Set<String>,
        lastScreener: (item: Int, id: String)?
    ) {
        self.questions = questions
        self.questionIndex = questionIndex
        self.positions = questions.map { OptionPositions($0.options) }
        self.roleIndex = roleIndex
        self.screener = screener
        self.lastScreener = lastScreener
    }

    /// Resolves a condition, or records why it cannot be and returns a placeholder.
    mutating func resolve(_ condition: Condition, in scope: Scope) -> Rule {
        switch condition {
        case .and(let conditions): return .all(conditions.map { resolve($0, in: scope) })
        case .or(let conditions): return .any(conditions.map { resolve($0, in: scope) })
        case .not(let condition): return .not(resolve(condition, in: scope))
        case .answered(let reference):
            return target(reference, in: scope).map { .answered($0) } ?? .all([])
        case .role(let roles):
            guard !roles.isEmpty else {
                problems.append(.shortList(scope.location, operation: "role", count: 0))
                return .all([])
            }
            return resolveRole(roles, in: scope)
        case .test(let reference, let comparison, let value):
            guard let target = target(reference, in: scope) else { return .all([]) }
            guard admits(comparison, on: reference, target, in: scope),
                let operand = operand(value, for: reference, target, in: scope)
            else { return .all([]) }
            return .test(target, comparison, operand)
        case .among(let reference, let values):
            guard values.count >= 2 else {
                problems.append(.shortList(scope.location, operation: "in", count: values.count))
                return .all([])
            }
            guard let target = target(reference, in: scope) else { return .all([]) }
            guard admits(.is, on: reference, target, in: scope) else { return .all([]) }
            let operands = values.compactMap { operand($0, for: reference, target, in: scope) }
            return operands.count == values.count ? .among(target, operands) : .all([])
        }
    }

    /// Checks the pipes of a text, which may read only the questions before `limit`.
    mutating func checkPipes(_ text: String?, in scope: Scope) {
        // A byte test first: Foundation's `String.contains` was a tenth of loading.
        guard let text, Template.mayHavePipes(text) else { return }
        for reference in Template(text).references {
            _ = target(reference, in: scope)
        }
    }

    private mutating func resolveRole(_ roles: [String], in scope: Scope) -> Rule {
        if scope.isRoleRule {
            if case .role(let id) = scope.location { problems.append(.roleRuleReadsRole(role: id)) }
            return .all([])
        }
        if roleIndex.isEmpty {
            problems.append(.roleInSingleAudience(scope.location))
            return .all([])
        }
        if let lastScreener, scope.startItem <= lastScreener.item {
            problems.append(.roleBeforeScreener(scope.location, lastScreener: lastScreener.id))
        }
        var indices: [Int] = []
        for role in roles {
            if let index = roleIndex[role] {
                indices.append(index)
            } else {
                problems.append(.unknownRole(scope.location, role: role))
            }
        }
        return .role(indices)
    }

    private mutating func target(_ reference: Reference, in scope: Scope) -> Target? {
        guard let index = questionIndex[reference.question] else {
            problems.append(.unknownQuestion(scope.location, name: reference.question))
            return nil
        }
        if scope.isRoleRule {
            if !screener.contains(reference.question), case .role(let role) = scope.location {
                problems.append(.roleRuleReadsNonScreener(role: role, question: reference.question))
                return nil
            }
        } else if index >= scope.limit {
            problems.append(.laterQuestion(scope.location, name: reference.question))
            return nil
        }
        let question = questions[index]
        if let row = reference.row {
            guard question.type == .grid else {
                problems.append(.rowOfNonGrid(scope.location, question: question.id))
                return nil
            }
            guard question.rows?.contains(where: { $0.id == row }) == true else {
                problems.append(.unknownRow(scope.location, question: question.id, row: row))
                return nil
            }
        }
        return Target(question: index, row: reference.row)
    }

    private mutating func admits(_ comparison: Comparison, on reference: Reference, _ target: Target, in scope: Scope)
        -> Bool
    {
        let question = questions[target.question]
        if question.type == .grid && target.row == nil {
            problems.append(.wholeGridTested(scope.location, question: question.id))
            return false
        }
        let admitted: Bool
        switch (question.type, comparison) {
        case (.multiple, .includes), (.ranking, .includes): admitted = true
        case (.multiple, _), (.ranking, _), (_, .includes): admitted = false
        case (.number, _), (.decimal, _), (.scale, _): admitted = true
        case (_, .is), (_, .isNot): admitted = true
        case (.single, _), (.grid, _):
            if question.isOrdered != true {
                problems.append(.unorderedComparison(scope.location, reference: reference.name, comparison: comparison))
                return false
            }
            admitted = true
        default: admitted = false
        }
        if !admitted {
            problems.append(
                .misusedComparison(scope.location, reference: reference.name, type: question.type, comparison: comparison))
        }
        return admitted
    }

    private mutating func operand(_ value: Value, for reference: Reference, _ target: Target, in scope: Scope)
        -> Operand?
    {
        let question = questions[target.question]
        switch (question.type, value) {
        case (.single, .option(let id)), (.multiple, .option(let id)), (.ranking, .option(let id)),
            (.grid, .option(let id)):
            guard let position = positions[target.question][id] else {
                problems.append(.unknownOption(scope.location, question: question.id, option: id))
                return nil
            }
            return .option(id, position: position)
        case (.number, .number(let number)), (.decimal, .number(let number)), (.scale, .number(let number)):
            return .number(number)
        case (.number, .answer(let id)), (.decimal, .answer(let id)), (.scale, .answer(let id)):
            guard let other = self.target(Reference(question: id), in: scope) else { return nil }
            guard [.number, .decimal, .scale].contains(questions[other.question].type) else {
                problems.append(.mismatchedValue(scope.location, reference: reference.name, type: question.type, value: value))
                return nil
            }
            return .answer(other.question)
        case (.text, .text(let text)): return .text(text)
        case (.yesno, .bool(let bool)): return .bool(bool)
        case (.yesno, .option("yes")): return .bool(true)
        case (.yesno, .option("no")): return .bool(false)
        default:
            problems.append(.mismatchedValue(scope.location, reference: reference.name, type: question.type, value: value))
            return nil
        }
    }
}
