import SurveyBundle

extension Rule {
    /// Evaluates the rule, giving `unanswered` for every test on a question or role that has no value.
    ///
    /// Display conditions and role rules pass `.no` (grammar.md section 7); checks pass `.unknown`.
    func evaluate(_ facts: some Facts, in layout: Layout, unanswered: Truth) -> Truth {
        switch self {
        case .all(let rules):
            var result = Truth.yes
            for rule in rules {
                switch rule.evaluate(facts, in: layout, unanswered: unanswered) {
                case .no: return .no
                case .unknown: result = .unknown
                case .yes: break
                }
            }
            return result
        case .any(let rules):
            var result = Truth.no
            for rule in rules {
                switch rule.evaluate(facts, in: layout, unanswered: unanswered) {
                case .yes: return .yes
                case .unknown: result = .unknown
                case .no: break
                }
            }
            return result
        case .not(let rule):
            return rule.evaluate(facts, in: layout, unanswered: unanswered).negated
        case .answered(let target):
            return Truth(Subject(target, facts) != nil)
        case .role(let roles):
            guard let role = facts.roleIndex else { return unanswered }
            return Truth(roles.contains(role))
        case .test(let target, let comparison, let operand):
            guard let subject = Subject(target, facts), let operand = operand.settled(facts) else { return unanswered }
            return Truth(subject.compare(comparison, operand, positions: layout.questions[target.question].positions))
        case .among(let target, let operands):
            guard let subject = Subject(target, facts) else { return unanswered }
            var isSettled = true
            for operand in operands {
                guard let operand = operand.settled(facts) else {
                    isSettled = false
                    continue
                }
                if subject.equals(operand) { return .yes }
            }
            return isSettled ? .no : unanswered
        }
    }
}

extension Operand {
    /// The operand with the answer to another question put in its place, or `nil` when that question has none.
    fileprivate func settled(_ facts: some Facts) -> Operand? {
        guard case .answer(let question) = self else { return self }
        switch facts.answer(at: question) {
        case .number(let number), .scale(let number): return .number(Double(number))
        case .decimal(let decimal): return .number(decimal)
        default: return nil
        }
    }
}

/// The part of an answer a test looks at.
private enum Subject {
    case option(String)
    case options([String])
    case number(Double)
    case text(String)
    case bool(Bool)
    case grid

    init?(_ target: Target, _ facts: some Facts) {
        guard let answer = facts.answer(at: target.question) else { return nil }
        if let row = target.row {
            guard case .grid(let cells) = answer, let cell = cells[row] else { return nil }
            self = .option(cell)
            return
        }
        switch answer {
        case .option(let id, _): self = .option(id)
        case .options(let ids, _): self = .options(ids)
        case .text(let text): self = .text(text)
        case .number(let number), .scale(let number): self = .number(Double(number))
        case .decimal(let decimal): self = .number(decimal)
        case .grid: self = .grid
        case .yesno(let bool): self = .bool(bool)
        }
    }

    func equals(_ operand: Operand) -> Bool {
        switch (self, operand) {
        case (.option(let id), .option(let other, _)): id == other
        case (.number(let number), .number(let other)): number == other
        case (.text(let text), .text(let other)): text == other
        case (.bool(let bool), .bool(let other)): bool == other
        default: false
        }
    }

    func compare(_ comparison: Comparison, _ operand: Operand, positions: OptionPositions) -> Bool {
        switch comparison {
        case .is: return equals(operand)
        case .isNot: return !equals(operand)
        case .includes:
            guard case .options(let ids) = self, case .option(let id, _) = operand else { return false }
            return ids.contains(id)
        case .less, .lessOrEqual, .greater, .greaterOrEqual:
            let left: Double, right: Double
            switch (self, operand) {
            case (.number(let number), .number(let other)):
                (left, right) = (number, other)
            case (.option(let id), .option(_, let position)):
                guard let own = positions[id] else { return false }
                (left, right) = (Double(own), Double(position))
            default:
                return false
            }
            switch comparison {
            case .less: return left < right
            case .lessOrEqual: return left <= right
            case .greater: return left > right
            default: return left >= right
            }
        }
    }
}
