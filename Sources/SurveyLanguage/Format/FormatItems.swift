extension FilePrinter {
    /// The items of a section or block body, one construct each.
    mutating func printItems(_ items: [ItemDecl], open: Int, indent: Int, opening: [Segment]) {
        let starts = items.map { source.index(atOrAfter: start(of: $0)) }
        printBody(open: open, indent: indent, elements: starts, opening: opening) { printer, position, range in
            printer.printItem(items[position], tokens: range, indent: indent + formatIndent)
        }
    }

    func start(of item: ItemDecl) -> Int {
        switch item {
        case .question(let question): question.decl.range.start
        case .note(let decl): decl.range.start
        case .block(let decl): decl.range.start
        }
    }

    /// item = question | note | block ;
    mutating func printItem(_ item: ItemDecl, tokens: Range<Int>, indent: Int) {
        switch item {
        case .note:
            writer.begin(indent: indent)
            writer.place(headSegments(tokens))
        case .block(let decl):
            let open = source.first(.leftBrace, from: tokens.lowerBound)
            printItems(decl.items, open: open, indent: indent, opening: [Segment(atoms: source.atoms(tokens.lowerBound..<open))])
        case .question(let question):
            printQuestion(question.decl, tokens: tokens, indent: indent)
        }
    }

    /// question = kind IDENT text { clause } [ body ] ;  clauses stay in the order written.
    ///
    /// Clauses fill the first line and then continuation lines; `help` and `check` start a line of their own,
    /// and `when` never does, because a line that starts with `when` begins a block.
    mutating func printQuestion(_ decl: QuestionDecl, tokens: Range<Int>, indent: Int) {
        let open = decl.bodyRange.map { source.index(atOrAfter: $0.start) }
        let headEnd = open ?? tokens.upperBound
        let clauses = self.clauses[decl.clauses]
        let clauseStarts = clauses.map { source.index(atOrAfter: $0.range.start) }
        let firstClause = clauseStarts.first ?? headEnd
        var segments = [Segment(atoms: source.atoms(tokens.lowerBound..<firstClause, wraps: true))]
        for (position, start) in clauseStarts.enumerated() {
            let end = position + 1 < clauseStarts.count ? clauseStarts[position + 1] : headEnd
            let keyword = clauses[clauses.startIndex + position].keyword
            segments.append(clauseSegment(keyword, tokens: start..<end))
        }
        guard let open else {
            writer.begin(indent: indent)
            writer.place(segments)
            return
        }
        if decl.kind == .grid {
            let starts = (decl.rows ?? []).map { source.index(atOrAfter: $0.range.start) }
            let close = source.partners[open] ?? tokens.upperBound - 1
            let rows = starts.enumerated().map { position, start in
                let end = position + 1 < starts.count ? starts[position + 1] : close
                let text = source.text(start + 1...end - 1, wraps: false)
                return ColumnRow(cells: [[source.word(start)], text], isAligned: text.count == 1)
            }
            printRows(rows, open: open, starts: starts, indent: indent, opening: segments)
        } else {
            printOptions(decl.options ?? [], open: open, indent: indent, opening: segments)
        }
    }

    /// One clause: the text at its end may wrap, except in a `when` condition.
    func clauseSegment(_ keyword: String, tokens: Range<Int>) -> Segment {
        guard keyword != "when" else { return Segment(atoms: source.atoms(tokens), staysOnLine: true) }
        var lastText = tokens.upperBound
        while lastText > tokens.lowerBound && source.tokens[lastText - 1].kind == .string { lastText -= 1 }
        let atoms = source.atoms(tokens.lowerBound..<lastText) + source.atoms(lastText..<tokens.upperBound, wraps: true)
        return Segment(atoms: atoms, startsLine: keyword == "help" || keyword == "check")
    }

    /// The options of a choice list or question body: identifier, label, code, then the other clauses as written.
    mutating func printOptions(_ options: [OptionDecl], open: Int, indent: Int, opening: [Segment]) {
        let close = source.partners[open] ?? source.tokens.count - 1
        let starts = options.map { source.index(atOrAfter: $0.range.start) }
        let rows = starts.enumerated().map { position, start in
            optionRow(start..<(position + 1 < starts.count ? starts[position + 1] : close))
        }
        printRows(rows, open: open, starts: starts, indent: indent, opening: opening)
    }

    /// option = IDENT text { optionClause } ;  as the cells identifier, label, code and the other clauses. The
    /// clauses keep the order written, as a question's do: the code has its own column when it comes first.
    func optionRow(_ tokens: Range<Int>) -> ColumnRow {
        var label = tokens.lowerBound + 1
        while label + 1 < tokens.upperBound && source.tokens[label + 1].kind == .string { label += 1 }
        let labelAtoms = source.text(tokens.lowerBound + 1...label, wraps: false)
        var code: [Atom] = []
        var others: [Atom] = []
        var index = label + 1
        if index + 1 < tokens.upperBound, source.tokens[index].kind == .equals {
            code = [source.word(index), source.word(index + 1)]
            index += 2
        }
        while index < tokens.upperBound {
            others.append(source.word(index))
            index += 1
        }
        return ColumnRow(cells: [[source.word(tokens.lowerBound)], labelAtoms, code, others], isAligned: labelAtoms.count == 1)
    }
}
