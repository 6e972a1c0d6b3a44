import SurveyBundle

extension Parser {
    /// question = kind IDENT text { clause } [ body ] ;
    mutating func parseQuestion(_ kind: QuestionType) -> QuestionDecl? {
        let kindRange = currentRange
        let reported = diagnostics.count
        advance()
        guard let id = parseIdentifier("the question's identifier") else {
            skipToNextLine()
            if current.kind == .leftBrace { skipBalancedBraces() }
            return nil
        }
        // A question without its text is still parsed, so its name stays known and its body is read.
        let text = parseText("the question's text") ?? placeholderText
        var question = QuestionDecl(kind: kind, kindRange: kindRange, id: id, text: text, range: kindRange.union(text.range))
        // The clauses seen so far: a question has a handful, so a list is cheaper than a dictionary.
        var seen: [(keyword: String, range: SourceRange)] = []
        while !isAtEnd && current.kind != .leftBrace && current.kind != .rightBrace {
            if current.kind == .identifier && clauseKeywords.contains(where: { wordEquals(current, $0) }) && !(current.isAtLineStart && isWord("when")) {
                let keyword = Identifier(name: self.text(of: current), range: currentRange)
                // `check` may be given more than once: each is its own rule.
                let earlier = seen.firstIndex { $0.keyword == keyword.name }
                if keyword.name != "check", let earlier {
                    report(.duplicateClause(keyword, first: seen[earlier].range))
                }
                if let earlier { seen[earlier].range = keyword.range } else { seen.append((keyword.name, keyword.range)) }
                let beforeClause = diagnostics.count
                advance()
                parseClause(keyword, into: &question)
                question.clauses.append(ClauseMark(keyword: keyword.name, range: keyword.range.union(previousEnd)))
                if diagnostics.count > beforeClause { skipMalformedClause() }
            } else if current.isAtLineStart {
                break
            } else {
                // One diagnostic per question: after an error, words that are not clauses are its consequence.
                if diagnostics.count == reported {
                    if current.kind == .identifier {
                        report(.unknownClause(Identifier(name: self.text(of: current), range: currentRange), of: "question", candidates: clauseKeywords))
                    } else {
                        report(.expected("a clause such as `required` or `when`, or the end of the line", found: describe(current), at: currentRange))
                    }
                }
                advance()
                skipMalformedClause()
            }
        }
        if current.kind == .leftBrace {
            let open = currentRange
            switch kind {
            case .single, .multiple, .ranking: question.options = parseOptions("the options of `\(id.name)`")
            case .grid: question.rows = parseRows()
            default:
                if diagnostics.count == reported { report(.bodyNotAllowed(open, kind: kind)) }
                skipBalancedBraces()
            }
            question.bodyRange = open.union(previousEnd)
        }
        question.range = kindRange.union(previousEnd)
        return question
    }

    /// After a malformed clause, skips to where the question can resume: a clause word, its body, or the next line.
    mutating func skipMalformedClause() {
        while !isAtEnd && !current.isAtLineStart && current.kind != .leftBrace && current.kind != .rightBrace
            && !(current.kind == .identifier && clauseKeywords.contains(where: { wordEquals(current, $0) }))
        {
            advance()
        }
    }

    /// clause = "required" | "help" text | "from" IDENT | … ;  the keyword has been consumed.
    mutating func parseClause(_ keyword: Identifier, into question: inout QuestionDecl) {
        switch keyword.name {
        case "required": question.isRequired = true
        case "help": question.help = parseText("the help text")
        case "from": question.from = parseIdentifier("the name of a choice list")
        case "ordered": question.isOrdered = true
        case "up":
            if accept("to") {
                question.upTo = parseWholeNumber("the most options that may be chosen")
            } else {
                report(.expected("`to` in `up to N`", found: describe(current), at: foundRange))
            }
        case "at":
            if accept("least") {
                question.atLeast = parseWholeNumber("the fewest options that must be chosen")
            } else {
                report(.expected("`least` in `at least N`", found: describe(current), at: foundRange))
            }
        case "top": question.top = parseWholeNumber("how many options to rank")
        case "range":
            question.low = parseNumber("the low end of the range")
            if question.low != nil, expect(.ellipsis, "`...` between the ends of the range") {
                question.high = parseNumber("the high end of the range")
            }
            question.rangeClause = keyword.range.union(previousEnd)
        case "unit": question.unit = parseText("the unit, such as \"hours\"")
        case "low": question.lowLabel = parseText("the label of the low end")
        case "high": question.highLabel = parseText("the label of the high end")
        case "long": question.isLong = true
        case "max":
            question.maxLength = parseWholeNumber("the most characters")
            if let limit = question.maxLength, limit.value < 1 {
                report(.expected("the most characters, at least 1", found: "`\(limit.text)`", at: limit.range))
                question.maxLength = nil
            }
        case "continues": question.continues = parseIdentifier("the earlier question's identifier")
        case "when": question.condition = parseCondition()
        case "check":
            let condition = parseCondition()
            if accept("else") {
                if let message = parseText("the message shown when the check fails") {
                    question.checks.append(CheckDecl(condition: condition, message: message))
                }
            } else {
                report(.expected("`else \"message\"` after the check", found: describe(current), at: foundRange))
            }
        default:
            break
        }
    }
}
