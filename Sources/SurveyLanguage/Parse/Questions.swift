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
        while !isAtEnd && current.kind != .leftBrace && current.kind != .rightBrace {
            if let clause = clauseKeyword(current), !(current.isAtLineStart && clause == .when) {
                let keyword = Identifier(name: clause.rawValue, range: currentRange)
                // `check` may be given more than once: each is its own rule. A question has a handful of
                // clauses, so searching them is cheaper than keeping a dictionary.
                if clause != .check, let earlier = question.clauses.last(where: { $0.clause == clause }) {
                    report(.duplicateClause(keyword, first: earlier.keywordRange))
                }
                let beforeClause = diagnostics.count
                advance()
                parseClause(clause, keyword.range, into: &question)
                // A question has a few clauses: room for them at once saves growing the list clause by clause.
                if question.clauses.isEmpty { question.clauses.reserveCapacity(4) }
                question.clauses.append(ClauseMark(clause: clause, range: keyword.range.union(previousEnd)))
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
            && clauseKeyword(current) == nil
        {
            advance()
        }
    }

    /// The clause keyword a token is, if it is one.
    func clauseKeyword(_ token: Token) -> ClauseKeyword? {
        lookUp(token, in: clauseKeywordTable)
    }

    /// clause = "required" | "help" text | "from" IDENT | … ;  the keyword has been consumed.
    mutating func parseClause(_ clause: ClauseKeyword, _ keywordRange: SourceRange, into question: inout QuestionDecl) {
        switch clause {
        case .required: question.isRequired = true
        case .help: question.help = parseText("the help text")
        case .from: question.from = parseIdentifier("the name of a choice list")
        case .ordered: question.isOrdered = true
        case .up:
            if accept("to") {
                question.upTo = parseWholeNumber("the most options that may be chosen")
            } else {
                report(.expected("`to` in `up to N`", found: describe(current), at: foundRange))
            }
        case .at:
            if accept("least") {
                question.atLeast = parseWholeNumber("the fewest options that must be chosen")
            } else {
                report(.expected("`least` in `at least N`", found: describe(current), at: foundRange))
            }
        case .top: question.top = parseWholeNumber("how many options to rank")
        case .range:
            question.low = parseNumber("the low end of the range")
            if question.low != nil, expect(.ellipsis, "`...` between the ends of the range") {
                question.high = parseNumber("the high end of the range")
            }
            question.rangeClause = keywordRange.union(previousEnd)
        case .unit: question.unit = parseText("the unit, such as \"hours\"")
        case .low: question.lowLabel = parseText("the label of the low end")
        case .high: question.highLabel = parseText("the label of the high end")
        case .long: question.isLong = true
        case .max:
            question.maxLength = parseWholeNumber("the most characters")
            if let limit = question.maxLength, limit.value < 1 {
                report(.expected("the most characters, at least 1", found: "`\(limit.text)`", at: limit.range))
                question.maxLength = nil
            }
        case .continues: question.continues = parseIdentifier("the earlier question's identifier")
        case .when: question.condition = parseCondition()
        case .check:
            let condition = parseCondition()
            if accept("else") {
                if let message = parseText("the message shown when the check fails") {
                    question.checks.append(CheckDecl(condition: condition, message: message))
                }
            } else {
                report(.expected("`else \"message\"` after the check", found: describe(current), at: foundRange))
            }
        }
    }
}
