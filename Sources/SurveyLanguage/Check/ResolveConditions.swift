import SurveyBundle

extension Checker {
    /// Resolves and type-checks a condition written at a position; nil when any part is wrong.
    ///
    /// `position` is how many questions are asked before the condition: only those may be tested.
    mutating func resolve(_ expr: Expr, at position: Int) -> Condition? {
        switch expr {
        case .and(let terms, _):
            return resolveAll(terms) { $0.resolve($1, at: position) }.map(Condition.and)
        case .or(let terms, _):
            return resolveAll(terms) { $0.resolve($1, at: position) }.map(Condition.or)
        case .not(let inner, _):
            return resolve(inner, at: position).map(Condition.not)
        case .answered(let reference, _):
            return resolveReference(reference, at: position).map { .answered($0.reference) }
        case .role(let ids, let range):
            return resolveRoles(ids, range: range, at: position)
        case .test(let reference, let comparison, let value, let range):
            guard let (ref, question) = resolveReference(reference, at: position) else { return nil }
            let resolved = lowerValue(value, comparison: comparison, question: question, reference: reference, range: range, at: position)
            return resolved.map { .test(ref, comparison, $0) }
        case .among(let reference, let values, let range):
            guard let (ref, question) = resolveReference(reference, at: position) else { return nil }
            let resolved = resolveAll(values) {
                $0.lowerValue($1, comparison: .is, question: question, reference: reference, range: range, at: position)
            }
            guard let resolved else { return nil }
            // `in` with one value is that test.
            return resolved.count == 1 ? .test(ref, .is, resolved[0]) : .among(ref, resolved)
        case .bad:
            return nil
        }
    }

    /// Resolves every part, so each wrong one is reported; nil when any is wrong.
    mutating func resolveAll<Part, Resolved>(_ parts: [Part], _ resolve: (inout Checker, Part) -> Resolved?) -> [Resolved]? {
        var resolved: [Resolved] = []
        resolved.reserveCapacity(parts.count)
        var isValid = true
        for part in parts {
            if let one = resolve(&self, part) { resolved.append(one) } else { isValid = false }
        }
        return isValid ? resolved : nil
    }

    mutating func resolveRoles(_ ids: [Identifier], range: SourceRange, at position: Int) -> Condition? {
        var isValid = true
        for id in ids where roleIndex[id.name] == nil {
            diagnostics.append(.unknownRole(id, candidates: roleDecls.map(\.id.name)))
            isValid = false
        }
        if position == Int.min {
            diagnostics.append(.ruleReadsRole(range))
            return nil
        }
        if let last = screener.last, let known = questions.position(of: last), position <= known {
            diagnostics.append(.roleBeforeKnown(range, screener: last, declared: questions.infos[known].idRange))
            isValid = false
        }
        return isValid ? .role(ids.map(\.name)) : nil
    }

    /// Resolves `question` or `question.row`, reporting unknown names and questions not yet asked; the
    /// question is given by its position.
    mutating func resolveReference(_ reference: RefExpr, at position: Int) -> (reference: Reference, question: Int)? {
        let name = reference.question
        guard let question = questions.position(of: name.name) else {
            diagnostics.append(.unknownQuestion(name, candidates: questionsToSuggest(before: position)))
            return nil
        }
        if position != Int.min, question >= position {
            diagnostics.append(.usedBeforeAsked(name, declared: questions.infos[question].idRange))
            return nil
        }
        if let row = reference.row {
            let info = questions.infos[question]
            let rows = info.decl.rows?.map(\.id.name) ?? []
            guard info.kind == .grid else {
                diagnostics.append(.typeMismatch(row.range, question: name.name, kind: info.kind, value: "a statement `\(row.name)`", help: "only grid questions have statements"))
                return nil
            }
            guard rows.contains(row.name) else {
                diagnostics.append(.unknownRow(row, grid: name.name, rows: rows))
                return nil
            }
        }
        return (Reference(question: name.name, row: reference.row?.name), question)
    }

