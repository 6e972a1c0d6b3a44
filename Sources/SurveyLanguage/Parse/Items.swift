import SurveyBundle

/// The words that begin an item inside a section or block.
/// The words that start an item of a section or block: a question's kind, `note` or `when`.
public let itemKeywords = QuestionType.allCases.map(\.rawValue) + ["note", "when"]

/// The clause words a question accepts, in the order the formatter writes them.
let clauseKeywords = ClauseKeyword.allCases.map(\.rawValue)

extension Parser {
    /// The items of a section or block body.
    mutating func parseItems(_ what: @autoclosure () -> String) -> [ItemDecl] {
        var items: [ItemDecl] = []
        parseBody(what()) { parser in
            if let item = parser.parseItem() { items.append(item) }
        }
        return items
    }

    /// item = question | note | block ;
    mutating func parseItem() -> ItemDecl? {
        guard current.kind == .identifier else {
            report(.expected("a question, note or `when` block", found: describe(current), at: currentRange))
            skipToNextLine()
            return nil
        }
        if closedBody?.position == position - 1, !current.isAtLineStart, let closedBody, let clause = clauseKeyword(current) {
            report(.clauseAfterBody(Identifier(name: clause.rawValue, range: currentRange), question: text(of: tokens[closedBody.question]), kind: closedBody.kind))
            skipToNextLine()
            return nil
        }
        switch lookUp(current, in: itemKeywordTable) {
        case .question(let kind):
            return parseQuestion(kind).map(ItemDecl.question)
        case .note: return parseNote().map(ItemDecl.note)
        case .when: return parseBlock().map(ItemDecl.block)
        case .section:
            let start = currentRange
            report(.nestedSection(start))
            // A section inside a section inside … is parsed as deep as blocks may be, then skipped.
            if enterNesting(at: start) {
                _ = parseSection()
                leaveNesting()
            } else {
                skipToNextLine()
            }
            return nil
        case nil:
            report(.unknownItem(Identifier(name: text(of: current), range: currentRange)))
            skipToNextLine()
            return nil
        }
    }

    /// note = "note" text [ "when" condition ] ;
    mutating func parseNote() -> NoteDecl? {
        let start = currentRange
        advance()
        guard let text = parseText("the note's text") else {
            skipToNextLine()
            return nil
        }
        var note = NoteDecl(text: text, condition: nil, range: start.union(text.range))
        if isWord("when") && !current.isAtLineStart {
            advance()
            note.condition = parseCondition()
        }
        note.range = start.union(previousEnd)
        return note
    }

    /// block = NL "when" condition "{" { item } "}" ;
    mutating func parseBlock() -> BlockDecl? {
        let start = currentRange
        advance()
        let condition = parseCondition()
        guard current.kind == .leftBrace else {
            report(.whenWithoutBlock(start.union(condition.range)))
            return nil
        }
        guard enterNesting(at: start) else {
            skipBalancedBraces()
            return BlockDecl(condition: condition, items: [], range: start.union(previousEnd))
        }
        defer { leaveNesting() }
        let items = parseItems("the `when` block")
        return BlockDecl(condition: condition, items: items, range: start.union(previousEnd))
    }

    /// The options of a choice list, or of the body of the choice question `question`.
    mutating func parseOptions(_ what: @autoclosure () -> String, of question: Identifier? = nil) -> [OptionDecl] {
        var options: [OptionDecl] = []
        parseBody(what(), of: question) { parser in
            guard let option = parser.parseOption() else { return }
            // Most lists have a handful of options: room for four at once saves growing the list twice, and
            // more would cost memory for the short lists.
            if options.isEmpty { options.reserveCapacity(4) }
            options.append(option)
        }
        return options
    }

