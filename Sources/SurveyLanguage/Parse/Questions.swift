import SurveyBundle

extension Parser {
    /// question = kind IDENT text { clause } [ body ] ;
    mutating func parseQuestion(_ kind: QuestionType) -> QuestionDecl? {
        let kindRange = currentRange
        advance()
        guard let id = parseIdentifier("the question's identifier"), let text = parseText("the question's text") else {
            skipToNextLine()
            if current.kind == .leftBrace { skipBalancedBraces() }
            return nil
        }
        var question = QuestionDecl(kind: kind, kindRange: kindRange, id: id, text: text, range: kindRange.union(text.range))
        var seen: [String: SourceRange] = [:]
        while current.kind == .identifier && clauseKeywords.contains(self.text(of: current))
            && !(current.isAtLineStart && isWord("when"))
        {
            let keyword = Identifier(name: self.text(of: current), range: currentRange)
            // `check` may be given more than once: each is its own rule.
            if keyword.name != "check", let first = seen[keyword.name] {
                report(.duplicateClause(keyword, first: first))
            }
            seen[keyword.name] = keyword.range
            advance()
            parseClause(keyword, into: &question)
            question.clauses.append(ClauseMark(keyword: keyword.name, range: keyword.range.union(previousEnd)))
        }
        if current.kind == .leftBrace {
            let open = currentRange
            switch kind {
            case .single, .multiple, .ranking: question.options = parseOptions("the options of `\(id.name)`")
            case .grid: question.rows = parseRows()
            default:
                report(.bodyNotAllowed(open, kind: kind))
                skipBalancedBraces()
            }
            question.bodyRange = open.union(previousEnd)
        } else if !current.isAtLineStart && !isAtEnd && current.kind != .rightBrace {
            if current.kind == .identifier {
                report(.unknownClause(Identifier(name: self.text(of: current), range: currentRange), of: "question", candidates: clauseKeywords))
            } else {
                report(.expected("a clause such as `required` or `when`, or the end of the line", found: describe(current), at: currentRange))
            }
            skipToNextLine()
        }
        question.range = kindRange.union(previousEnd)
        return question
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
        case "max": question.maxLength = parseWholeNumber("the most characters")
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
