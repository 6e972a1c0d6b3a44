/// The kinds of token the lexer produces.
public enum TokenKind: UInt8, Sendable {
    case identifier, string, number
    case leftBrace, rightBrace, leftParen, rightParen, comma, dot, ellipsis
    case equals, less, lessOrEqual, greater, greaterOrEqual, pipe
    case end

    /// How the token is described in diagnostics.
    public var description: String {
        switch self {
        case .identifier: "a name"
        case .string: "a string"
        case .number: "a number"
        case .leftBrace: "`{`"
        case .rightBrace: "`}`"
        case .leftParen: "`(`"
        case .rightParen: "`)`"
        case .comma: "`,`"
        case .dot: "`.`"
        case .ellipsis: "`...`"
        case .equals: "`=`"
        case .less: "`<`"
        case .lessOrEqual: "`<=`"
        case .greater: "`>`"
        case .greaterOrEqual: "`>=`"
        case .pipe: "`|`"
        case .end: "the end of the file"
        }
    }
}

/// One token: its kind, byte range, and whether it is the first token on its line.
public struct Token: Sendable {
    // The offsets first: with the two one-byte members last, a token takes 24 bytes instead of 32.
    public var start: Int
    public var end: Int
    public var kind: TokenKind
    public var isAtLineStart: Bool

    init(kind: TokenKind, start: Int, end: Int, isAtLineStart: Bool) {
        self.kind = kind
        self.start = start
        self.end = end
        self.isAtLineStart = isAtLineStart
    }
}

/// A comment, kept so the formatter can put it back.
public struct Comment: Sendable {
    public var range: SourceRange
    /// Whether the comment is the only thing on its line.
    public var isOwnLine: Bool
}