    /// option = IDENT text { optionClause } ;  the clauses stay on the option's line.
    mutating func parseOption() -> OptionDecl? {
        guard let id = parseIdentifier("an option identifier"), let label = parseText("the option's label") else {
            skipToNextLine()
            return nil
        }
        var option = OptionDecl(id: id, label: label, range: id.range.union(label.range))
        // Each clause once: a repeated one would be dropped by the formatter, changing the tokens.
        // Where each clause was first written; anything else ends the option, so cannot repeat.
        var firstCode, firstExclusive, firstSpecify, firstContinues: SourceRange?
        while !current.isAtLineStart && !isAtEnd && current.kind != .rightBrace {
            let clauseStart = currentRange
            if accept(.equals) {
                noteClause("=", at: clauseStart, first: &firstCode)
                option.code = parseWholeNumber("a whole-number option code")
            } else if accept("exclusive") {
                noteClause("exclusive", at: clauseStart, first: &firstExclusive)
                option.isExclusive = clauseStart
            } else if accept("specify") {
                noteClause("specify", at: clauseStart, first: &firstSpecify)
                option.isSpecify = clauseStart
            } else if accept("continues") {
                noteClause("continues", at: clauseStart, first: &firstContinues)
                option.continues = parseIdentifier("the earlier option's identifier")
            } else {
                if current.kind == .identifier {
                    report(.unknownClause(Identifier(name: text(of: current), range: currentRange), of: "option",
                                          candidates: ["exclusive", "specify", "continues"]))
                } else {
                    report(.expected("`= code`, `exclusive`, `specify` or `continues`", found: describe(current), at: currentRange))
                }
                skipToNextLine()
                break
            }
        }
        option.range = option.range.union(previousEnd)
        return option
    }

    /// Records where an option clause was first written, or reports it as written again.
    mutating func noteClause(_ word: String, at range: SourceRange, first: inout SourceRange?) {
        if let first {
            report(.duplicateClause(Identifier(name: word, range: range), first: first))
        } else {
            first = range
        }
    }

    /// The statements of the body of the grid `question`.
    mutating func parseRows(of question: Identifier) -> [RowDecl] {
        var rows: [RowDecl] = []
        parseBody("the statements of `\(question.name)`", of: question) { parser in
            guard let id = parser.parseIdentifier("a statement identifier"), let text = parser.parseText("the statement") else {
                parser.skipToNextLine()
                return
            }
            // As with options: most grids have a handful of statements.
            if rows.isEmpty { rows.reserveCapacity(4) }
            rows.append(RowDecl(id: id, text: text, range: id.range.union(text.range)))
            if !parser.current.isAtLineStart && parser.current.kind != .rightBrace && !parser.isAtEnd {
                parser.report(.expected("the end of the statement", found: parser.describe(parser.current), at: parser.currentRange))
                parser.skipToNextLine()
            }
        }
        return rows
    }

    /// Whether the line starting here begins an item rather than an option or a statement, which is a name
    /// and a text: a question (`decimal hours "…"`), a `when` block (`when answered x {`) or a note with a
    /// condition. An option may be called `text` or `note`, so a keyword followed by a text is one.
    var startsItemInBody: Bool {
        guard current.isAtLineStart else { return false }
        let next = tokens[position + 1]
        guard !next.isAtLineStart else { return false }
        // Every option and statement is a name and a text: only `note` can start an item so, and the keyword
        // table is read only for the other lines (this runs for every line of every body).
        if next.kind == .string {
            guard wordEquals(current, "note") else { return false }
            var index = position + 2
            while tokens[index].kind == .string && !tokens[index].isAtLineStart { index += 1 }
            return !tokens[index].isAtLineStart && wordEquals(tokens[index], "when")
        }
        switch lookUp(current, in: itemKeywordTable) {
        case .question?: return next.kind == .identifier
        case .when?: return true
        case .section?, .note?, nil: return false
        }
    }

    /// The fix that closes a body before the current line: `}` on a line of its own, indented as this line is.
    var closingBraceFix: Fix {
        var lineStart = current.start
        while lineStart > 0 && source.bytes[lineStart - 1] != UInt8(ascii: "\n") && source.bytes[lineStart - 1] != UInt8(ascii: "\r") {
            lineStart -= 1
        }
        let indentation = String(decoding: source.bytes[lineStart..<current.start], as: UTF8.self)
        return Fix(range: SourceRange(file: file, start: current.start, end: current.start), replacement: "}\n" + indentation)
    }
}
