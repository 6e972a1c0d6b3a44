/// Writes lines of formatted text, placing every comment of the source beside the atom it belongs to.
///
/// A comment that had a line of its own gets a line of its own before the next atom; a comment that
/// ended a line of code ends the line holding the atom before it, and the next atom starts a new line.
struct FormatWriter {
    let source: FormatSource
    private(set) var lines: [String] = []
    private var line = ""
    /// The characters in `line`, kept as it grows: counting a long line's characters at every atom was quadratic.
    private var lineWidth = 0
    private var lineIndent = 0
    private var isLineOpen = false
    /// The indentation of the next line the current construct opens.
    private var pendingIndent = 0
    /// The indentation of the current construct's continuation lines.
    private var continuation = 0
    /// Set after a comment ends a line: the next atom must begin a new one.
    private var mustBreak = false
    private var nextComment = 0
    /// The end of the last token or comment written, in the source.
    private(set) var lastEnd = 0

    init(source: FormatSource) { self.source = source }

    var column: Int { lineIndent + lineWidth }
    var hasComments: Bool { nextComment < source.comments.count }
    /// Whether something has been written on the current line.
    var isLineStarted: Bool { isLineOpen && !line.isEmpty }

    // MARK: Constructs

    /// Starts a construct whose first line is indented by `indent`.
    mutating func begin(indent: Int) {
        endLine()
        pendingIndent = indent
        continuation = indent + formatIndent
    }

    /// Places segments: each on the current line when it fits, otherwise on a continuation line.
    ///
    /// A text that fits on its line with the rest of its segment is written whole, though a `when` clause
    /// after it may then make the line long (docs/format.md, rule 7). A text wrapped anyway leaves room on its
    /// last line for all that must follow it there: the rest of its segment, and the segments after it that
    /// never start a line.
    mutating func place(_ segments: [Segment]) {
        for (position, segment) in segments.enumerated() {
            if isLineStarted && !mustBreak && !segment.staysOnLine
                && (segment.startsLine || column + 1 + segment.width > formatLineWidth)
            {
                endLine()
            }
            let following = segments[(position + 1)...].prefix { $0.staysOnLine }.reduce(0) { $0 + $1.widthAfterSpace }
            // What follows each atom in its segment, summed from the end once: a condition may have thousands of atoms.
            var suffix = 0
            var suffixes = Array(repeating: 0, count: segment.atoms.count)
            for (index, atom) in segment.atoms.enumerated().reversed() {
                suffixes[index] = suffix
                suffix += max(atom.width, atom.paddedWidth) + (atom.hasSpaceBefore ? 1 : 0)
            }
            for (atom, suffix) in zip(segment.atoms, suffixes) { put(atom, suffix: suffix, following: following) }
        }
    }

    /// Writes one atom, after the comments that come before it in the source; `suffix` is what follows it in
    /// its segment, `following` what the segments after it that stay on its line need.
    mutating func put(_ atom: Atom, suffix: Int = 0, following: Int = 0) {
        flushComments(before: atom.start)
        if mustBreak { endLine() }
        if !isLineOpen { open(pendingIndent) }
        let space = isLineStarted && atom.hasSpaceBefore ? " " : ""
        switch atom.content {
        case .word(let word):
            write(space + word)
        case .text(let value):
            let literal = stringLiteral(value)
            let room = formatLineWidth - column - space.count
            if !atom.wraps || literal.count + suffix <= room {
                write(space + literal)
            } else {
                let textIndent = lineIndent + formatIndent
                let pieces = wrappedLiterals(value, first: room, rest: formatLineWidth - textIndent, suffix: suffix + following)
                write(space + pieces[0])
                for piece in pieces.dropFirst() {
                    closeLine()
                    open(textIndent)
                    write(piece)
                }
            }
        }
        if case .word(let word) = atom.content, atom.paddedWidth > word.count {
            write(String(repeating: " ", count: atom.paddedWidth - word.count))
        } else if case .text(let value) = atom.content, atom.paddedWidth > stringLiteral(value).count {
            write(String(repeating: " ", count: atom.paddedWidth - stringLiteral(value).count))
        }
        lastEnd = max(lastEnd, atom.end)
    }

    /// Ends the current line, first adding the comment that ended the same line in the source.
    mutating func endLine() {
        guard isLineOpen else { return }
        let nextToken = source.tokens[source.index(atOrAfter: lastEnd)].start
        while hasComments, !source.comments[nextComment].isOwnLine, source.comments[nextComment].range.start < nextToken {
            appendTrailing(source.comments[nextComment])
        }
        closeLine()
    }

    /// Adds an empty line, unless the output is empty or already ends with one.
    mutating func blankLine() {
        endLine()
        if let last = lines.last, !last.isEmpty { lines.append("") }
    }

    /// Writes, each on its own line at `indent`, the comments before an offset; `blankBefore` decides the empty lines.
    mutating func writeComments(before offset: Int, indent: Int, blankBefore: (_ comment: Comment, _ lastEnd: Int) -> Bool) {
        endLine()
        while hasComments, source.comments[nextComment].range.start < offset {
            let comment = source.comments[nextComment]
            if blankBefore(comment, lastEnd) { blankLine() }
            lines.append(String(repeating: " ", count: indent) + source.text(of: comment))
            lastEnd = max(lastEnd, comment.range.end)
            nextComment += 1
        }
    }

    /// The comments not yet written, from the next one on.
    var remainingComments: ArraySlice<Comment> { source.comments[nextComment...] }

    // MARK: Lines

    private mutating func open(_ indent: Int) {
        lineIndent = indent
        line = ""
        lineWidth = 0
        isLineOpen = true
        mustBreak = false
    }

    private mutating func closeLine() {
        guard isLineOpen else { return }
        trimTrailingSpaces()
        lines.append(String(repeating: " ", count: lineIndent) + line)
        line = ""
        lineWidth = 0
        isLineOpen = false
        mustBreak = false
        pendingIndent = continuation
    }

    private mutating func write(_ text: String) {
        line += text
        lineWidth += text.count
    }

    private mutating func trimTrailingSpaces() {
        while line.last == " " {
            line.removeLast()
            lineWidth -= 1
        }
    }

    private mutating func appendTrailing(_ comment: Comment) {
        trimTrailingSpaces()
        write(" " + source.text(of: comment))
        lastEnd = max(lastEnd, comment.range.end)
        nextComment += 1
        mustBreak = true
    }

    /// Writes the comments that come before an offset: at the end of the current line, or on lines of their own.
    private mutating func flushComments(before offset: Int) {
        while hasComments, source.comments[nextComment].range.start < offset {
            let comment = source.comments[nextComment]
            if !comment.isOwnLine && isLineStarted {
                appendTrailing(comment)
                continue
            }
            let indent = isLineOpen ? continuation : pendingIndent
            closeLine()
            lines.append(String(repeating: " ", count: indent) + source.text(of: comment))
            lastEnd = max(lastEnd, comment.range.end)
            nextComment += 1
            pendingIndent = indent
        }
    }
}