    /// Type-checks one value against the question it is compared with, at position `question`.
    ///
    /// The question's entry is read in place, field by field, as `QuestionTable.position(of:)` says.
    mutating func lowerValue(_ value: ValueExpr, comparison: Comparison, question: Int, reference: RefExpr, range: SourceRange, at position: Int) -> Value? {
        // The reference was resolved by this name.
        let name = reference.question.name
        let isOrderComparison = [.less, .lessOrEqual, .greater, .greaterOrEqual].contains(comparison)
        let kind = questions.infos[question].kind
        if kind == .grid && reference.row == nil {
            diagnostics.append(.typeMismatch(value.range, question: name, kind: kind, value: describe(value), help: "test one statement: `\(name).\(questions.infos[question].decl.rows?.first?.id.name ?? "statement") is …`"))
            return nil
        }
        if comparison == .includes && ![.multiple, .ranking].contains(kind) {
            diagnostics.append(.includesOnSingleAnswer(range, question: name, kind: kind))
            return nil
        }
        switch kind {
        case .single, .grid, .multiple, .ranking:
            if [.multiple, .ranking].contains(kind) && comparison != .includes {
                diagnostics.append(.typeMismatch(range, question: name, kind: kind, value: describe(value), help: "a `\(kind.rawValue)` answer holds several options: write `\(name) includes …`"))
                return nil
            }
            guard case .name(let option) = value else {
                diagnostics.append(.typeMismatch(value.range, question: name, kind: kind, value: describe(value), help: "compare with one of its options"))
                return nil
            }
            guard let options = questions.infos[question].options else { return nil }
            guard options.contains(where: { $0.id == option.name }) else {
                diagnostics.append(.unknownOption(option, question: name, kind: kind, options: options.map(\.id), declared: questions.infos[question].idRange))
                return nil
            }
            if isOrderComparison && !questions.infos[question].isOrdered {
                diagnostics.append(.orderOnUnordered(range, question: name))
                return nil
            }
            return .option(option.name)
        case .yesno:
            guard case .name(let answer) = value, answer.name == "yes" || answer.name == "no" else {
                if case .name(let other) = value {
                    diagnostics.append(.unknownOption(other, question: name, kind: kind, options: ["yes", "no"], declared: questions.infos[question].idRange))
                } else {
                    diagnostics.append(.typeMismatch(value.range, question: name, kind: kind, value: describe(value), help: "compare with `yes` or `no`"))
                }
                return nil
            }
            if isOrderComparison {
                diagnostics.append(.orderOnUnordered(range, question: name))
                return nil
            }
            return .bool(answer.name == "yes")
        case .number, .decimal, .scale:
            if case .name(let other) = value, let otherPosition = questions.position(of: other.name),
                [.number, .decimal, .scale].contains(questions.infos[otherPosition].kind)
            {
                guard comparison != .includes, resolveReference(RefExpr(question: other, row: nil), at: position) != nil else { return nil }
                return .answer(other.name)
            }
            if case .name(let other) = value, questions.position(of: other.name) == nil, closestMatch(to: other.name, in: questionsToSuggest(before: position)) != nil {
                // A name this close to a question's is a misspelt question, not a value of the wrong type.
                diagnostics.append(.unknownQuestion(other, candidates: questionNames(before: position)))
                return nil
            }
            guard case .number(let number) = value else {
                diagnostics.append(.typeMismatch(value.range, question: name, kind: kind, value: describe(value), help: "compare with a number, such as `\(name) >= \(exampleNumber(questions.infos[question]))`"))
                return nil
            }
            return .number(number.value)
        case .text:
            guard case .text(let text) = value, !isOrderComparison else {
                diagnostics.append(.typeMismatch(value.range, question: name, kind: kind, value: describe(value), help: "compare text with `is \"…\"`, or test `answered \(name)`"))
                return nil
            }
            return .text(text.value)
        }
    }

    /// A number to compare a number, decimal or scale question with in an example: the middle of its range
    /// (a whole number when the range has one), so the example can be true; 10 when it has no range.
    func exampleNumber(_ info: QuestionInfo) -> String {
        guard let low = info.decl.low?.value, let high = info.decl.high?.value, low <= high else { return "10" }
        let whole = ((low + high) / 2).rounded(.down)
        return Value.number(whole >= low ? whole : (low + high) / 2).sourceText
    }

    func describe(_ value: ValueExpr) -> String {
        switch value {
        case .name(let id): "the option `\(id.name)`"
        case .number(let number): "the number \(number.text)"
        case .text: "a string"
        }
    }
}
