import SurveyBundle

/// The syntax tree of one file and the problems found while lexing and parsing it.
public struct ParseResult: Sendable {
    public var file: SurveyFile
    public var diagnostics: [Diagnostic]
}

/// Parses one file; recovers from every error and reports each independent problem.
public func parse(_ source: SourceFile, index: Int) -> ParseResult {
    if source.bytes.count > Limits.fileBytes {
        let diagnostic = Diagnostic.fileTooLarge(SourceRange(file: index, start: 0, end: 0), bytes: source.bytes.count)
        return ParseResult(file: SurveyFile(file: index, declarations: [], comments: []), diagnostics: [diagnostic])
    }
    let lexed = lex(source.bytes, file: index)
    var parser = Parser(source: source, file: index, tokens: lexed.tokens)
    let declarations = parser.parseFile()
    return ParseResult(
        file: SurveyFile(file: index, declarations: declarations, comments: lexed.comments, clauses: parser.clauses),
        diagnostics: lexed.diagnostics + parser.diagnostics)
}

/// A recursive-descent parser over the token array; the grammar families live in extensions.
struct Parser {
    let source: SourceFile
    let file: Int
    let tokens: [Token]
    var position = 0
    var diagnostics: [Diagnostic] = []
    /// How deeply `when` blocks (and sections wrongly put inside sections), and the parentheses and `not`s of
    /// the condition being parsed, are nested here: the section and the condition themselves are not counted.
    var depth = 0
    /// Set once the nesting limit has been reported, so a deep file gets one diagnostic.
    var hasReportedDepth = false
    /// How many bodies a top-level keyword ended before their `}`; that many stray `}` later are not reported again.
    var bodiesClosedEarly = 0
    /// The `}` that last closed the options or statements of a question, so a clause written after it is
    /// reported as misplaced rather than unknown.
    var closedBody: ClosedBody?
    /// The clause marks of the questions parsed so far, the file's `clauses`.
    var clauses: [ClauseMark] = []

    init(source: SourceFile, file: Int, tokens: [Token]) {
        self.source = source
        self.file = file
        self.tokens = tokens
    }

    // MARK: Tokens

    var current: Token { tokens[position] }
    var isAtEnd: Bool { current.kind == .end }

    func range(of token: Token) -> SourceRange { SourceRange(file: file, start: token.start, end: token.end) }
    var currentRange: SourceRange { range(of: current) }
    /// The end of the previous token, where something missing is reported.
    var previousEnd: SourceRange {
        let end = position > 0 ? tokens[position - 1].end : 0
        return SourceRange(file: file, start: end, end: end)
    }

    func text(of token: Token) -> String {
        String(decoding: source.bytes[token.start..<token.end], as: UTF8.self)
    }

    /// Whether the current token is the word `word`.
    func isWord(_ word: String) -> Bool {
        current.kind == .identifier && wordEquals(current, word)
    }

    func wordEquals(_ token: Token, _ word: String) -> Bool {
        let utf8 = word.utf8
        guard token.end - token.start == utf8.count else { return false }
        var index = token.start
        for byte in utf8 {
            if source.bytes[index] != byte { return false }
            index += 1
        }
        return true
    }

    mutating func advance() {
        if !isAtEnd { position += 1 }
    }

    /// Consumes the word `word` if it is next.
    mutating func accept(_ word: String) -> Bool {
        guard isWord(word) else { return false }
        advance()
        return true
    }

    mutating func accept(_ kind: TokenKind) -> Bool {
        guard current.kind == kind else { return false }
        advance()
        return true
    }

    /// Consumes a token of a kind, or reports what was expected instead.
    mutating func expect(_ kind: TokenKind, _ what: String) -> Bool {
        if accept(kind) { return true }
        report(.expected(what, found: describe(current), at: foundRange))
        return false
    }

    /// Where an unexpected token is reported: the token itself, or the end of the line before it.
    var foundRange: SourceRange {
        current.isAtLineStart || isAtEnd ? previousEnd : currentRange
    }

    func describe(_ token: Token) -> String {
        switch token.kind {
        case .identifier: "`\(text(of: token))`"
        case .string: "a string"
        case .number: "`\(text(of: token))`"
        default: token.kind.description
        }
    }

