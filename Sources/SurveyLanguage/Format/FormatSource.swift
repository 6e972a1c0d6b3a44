/// One file's tokens and comments, with the lookups the formatter needs to walk them beside the syntax tree.
struct FormatSource {
    let bytes: [UInt8]
    let tokens: [Token]
    let comments: [Comment]
    /// For each `{` token, the index of its `}`; for each `}`, its `{`.
    let partners: [Int: Int]

    init(bytes: [UInt8], file: Int) {
        let lexed = lex(bytes, file: file)
        self.bytes = bytes
        self.tokens = lexed.tokens
        self.comments = lexed.comments
        var partners: [Int: Int] = [:]
        var open: [Int] = []
        for (index, token) in lexed.tokens.enumerated() {
            if token.kind == .leftBrace { open.append(index) }
            if token.kind == .rightBrace, let match = open.popLast() {
                partners[match] = index
                partners[index] = match
            }
        }
        self.partners = partners
    }

    /// The index of the first token that starts at or after a byte offset.
    func index(atOrAfter offset: Int) -> Int {
        var low = 0
        var high = tokens.count - 1
        while low < high {
            let middle = (low + high) / 2
            if tokens[middle].start < offset { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The index of the first token of a kind at or after a token index.
    func first(_ kind: TokenKind, from index: Int) -> Int {
        var index = index
        while tokens[index].kind != kind && tokens[index].kind != .end { index += 1 }
        return index
    }

    func text(_ index: Int) -> String {
        String(decoding: bytes[tokens[index].start..<tokens[index].end], as: UTF8.self)
    }

    /// Whether the token is the word `word`.
    func isWord(_ index: Int, _ word: String) -> Bool {
        tokens[index].kind == .identifier && text(index) == word
    }

    /// Whether the bytes between two offsets hold an empty line: two line breaks (LF, CR LF or a CR alone).
    func hasBlankLine(from start: Int, to end: Int) -> Bool {
        guard start < end else { return false }
        var breaks = 0
        bytes[start..<end].withUnsafeBytes { _ = WordScanning.forEachLineStart(in: $0) { _ in breaks += 1 } }
        return breaks >= 2
    }

    /// A comment's text without trailing spaces or carriage return.
    func text(of comment: Comment) -> String {
        var end = comment.range.end
        while end > comment.range.start, [UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "\r")].contains(bytes[end - 1]) {
            end -= 1
        }
        return String(decoding: bytes[comment.range.start..<end], as: UTF8.self)
    }

    /// The value of one string token, with escapes decoded as the parser decodes them.
    func stringValue(_ index: Int) -> String {
        let content = stringContent(of: tokens[index], in: bytes)
        let (start, end) = (content.lowerBound, content.upperBound)
        var decoded: [UInt8] = []
        var offset = start
        while offset < end {
            let byte = bytes[offset]
            if byte == UInt8(ascii: "\\"), offset + 1 < end {
                let escaped = bytes[offset + 1]
                decoded.append(escaped == UInt8(ascii: "n") ? UInt8(ascii: "\n") : escaped)
                offset += 2
            } else {
                decoded.append(byte)
                offset += 1
            }
        }
        return String(decoding: decoded, as: UTF8.self)
    }
}
