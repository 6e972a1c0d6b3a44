import SurveyBundle

extension Parser {
    /// condition = disjunction ;  never fails: what cannot be parsed becomes `Expr.bad`.
    mutating func parseCondition() -> Expr {
        parseDisjunction()
    }

    /// disjunction = conjunction { "or" conjunction } ;
    mutating func parseDisjunction() -> Expr {
        let first = parseConjunction()
        // Most conditions are one term: the list is made only for more.
        guard acceptConnective("or", or: .pipes) else { return first }
        var terms = [first, parseConjunction()]
        while acceptConnective("or", or: .pipes) { terms.append(parseConjunction()) }
        return .or(terms, first.range.union(terms[terms.count - 1].range))
    }

    /// conjunction = negation { "and" negation } ;
    mutating func parseConjunction() -> Expr {
        let first = parseNegation()
        guard acceptConnective("and", or: .ampersands) else { return first }
        var terms = [first, parseNegation()]
        while acceptConnective("and", or: .ampersands) { terms.append(parseNegation()) }
        return .and(terms, first.range.union(terms[terms.count - 1].range))
    }

    /// Consumes `word`, or the symbol programmers write for it (`&&`, `||`), which is reported and read as the word.
    mutating func acceptConnective(_ word: String, or symbol: TokenKind) -> Bool {
        if current.kind == symbol {
            report(.unexpectedCharacter(currentRange, text: text(of: current), fix: .word(word, replacing: currentRange, in: source.bytes)))
        }
        guard isWord(word) || current.kind == symbol else { return false }
        advance()
        return true
    }

    /// negation = "not" negation | primary ;  a loop, so a long run of `not` cannot overflow the stack.
    mutating func parseNegation() -> Expr {
        var nots: [SourceRange] = []
        defer { for _ in nots { leaveNesting() } }
        while isWord("not") {
            // Each `not` nests the condition one level deeper, and the checker walks it recursively.
            guard enterNesting(at: currentRange) else {
                let start = nots.first ?? currentRange
                skipCondition()
                return .bad(start)
            }
            nots.append(currentRange)
            advance()
        }
        var expr = parsePrimary()
        for start in nots.reversed() { expr = .not(expr, start.union(expr.range)) }
        return expr
    }

    /// primary = "(" condition ")" | "answered" reference | "role" … | reference test ;
    mutating func parsePrimary() -> Expr {
        let start = currentRange
        if current.kind == .leftParen {
            guard enterNesting(at: start) else {
                skipCondition()
                return .bad(start)
            }
            advance()
            let inner = parseCondition()
            leaveNesting()
            if case .bad = inner { return inner }
            guard expect(.rightParen, "`)` to close the condition") else {
                skipCondition()
                return .bad(start)
            }
            return inner
        }
        guard current.kind == .identifier else {
            report(.expected("a condition such as `employer is agency`", found: describe(current), at: foundRange))
            skipCondition()
            return .bad(start)
        }
        if accept("answered") {
            guard let reference = parseReference() else { return .bad(start) }
            return .answered(reference, start.union(reference.range))
        }
        if isWord("role") {
            advance()
            if accept("is") {
                guard let role = parseIdentifier("a role") else {
                    skipCondition()
                    return .bad(start)
                }
                return .role([role], start.union(role.range))
            }
            if accept("in") {
                guard let roles = parseList({ $0.parseIdentifier("a role") }) else { return .bad(start) }
                return .role(roles, start.union(previousEnd))
            }
            report(.expected("`is` or `in` after `role`", found: describe(current), at: foundRange))
            skipCondition()
            return .bad(start)
        }
        guard let reference = parseReference() else { return .bad(start) }
        return parseTest(reference)
    }

    /// reference = IDENT [ "." IDENT ] ;
    mutating func parseReference() -> RefExpr? {
        guard let question = parseIdentifier("a question") else {
            skipCondition()
            return nil
        }
        var reference = RefExpr(question: question, row: nil)
        if accept(.dot) {
            guard let row = parseIdentifier("a grid statement") else {
                skipCondition()
                return nil
            }
            reference.row = row
        }
        return reference
    }

    /// test = "is" [ "not" ] value | "in" "(" values ")" | "includes" value | relop value ;
    mutating func parseTest(_ reference: RefExpr) -> Expr {
        let comparison: Comparison
        if accept("is") {
            comparison = accept("not") ? .isNot : .is
        } else if accept("includes") {
            comparison = .includes
        } else if accept("in") {
            guard let values = parseList({ $0.parseValue() }) else { return .bad(reference.range) }
            return .among(reference, values, reference.range.union(previousEnd))
        } else {
            switch current.kind {
            case .less: comparison = .less
            case .lessOrEqual: comparison = .lessOrEqual
            case .greater: comparison = .greater
            case .greaterOrEqual: comparison = .greaterOrEqual
            case .equals where current.start > 0 && source.bytes[current.start - 1] == UInt8(ascii: "!"):
                // `!=`: the lexer has reported the `!` and suggested `is not`, which is what was meant.
                comparison = .isNot
            case .equals:
                // `==` as in most programming languages is read as the one `=` it stands for.
                let start = current.start
                if position + 1 < tokens.count, tokens[position + 1].kind == .equals, tokens[position + 1].start == current.end { advance() }
                let written = SourceRange(file: file, start: start, end: current.end)
                report(
                    .expected(
                        "`is` (write `\(reference.question.name) is …`)", found: "`\(current.end - start == 2 ? "==" : "=")`", at: written,
                        fix: .word("is", replacing: written, in: source.bytes)))
                comparison = .is
            default:
                report(.expected("a test such as `is`, `in`, `includes` or `>=`", found: describe(current), at: foundRange))
                skipCondition()
                return .bad(reference.range)
            }
            advance()
        }
        guard let value = parseValue() else { return .bad(reference.range) }
        return .test(reference, comparison, value, reference.range.union(value.range))
    }

    /// value = IDENT | NUMBER | STRING ;
    mutating func parseValue() -> ValueExpr? {
        switch current.kind {
        case .identifier:
            let id = Identifier(name: text(of: current), range: currentRange)
            advance()
            return .name(id)
        case .number:
            return parseNumber("a value").map(ValueExpr.number)
        case .string:
            return parseText("a value").map(ValueExpr.text)
        default:
            report(.expected("a value (an option, a number or a string)", found: describe(current), at: foundRange))
            skipCondition()
            return nil
        }
    }

    /// "(" element { "," element } ")"
    mutating func parseList<Element>(_ element: (inout Parser) -> Element?) -> [Element]? {
        guard expect(.leftParen, "`(` to start the list") else {
            skipCondition()
            return nil
        }
        var elements: [Element] = []
        repeat {
            guard let next = element(&self) else { return nil }
            elements.append(next)
        } while accept(.comma)
        guard expect(.rightParen, "`)` to close the list") else {
            skipCondition()
            return nil
        }
        return elements
    }

    /// After an error in a condition, skips to where the enclosing construct can resume.
    mutating func skipCondition() {
        while !isAtEnd && !current.isAtLineStart && current.kind != .leftBrace && current.kind != .rightBrace && !isWord("else") {
            advance()
        }
    }
}
