/// The tokens, comments and lexical diagnostics of one file.
public struct LexResult: Sendable {
    public var tokens: [Token]
    public var comments: [Comment]
    public var diagnostics: [Diagnostic]
}

/// Splits one file's bytes into tokens; never stops at the first problem.
///
/// The file must be under 4 GiB, as token offsets are 32-bit; `parse` refuses files long before that.
public func lex(_ bytes: [UInt8], file: Int) -> LexResult {
    precondition(bytes.count < Int(UInt32.max), "token offsets are 32-bit")
    var lexer = Lexer(bytes: bytes, file: file)
    lexer.run()
    return LexResult(tokens: lexer.tokens, comments: lexer.comments, diagnostics: lexer.diagnostics)
}

private struct Lexer {
    let bytes: [UInt8]
    let file: Int
    var tokens: [Token] = []
    var comments: [Comment] = []
    var diagnostics: [Diagnostic] = []
    var index = 0
    var isAtLineStart = true
    var lineStart = 0

    init(bytes: [UInt8], file: Int) {
        self.bytes = bytes
        self.file = file
        // Surveys have a token every 14 to 16 bytes: room for one every 8 is enough without growing.
        tokens.reserveCapacity(bytes.count / 8)
    }

    func range(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: file, start: start, end: end) }

    mutating func run() {
        guard checkEncoding() else {
            tokens.append(Token(kind: .end, start: bytes.count, end: bytes.count, isAtLineStart: true))
            return
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        let count = bytes.count
        while index < count {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: " "), UInt8(ascii: "\t"):
                index += 1
            case UInt8(ascii: "\r") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "\n"):
                // The CR of a CR LF: its LF ends the line.
                index += 1
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                // A LF ends a line, and so does a CR alone.
                endLine(at: index)
                index += 1
                lineStart = index
                isAtLineStart = true
            case UInt8(ascii: "/") where index + 1 < count && bytes[index + 1] == UInt8(ascii: "/"):
                let start = index
                index = endOfLine(from: index)
                comments.append(Comment(range: range(start, index), isOwnLine: isAtLineStart))
            case UInt8(ascii: "\""):
                lexString()
            case UInt8(ascii: "0")...UInt8(ascii: "9"):
                lexNumber(from: index)
            case UInt8(ascii: "-") where index + 1 < count && isDigit(bytes[index + 1]):
                lexNumber(from: index)
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
                lexIdentifier()
            case 0xE2 where bytes[index...].starts(with: leftCurlyQuote):
                // Text pasted from a word processor: one diagnostic for the quote, and the text is still read as a string.
                diagnostics.append(.unexpectedCharacter(range(index, index + 3), text: "\u{201C}"))
                lexString()
            default:
                lexPunctuation(byte)
            }
        }
        endLine(at: count)
        tokens.append(Token(kind: .end, start: count, end: count, isAtLineStart: true))
    }

    mutating func endLine(at end: Int) {
        if end - lineStart > Limits.lineBytes {
            diagnostics.append(.lineTooLong(range(lineStart, lineStart + 1), length: end - lineStart))
        }
    }

    mutating func add(_ kind: TokenKind, _ start: Int, _ end: Int) {
        tokens.append(Token(kind: kind, start: start, end: end, isAtLineStart: isAtLineStart))
        isAtLineStart = false
    }

    mutating func lexIdentifier() {
        let start = index
        index = end(from: index, while: isIdentifierByte)
        if index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && isIdentifierStart(bytes[index + 1]) {
            // `full-time`: one name written with hyphens, reported once and read as one word, so what follows
            // it on the line is not taken for the next part of the declaration.
            while index + 1 < bytes.count && bytes[index] == UInt8(ascii: "-") && isIdentifierStart(bytes[index + 1]) {
                index = end(from: index + 1, while: isIdentifierByte)
            }
            let written = String(decoding: bytes[start..<index], as: UTF8.self)
            diagnostics.append(.hyphenInIdentifier(range(start, index), written: written))
        }
        if index - start > Limits.identifierLength {
            diagnostics.append(.identifierTooLong(range(start, index)))
        }
        add(.identifier, start, index)
    }

    mutating func lexNumber(from start: Int) {
        index = start + 1
        while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        if index + 1 < bytes.count && bytes[index] == UInt8(ascii: ".") && isDigit(bytes[index + 1]) {
            index += 1
            while index < bytes.count && isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count && isIdentifierByte(bytes[index]) {
            // `12abc` is one malformed word, not a number followed by a name.
            while index < bytes.count && isIdentifierByte(bytes[index]) { index += 1 }
            diagnostics.append(.invalidNumber(range(start, index)))
        }
        add(.number, start, index)
    }

    /// Reads a string from its opening quote; one opened with `“` may also close with `”`.
    mutating func lexString() {
        let start = index
        let isCurly = bytes[index] == leftCurlyQuote[0]
        index += isCurly ? leftCurlyQuote.count : 1
        while index < bytes.count {
            index = endOfPlainText(from: index)
            guard index < bytes.count else { break }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                index += 1
                finishString(start)
                return
            case 0xE2 where isCurly && bytes[index...].starts(with: rightCurlyQuote):  // rightCurlyQuote[0], as a literal the loop need not load
                index += rightCurlyQuote.count
                finishString(start)
                return
            case UInt8(ascii: "\\"):
                if index + 1 < bytes.count, bytes[index + 1] != UInt8(ascii: "\n") {
                    let escaped = bytes[index + 1]
                    if escaped != UInt8(ascii: "\"") && escaped != UInt8(ascii: "\\") && escaped != UInt8(ascii: "n") {
                        diagnostics.append(.unknownEscape(range(index, index + 2)))
                    }
                    index += 2
                } else {
                    index += 1
                }
            case UInt8(ascii: "\n"), UInt8(ascii: "\r"):
                diagnostics.append(.unterminatedString(range(start, index)))
                finishString(start)
                return
            default:
                index += 1
            }
        }
        diagnostics.append(.unterminatedString(range(start, index)))
        finishString(start)
    }

    /// The offset of the first byte from `offset` that does not satisfy `test`, or the end of the file.
    ///
    /// Not mutating, so the loop keeps the offset and the bytes in registers instead of in the lexer.
    func end(from offset: Int, while test: (UInt8) -> Bool) -> Int {
        var offset = offset
        while offset < bytes.count && test(bytes[offset]) { offset += 1 }
        return offset
    }

    /// The offset of the first byte from `offset` that may end a string or start an escape.
    ///
    /// Eight bytes at a time while none of them can (the word read is inside the buffer, as
    /// `offset + 8 <= count`), then byte by byte.
    func endOfPlainText(from offset: Int) -> Int {
        bytes.withUnsafeBytes { buffer in
            var offset = offset
            while offset + 8 <= buffer.count {
                let word = buffer.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                guard WordScanning.lacks(UInt8(ascii: "\""), in: word), WordScanning.lacks(UInt8(ascii: "\\"), in: word),
                    WordScanning.lacks(UInt8(ascii: "\n"), in: word), WordScanning.lacks(UInt8(ascii: "\r"), in: word),
                    WordScanning.lacks(0xE2, in: word)  // rightCurlyQuote[0], as a literal the loop need not load
                else { break }
                offset += 8
            }
            while offset < buffer.count {
                switch buffer[offset] {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "\n"), UInt8(ascii: "\r"), 0xE2: return offset
                default: offset += 1
                }
            }
            return offset
        }
    }

    mutating func finishString(_ start: Int) {
        // The limit counts the bytes between the quotes, as written (an escape is two), so it does not depend
        // on which quotes were used; a string within it needs no more look.
        if index - start > Limits.stringLength,
            stringContent(of: Token(kind: .string, start: start, end: index, isAtLineStart: false), in: bytes).count > Limits.stringLength
        {
            diagnostics.append(.stringTooLong(range(start, index)))
        }
        add(.string, start, index)
    }

    mutating func lexPunctuation(_ byte: UInt8) {
        let start = index
        let next: UInt8 = index + 1 < bytes.count ? bytes[index + 1] : 0
        let kind: TokenKind
        var length = 1
        switch byte {
        case UInt8(ascii: "{"): kind = .leftBrace
        case UInt8(ascii: "}"): kind = .rightBrace
        case UInt8(ascii: "("): kind = .leftParen
        case UInt8(ascii: ")"): kind = .rightParen
        case UInt8(ascii: ","): kind = .comma
        case UInt8(ascii: "|"):
            kind = next == UInt8(ascii: "|") ? .pipes : .pipe
            length = next == UInt8(ascii: "|") ? 2 : 1
        case UInt8(ascii: "&") where next == UInt8(ascii: "&"):
            kind = .ampersands
            length = 2
        case UInt8(ascii: "="): kind = .equals
        case UInt8(ascii: "."):
            if next == UInt8(ascii: "."), index + 2 < bytes.count, bytes[index + 2] == UInt8(ascii: ".") {
                kind = .ellipsis
                length = 3
            } else {
                kind = .dot
            }
        case UInt8(ascii: "<"):
            kind = next == UInt8(ascii: "=") ? .lessOrEqual : .less
            length = next == UInt8(ascii: "=") ? 2 : 1
        case UInt8(ascii: ">"):
            kind = next == UInt8(ascii: "=") ? .greaterOrEqual : .greater
            length = next == UInt8(ascii: "=") ? 2 : 1
        default:
            skipUnexpected()
            return
        }
        index += length
        add(kind, start, index)
    }

    /// Reports a run of characters the language has no use for as one diagnostic.
    mutating func skipUnexpected() {
        let start = index
        repeat {
            index += 1
            while index < bytes.count && bytes[index] & 0xC0 == 0x80 { index += 1 }
        } while index < bytes.count && isUnexpected(bytes[index])
        let text = String(decoding: bytes[start..<index], as: UTF8.self)
        // What was meant is clear for a comment started with `#` and for a list in square brackets.
        let meant: String? = text.allSatisfy { $0 == "#" } ? "//" : text == "[" ? "(" : text == "]" ? ")" : nil
        diagnostics.append(.unexpectedCharacter(range(start, index), text: text, fix: meant.map { Fix(range: range(start, index), replacement: $0) }))
        // `#` was meant to start a comment: its words would only give more diagnostics.
        if bytes[start] == UInt8(ascii: "#") {
            index = endOfLine(from: index)
        }
    }

    /// The offset of the line break (LF or CR) that ends the line holding `offset`, or the end of the file.
    func endOfLine(from offset: Int) -> Int {
        end(from: offset) { $0 != UInt8(ascii: "\n") && $0 != UInt8(ascii: "\r") }
    }

    func isUnexpected(_ byte: UInt8) -> Bool {
        if byte >= 0x80 { return true }
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: ":"), UInt8(ascii: ";"),
            UInt8(ascii: "?"), UInt8(ascii: "@"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "^"),
            UInt8(ascii: "`"), UInt8(ascii: "~"), UInt8(ascii: "\\"), UInt8(ascii: "/"):
            return true
        default:
            return byte < 0x20 && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\t") && byte != UInt8(ascii: "\r")
        }
    }

    /// Reports the first invalid UTF-8 sequence, with how many more there are; false when the file looks binary.
    mutating func checkEncoding() -> Bool {
        var hasNull = false
        var first: Int?
        var count = 0
        var index = 0
        let bytes = self.bytes
        bytes.withUnsafeBytes { buffer in
            while index < bytes.count {
                // Most of a file is ASCII without NUL: eight such bytes at a time need no further look
                // (the word read is inside the buffer, as `index + 8 <= count`).
                if index + 8 <= buffer.count, WordScanning.isASCIIWithoutNull(buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)) {
                    index += 8
                    continue
                }
                let byte = bytes[index]
                if byte < 0x80 {
                    if byte == 0 { hasNull = true }
                    index += 1
                    continue
                }
                let length = utf8SequenceLength(bytes, at: index)
                if length == 0 {
                    if first == nil { first = index }
                    count += 1
                    index += 1
                } else {
                    index += length
                }
            }
        }
        let looksBinary = hasNull || count > 8
        if let first {
            diagnostics.append(.invalidUTF8(range(first, first + 1), count: count, looksBinary: looksBinary))
        } else if hasNull, let null = bytes.firstIndex(of: 0) {
            diagnostics.append(.invalidUTF8(range(null, null + 1), count: 0, looksBinary: true))
        }
        return !looksBinary
    }
}

