/// Walks the syntax tree and the tokens together, sending atoms to the writer.
struct FilePrinter {
    let source: FormatSource
    /// The file's clause marks, which its questions index.
    let clauses: [ClauseMark]
    var writer: FormatWriter

    init(source: FormatSource, clauses: [ClauseMark]) {
        self.source = source
        self.clauses = clauses
        self.writer = FormatWriter(source: source)
    }

    /// file = { declaration } ;  one empty line between declarations, except between consecutive includes.
    mutating func printFile(_ file: SurveyFile) {
        let starts = file.declarations.map { source.index(atOrAfter: range(of: $0).start) }
        var previous: Declaration?
        for (index, declaration) in file.declarations.enumerated() {
            let end = index + 1 < starts.count ? starts[index + 1] : source.tokens.count - 1
            writeTopLevelComments(before: source.tokens[starts[index]].start, after: previous, next: declaration)
            printDeclaration(declaration, tokens: starts[index]..<end)
            previous = declaration
        }
        writeTopLevelComments(before: Int.max, after: previous, next: nil)
    }

    /// Writes the comments before a declaration (or the end of the file), with the empty lines around declarations.
    mutating func writeTopLevelComments(before offset: Int, after previous: Declaration?, next: Declaration?) {
        let source = self.source
        let pending = Array(writer.remainingComments.prefix { $0.range.start < offset })
        // The comments directly above the declaration, with no empty line between, belong to it.
        var attached = pending.count
        if next != nil {
            var following = offset
            while attached > 0, !source.hasBlankLine(from: pending[attached - 1].range.end, to: following) {
                attached -= 1
                following = pending[attached].range.start
            }
        }
        let isIncludeRun = previous.map(isInclude) == true && next.map(isInclude) == true
        let followsDeclaration = previous.map { !isInclude($0) } ?? false
        var position = 0
        writer.writeComments(before: offset, indent: 0) { comment, lastEnd in
            defer { position += 1 }
            if position == 0 && followsDeclaration { return true }
            if position == attached && next != nil && !isIncludeRun { return true }
            return source.hasBlankLine(from: lastEnd, to: comment.range.start)
        }
        guard next != nil, attached == pending.count else { return }
        if !isIncludeRun || source.hasBlankLine(from: writer.lastEnd, to: offset) { writer.blankLine() }
    }

    func isInclude(_ declaration: Declaration) -> Bool {
        if case .include = declaration { return true }
        return false
    }

    func range(of declaration: Declaration) -> SourceRange {
        switch declaration {
        case .header(let decl): decl.range
        case .include(let decl): decl.range
        case .roles(let decl): decl.range
        case .choices(let decl): decl.range
        case .section(let decl): decl.range
        }
    }

    mutating func printDeclaration(_ declaration: Declaration, tokens: Range<Int>) {
        switch declaration {
        case .header: printHeader(tokens)
        case .include:
            writer.begin(indent: 0)
            writer.place([Segment(atoms: source.atoms(tokens))])
        case .roles(let decl): printRoles(decl, tokens: tokens)
        case .choices(let decl): printChoices(decl, tokens: tokens)
        case .section(let decl): printSection(decl, tokens: tokens)
        }
        writer.endLine()
    }

    // MARK: Bodies

    /// Writes `{` at the end of the opening line, the elements one level in, and `}` on a line of its own.
    ///
    /// `elements` gives each element's first token; an element runs to the next one, or to the `}`.
    mutating func printBody(open: Int, indent: Int, elements: [Int], opening: [Segment],
                            element: (inout FilePrinter, Int, Range<Int>) -> Void)
    {
        var segments = opening
        let brace = source.word(open)
        if segments.isEmpty { segments = [Segment(atoms: [])] }
        segments[segments.count - 1].atoms.append(brace)
        writer.begin(indent: indent)
        writer.place(segments)
        writer.endLine()
        let close = source.partners[open] ?? source.tokens.count - 1
        let inner = indent + formatIndent
        var isFirst = true
        for (position, start) in elements.enumerated() {
            let end = position + 1 < elements.count ? elements[position + 1] : close
            writeBodyComments(before: source.tokens[start].start, indent: inner, isFirst: &isFirst)
            if !isFirst, source.hasBlankLine(from: writer.lastEnd, to: source.tokens[start].start) { writer.blankLine() }
            isFirst = false
            element(&self, position, start..<end)
            writer.endLine()
        }
        writeBodyComments(before: source.tokens[close].start, indent: inner, isFirst: &isFirst)
        writer.begin(indent: indent)
        writer.place([Segment(atoms: [source.word(close)])])
        writer.endLine()
    }

    /// Writes the comments inside a body before an offset, keeping one empty line where the source had any.
    mutating func writeBodyComments(before offset: Int, indent: Int, isFirst: inout Bool) {
        let source = self.source
        var isAtStart = isFirst
        writer.writeComments(before: offset, indent: indent) { comment, lastEnd in
            defer { isAtStart = false }
            return !isAtStart && source.hasBlankLine(from: lastEnd, to: comment.range.start)
        }
        isFirst = isAtStart
    }
}