    mutating func report(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    // MARK: Recovery

    /// Skips to the next token that starts a line, stepping over balanced braces.
    mutating func skipToNextLine() {
        if isAtEnd { return }
        if current.kind == .leftBrace { skipBalancedBraces() } else { advance() }
        while !isAtEnd && !current.isAtLineStart {
            if current.kind == .leftBrace { skipBalancedBraces() } else { advance() }
        }
    }

    /// Skips a `{ … }` group starting at the current `{`.
    mutating func skipBalancedBraces() {
        var level = 0
        repeat {
            if current.kind == .leftBrace { level += 1 }
            if current.kind == .rightBrace { level -= 1 }
            advance()
        } while level > 0 && !isAtEnd
    }

    // MARK: Terminals

    mutating func parseIdentifier(_ what: String) -> Identifier? {
        guard current.kind == .identifier else {
            report(.expected(what, found: describe(current), at: foundRange))
            return nil
        }
        let identifier = Identifier(name: text(of: current), range: currentRange)
        advance()
        return identifier
    }

    /// An empty text standing in for one that is missing and has been reported, so the rest can still be parsed.
    var placeholderText: TextLiteral {
        TextLiteral(value: "", range: previousEnd, firstLiteralEnd: UInt32(previousEnd.end))
    }

    /// text = STRING { STRING } ;
    mutating func parseText(_ what: String) -> TextLiteral? {
        guard current.kind == .string else {
            report(.expected(what, found: describe(current), at: foundRange))
            return nil
        }
        let first = current
        var value = decodeString(first)
        var last = first
        advance()
        while current.kind == .string {
            value += decodeString(current)
            last = current
            advance()
        }
        return TextLiteral(
            value: value, range: range(of: first).union(range(of: last)), firstLiteralEnd: UInt32(first.end))
    }

    func decodeString(_ token: Token) -> String {
        let content = stringContent(of: token, in: source.bytes)
        let (start, end) = (content.lowerBound, content.upperBound)
        // Most strings have no escapes: decode them straight from the source.
        let hasEscape = source.bytes.withUnsafeBytes { bytes in
            WordScanning.contains(UInt8(ascii: "\\"), in: UnsafeRawBufferPointer(rebasing: bytes[start..<end]))
        }
        if !hasEscape {
            return String(decoding: source.bytes[start..<end], as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(end - start)
        var index = start
        while index < end {
            let byte = source.bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < end {
                let escaped = source.bytes[index + 1]
                bytes.append(escaped == UInt8(ascii: "n") ? UInt8(ascii: "\n") : escaped)
                index += 2
            } else {
                bytes.append(byte)
                index += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func parseNumber(_ what: String) -> NumberLiteral? {
        guard current.kind == .number else {
            report(.expected(what, found: describe(current), at: foundRange))
            return nil
        }
        let text = text(of: current)
        let literal = NumberLiteral(value: wholeValue(of: current) ?? Double(text) ?? 0, text: text, range: currentRange)
        advance()
        return literal
    }

    /// The value of a number token that is a whole number of at most 15 digits, which a `Double` holds
    /// exactly: most numbers are, and adding up digits is much cheaper than parsing a `Double`.
    func wholeValue(of token: Token) -> Double? {
        let isNegative = source.bytes[token.start] == UInt8(ascii: "-")
        let digits = (isNegative ? token.start + 1 : token.start)..<token.end
        guard !digits.isEmpty, digits.count <= 15 else { return nil }
        var value = 0
        for index in digits {
            let digit = source.bytes[index] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value * 10 + Int(digit)
        }
        // `-Double(0)` is `-0.0`, as `Double("-0")` is.
        return isNegative ? -Double(value) : Double(value)
    }

    /// A whole number such as a limit or a code; reports a decimal.
    mutating func parseWholeNumber(_ what: String) -> NumberLiteral? {
        guard let number = parseNumber(what) else { return nil }
        if !number.isWhole || number.value.magnitude > 1e15 {
            report(.expected(what, found: "`\(number.text)`", at: number.range))
            return nil
        }
        return number
    }

    // MARK: Nesting

    /// Enters one level of nesting; false (after one diagnostic at `range`) when the limit is reached.
    ///
    /// Blocks and a condition's parentheses are counted together, so the parser, and every pass that walks the
    /// tree after it, recurses at most `Limits.nestingDepth` levels deep.
    mutating func enterNesting(at range: SourceRange) -> Bool {
        guard depth < Limits.nestingDepth else {
            if !hasReportedDepth {
                report(.nestingTooDeep(range))
                hasReportedDepth = true
            }
            return false
        }
        depth += 1
        return true
    }

    mutating func leaveNesting() { depth -= 1 }
}

/// A `}` that closed the options or statements of a question: the token's position, and the position of the
/// identifier of the question whose body it closed (a position, not the name: this is kept for every question).
struct ClosedBody {
    var position: Int
    var question: Int
    var kind: QuestionType
}

/// Where a string token's text is, between its quotes (straight or curly); a string the line ended
/// before it was closed has no closing quote.
public func stringContent(of token: Token, in bytes: [UInt8]) -> Range<Int> {
    var start = token.start + (bytes[token.start] == leftCurlyQuote[0] ? leftCurlyQuote.count : 1)
    var end = token.end
    if end > start, bytes[end - 1] == UInt8(ascii: "\"") {
        end -= 1
    } else if end >= start + rightCurlyQuote.count, bytes[(end - rightCurlyQuote.count)..<end].elementsEqual(rightCurlyQuote) {
        end -= rightCurlyQuote.count
    }
    if end < start { start = end }
    return start..<end
}
