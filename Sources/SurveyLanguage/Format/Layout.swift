/// The widest a formatted line should be; only text that cannot be broken goes past it.
let formatLineWidth = 100

/// How many columns each level of nesting, and each continuation line, is indented.
let formatIndent = 2

/// The smallest piece the writer places: one token, or a run of adjacent strings written as one text.
struct Atom {
    enum Content {
        case word(String)
        /// A joined text, written as one literal or wrapped over several lines.
        case text(String)
    }

    var content: Content
    /// The source range, which decides where comments go.
    var start: Int
    var end: Int
    var hasSpaceBefore = true
    /// Whether a text may be split into several literals on continuation lines.
    var wraps = false
    /// The width the atom is padded to when something follows it on the line, for columns.
    var paddedWidth = 0

    /// The width of the atom written on one line.
    var width: Int {
        switch content {
        case .word(let word): word.count
        case .text(let value): stringLiteral(value).count
        }
    }
}

/// Atoms that stay together on a line, with the rule for breaking before them.
struct Segment {
    var atoms: [Atom]
    /// Whether the segment always begins a continuation line (`help`, `check`).
    var startsLine = false
    /// Whether the segment must never begin a line (a `when` clause, which would become a block).
    var staysOnLine = false

    /// The width of the segment written on one line, without the space before it.
    var width: Int {
        atoms.enumerated().reduce(0) { sum, pair in
            sum + max(pair.element.width, pair.element.paddedWidth) + (pair.offset > 0 && pair.element.hasSpaceBefore ? 1 : 0)
        }
    }

    /// The width of the segment after something else on its line: with the space before its first atom.
    var widthAfterSpace: Int {
        width + (atoms.first?.hasSpaceBefore == true ? 1 : 0)
    }
}
