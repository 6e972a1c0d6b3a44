import SurveyBundle

extension Parser {
    /// question = kind IDENT text { clause } [ body ] ;  held by reference, as an item holds it.
    mutating func parseQuestion(_ kind: QuestionType) -> QuestionRef? {
        let kindRange = currentRange
        let reported = diagnostics.count
        advance()
        let idToken = position
        guard let id = parseIdentifier("the question's identifier") else {
            skipToNextLine()
            if current.kind == .leftBrace { skipBalancedBraces() }
            return nil
        }
        // A question without its text is still parsed, so its name stays known and its body is read.
        let text = parseText("the question's text") ?? placeholderText
        let firstClause = clauses.count
        var question = QuestionDecl(
            kind: kind, kindRange: kindRange, id: id, text: text, clauses: firstClause..<firstClause, range: kindRange.union(text.range))
        var details = QuestionDetails()
        var hasDetails = false
        while !isAtEnd && current.kind != .leftBrace && current.kind != .rightBrace {
            if let clause = clauseKeyword(current), !(current.isAtLineStart && clause == .when) {
                let keyword = Identifier(name: clause.rawValue, range: currentRange)
                // `check` may be given more than once: each is its own rule. A question has a handful of
                // clauses, so searching them is cheaper than keeping a dictionary.
                if clause != .check, let earlier = clauses[firstClause...].last(where: { $0.clause == clause }) {
                    report(.duplicateClause(keyword, first: earlier.keywordRange))
                }
                let beforeClause = diagnostics.count
                advance()
                parseClause(clause, keyword.range, into: &question, details: &details)
                hasDetails = hasDetails || clause.isKeptAside
                clauses.append(ClauseMark(clause: clause, range: keyword.range.union(previousEnd)))
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
        if current.kind != .leftBrace, question.condition == nil, kind.takesBody, kind == .grid || question.from == nil,
            let block = lineStartWhenHoldingBody()
        {
            // The `when` was meant as the question's condition: it is read as one, so its lines are the body.
            report(.conditionOnOwnLine(block, question: id.name, kind: kind, fix: joiningLinesFix))
            let keyword = currentRange
            advance()
            question.condition = parseCondition()
            clauses.append(ClauseMark(clause: .when, range: keyword.union(previousEnd)))
        }
        if current.kind == .leftBrace {
            let open = currentRange
            switch kind {
            case .single, .multiple, .ranking: question.options = parseOptions("the options of `\(id.name)`", of: id)
            case .grid: question.rows = parseRows(of: id)
            default:
                if diagnostics.count == reported { report(.bodyNotAllowed(open, kind: kind)) }
                skipBalancedBraces()
            }
            question.bodyRange = open.union(previousEnd)
            if tokens[position - 1].kind == .rightBrace && kind.takesBody {
                closedBody = ClosedBody(position: position - 1, question: idToken, kind: kind)
            }
        }
        question.clauses = firstClause..<clauses.count
        question.range = kindRange.union(previousEnd)
        // Moved, not copied, into its box: the rarer clauses take a few hundred bytes.
        if hasDetails { question.details = Box(consume details) }
        return QuestionRef(question)
    }

    /// The `when … {` starting the line here, when the first line inside it is a name and a text: the
    /// options or statements of the question above, after a condition put on a line of its own.
    func lineStartWhenHoldingBody() -> SourceRange? {
        guard current.isAtLineStart, isWord("when") else { return nil }
        var index = position + 1
        while !tokens[index].isAtLineStart && tokens[index].kind != .leftBrace && tokens[index].kind != .end { index += 1 }
        guard tokens[index].kind == .leftBrace, !tokens[index].isAtLineStart, tokens[index + 1].kind != .end else { return nil }
        let first = tokens[index + 1], second = tokens[index + 2]
        guard first.kind == .identifier, first.isAtLineStart, second.kind == .string, !second.isAtLineStart,
            !wordEquals(first, "note")
        else { return nil }
        return SourceRange(file: file, start: current.start, end: tokens[index].end)
    }

    /// The fix that joins the current line onto the end of the line before it.
    var joiningLinesFix: Fix? {
        let gap = SourceRange(file: file, start: previousEnd.end, end: current.start)
        // A comment between the lines would swallow what is joined onto its line.
        guard !source.bytes[gap.start..<gap.end].contains(UInt8(ascii: "/")) else { return nil }
        return Fix(range: gap, replacement: " ")
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
    ///
    /// The rarer clauses go into `details`, which the question keeps aside.
    mutating func parseClause(
        _ clause: ClauseKeyword, _ keywordRange: SourceRange, into question: inout QuestionDecl, details: inout QuestionDetails
    ) {
        switch clause {
        case .required: question.isRequired = true
        case .help: details.help = parseText("the help text")
        case .from: question.from = parseIdentifier("the name of a choice list")
        case .ordered: question.isOrdered = true
        case .up:
            if accept("to") {
                details.upTo = parseWholeNumber("the most options that may be chosen")
            } else {
                report(.expected("`to` in `up to N`", found: describe(current), at: foundRange))
            }
        case .at:
            if accept("least") {
                details.atLeast = parseWholeNumber("the fewest options that must be chosen")
            } else {
                report(.expected("`least` in `at least N`", found: describe(current), at: foundRange))
            }
        case .top: details.top = parseWholeNumber("how many options to rank")
        case .range:
            details.low = parseNumber("the low end of the range")
            if let low = details.low, current.kind == .dot {
                // `0..80` (or `0..<80`, as in Swift): the ends are clear, so the range is read on after the report.
                let start = current.start
                while current.kind == .dot || current.kind == .less { advance() }
                let dots = SourceRange(file: file, start: start, end: previousEnd.end)
                let written = String(decoding: source.bytes[dots.start..<dots.end], as: UTF8.self)
                details.high = parseNumber("the high end of the range")
                report(.rangeDots(dots, written: written, low: low.text, high: details.high?.text))
            } else if details.low != nil, expect(.ellipsis, "`...` between the ends of the range") {
                details.high = parseNumber("the high end of the range")
            }
            details.rangeClause = keywordRange.union(previousEnd)
        case .unit: details.unit = parseText("the unit, such as \"hours\"")
        case .low: details.lowLabel = parseText("the label of the low end")
        case .high: details.highLabel = parseText("the label of the high end")
        case .long: question.isLong = true
        case .max:
            details.maxLength = parseWholeNumber("the most characters")
            if let limit = details.maxLength, limit.value < 1 {
                report(.expected("the most characters, at least 1", found: "`\(limit.text)`", at: limit.range))
                details.maxLength = nil
            }
        case .continues: details.continues = parseIdentifier("the earlier question's identifier")
        case .when: question.condition = parseCondition()
        case .check:
            let condition = parseCondition()
            if accept("else") {
                if let message = parseText("the message shown when the check fails") {
                    details.checks.append(CheckDecl(condition: condition, message: message))
                }
            } else {
                report(.expected("`else \"message\"` after the check", found: describe(current), at: foundRange))
            }
        }
    }
}