// Free functions rather than lexer methods, so they can be passed to `end(from:while:)` without capturing the lexer.
private func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

private func isIdentifierStart(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"): true
    default: false
    }
}

private func isIdentifierByte(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
        UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "_"):
        true
    default: false
    }
}

/// The curly quotes `“` and `”` in UTF-8, which word processors put around pasted text.
let leftCurlyQuote: [UInt8] = [0xE2, 0x80, 0x9C]
let rightCurlyQuote: [UInt8] = [0xE2, 0x80, 0x9D]

/// The length of the valid UTF-8 sequence at an offset, or 0 when the bytes there are not valid UTF-8.
func utf8SequenceLength(_ bytes: [UInt8], at index: Int) -> Int {
    let byte = bytes[index]
    let length: Int
    let minimum: UInt32
    var scalar: UInt32
    switch byte {
    case 0xC2...0xDF: (length, minimum, scalar) = (2, 0x80, UInt32(byte & 0x1F))
    case 0xE0...0xEF: (length, minimum, scalar) = (3, 0x800, UInt32(byte & 0x0F))
    case 0xF0...0xF4: (length, minimum, scalar) = (4, 0x10000, UInt32(byte & 0x07))
    default: return 0
    }
    guard index + length <= bytes.count else { return 0 }
    for offset in 1..<length {
        let next = bytes[index + offset]
        guard next & 0xC0 == 0x80 else { return 0 }
        scalar = scalar << 6 | UInt32(next & 0x3F)
    }
    guard scalar >= minimum, scalar <= 0x10FFFF, !(0xD800...0xDFFF).contains(scalar) else { return 0 }
    return length
}
