import SurveyBundle

/// The words that begin an item inside a section or block.
let itemKeywords = QuestionType.allCases.map(\.rawValue) + ["note", "when"]

/// The clause words a question accepts, in the order the formatter writes them.
let clauseKeywords = [
    "required", "help", "from", "ordered", "up", "at", "top", "range", "unit", "low", "high", "long", "max",
    "continues", "when", "check",
]

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
        let word = text(of: current)
        if let kind = QuestionType(rawValue: word) { return parseQuestion(kind).map(ItemDecl.question) }
        switch word {
        case "note": return parseNote().map(ItemDecl.note)
        case "when": return parseBlock().map(ItemDecl.block)
        case "section":
            report(.nestedSection(currentRange))
            _ = parseSection()
            return nil
        default:
            report(.unknownItem(Identifier(name: word, range: currentRange)))
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
        let items = parseItems("the `when` block")
        return BlockDecl(condition: condition, items: items, range: start.union(previousEnd))
    }

    /// The options of a choice list or choice question body.
    mutating func parseOptions(_ what: @autoclosure () -> String) -> [OptionDecl] {
        var options: [OptionDecl] = []
        parseBody(what()) { parser in
            if let option = parser.parseOption() { options.append(option) }
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
        var seen: [String: SourceRange] = [:]
        while !current.isAtLineStart && !isAtEnd && current.kind != .rightBrace {
            let clauseStart = currentRange
            let clause = text(of: current)
            if let first = seen[clause], current.kind == .equals || current.kind == .identifier {
                report(.duplicateClause(Identifier(name: clause, range: clauseStart), first: first))
            }
            seen[clause] = seen[clause] ?? clauseStart
            if accept(.equals) {
                option.code = parseWholeNumber("a whole-number option code")
            } else if accept("exclusive") {
                option.isExclusive = clauseStart
            } else if accept("specify") {
                option.isSpecify = clauseStart
            } else if accept("continues") {
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

    /// The statements of a grid body.
    mutating func parseRows() -> [RowDecl] {
        var rows: [RowDecl] = []
        parseBody("the grid's statements") { parser in
            guard let id = parser.parseIdentifier("a statement identifier"), let text = parser.parseText("the statement") else {
                parser.skipToNextLine()
                return
            }
            rows.append(RowDecl(id: id, text: text, range: id.range.union(text.range)))
            if !parser.current.isAtLineStart && parser.current.kind != .rightBrace && !parser.isAtEnd {
                parser.report(.expected("the end of the statement", found: parser.describe(parser.current), at: parser.currentRange))
                parser.skipToNextLine()
            }
        }
        return rows
    }
}
