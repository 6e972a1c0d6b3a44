extension FormatSource {
    /// The atoms of the tokens in `range`: each run of adjacent strings becomes one text, other tokens one word each.
    ///
    /// A text with a comment between its strings keeps its strings as written, so the comment keeps its place.
    func atoms(_ range: Range<Int>, wraps: Bool = false) -> [Atom] {
        var atoms: [Atom] = []
        var index = range.lowerBound
        while index < range.upperBound {
            let token = tokens[index]
            if token.kind == .string {
                var last = index
                while last + 1 < range.upperBound && tokens[last + 1].kind == .string { last += 1 }
                atoms += text(index...last, wraps: wraps)
                index = last + 1
                continue
            }
            let previous = index > range.lowerBound ? tokens[index - 1].kind : nil
            atoms.append(Atom(
                content: .word(text(index)), start: token.start, end: token.end,
                hasSpaceBefore: hasSpace(between: previous, and: token.kind)))
            index += 1
        }
        return atoms
    }

    /// One text atom for a run of strings, or one atom per string when a comment sits among them, or when
    /// joined they would make a string longer than the language allows (`E0605`: the bytes between the
    /// quotes, as the lexer counts them).
    func text(_ run: ClosedRange<Int>, wraps: Bool) -> [Atom] {
        let start = tokens[run.lowerBound].start
        let end = tokens[run.upperBound].end
        let hasInnerComment = comments.contains { $0.range.start > start && $0.range.start < end }
        let joined = run.map(stringValue).joined()
        if hasInnerComment || (run.count > 1 && stringLiteral(joined).utf8.count - 2 > Limits.stringLength) {
            return run.map { Atom(content: .text(stringValue($0)), start: tokens[$0].start, end: tokens[$0].end) }
        }
        return [Atom(content: .text(joined), start: start, end: end, wraps: wraps)]
    }

    /// The single atom for a token.
    func word(_ index: Int) -> Atom {
        Atom(content: .word(text(index)), start: tokens[index].start, end: tokens[index].end)
    }

    /// Whether a space goes between two adjacent tokens: none inside `( )`, before `,`, or around `.` and `...`.
    func hasSpace(between previous: TokenKind?, and next: TokenKind) -> Bool {
        if [.rightParen, .comma, .dot, .ellipsis].contains(next) { return false }
        if let previous, [.leftParen, .dot, .ellipsis].contains(previous) { return false }
        return true
    }
}
