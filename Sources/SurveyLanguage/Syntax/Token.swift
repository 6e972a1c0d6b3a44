/// The kinds of token the lexer produces.
public enum TokenKind: UInt8, Sendable {
    case identifier, string, number
    case leftBrace, rightBrace, leftParen, rightParen, comma, dot, ellipsis
    case equals, less, lessOrEqual, greater, greaterOrEqual, pipe
    /// `&&` and `||`: not part of the language, but lexed as tokens so that a condition written with them
    /// gets one diagnostic saying `and` or `or`, and is read on as if it had said so.
    case ampersands, pipes
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
        case .ampersands: "`&&`"
        case .pipes: "`||`"
        case .end: "the end of the file"
        }
    }
}

/// One token: its kind, byte range, and whether it is the first token on its line.
public struct Token: Sendable {
    // A file has a token every few bytes, so a token is kept small: 32-bit offsets (`lex` takes files
    // under 4 GiB, and `parse` none over `Limits.fileBytes`) and the two one-byte members last make it
    // 12 bytes instead of 24.
    private var startOffset: UInt32
    private var endOffset: UInt32
    public var kind: TokenKind
    public var isAtLineStart: Bool

    public var start: Int { Int(startOffset) }
    public var end: Int { Int(endOffset) }

    init(kind: TokenKind, start: Int, end: Int, isAtLineStart: Bool) {
        self.kind = kind
        self.startOffset = UInt32(start)
        self.endOffset = UInt32(end)
        self.isAtLineStart = isAtLineStart
    }
}

/// A comment, kept so the formatter can put it back.
public struct Comment: Sendable {
    public var range: SourceRange
    /// Whether the comment is the only thing on its line.
    public var isOwnLine: Bool
}
