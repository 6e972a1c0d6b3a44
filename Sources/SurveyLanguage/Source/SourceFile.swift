/// One source file's bytes, with the line table used to turn offsets into line and column.
public struct SourceFile: Sendable {
    /// The path as the user named it, used in diagnostics.
    public let path: String
    /// The raw bytes of the file.
    public let bytes: [UInt8]
    /// The offset at which each line starts. A line ends with LF, CR LF or a CR alone, as editors and the
    /// Language Server Protocol read them.
    public let lineStarts: [Int]
    /// Whether every byte is ASCII, so that a column is a count of bytes.
    let isASCII: Bool

    /// Creates a source file from raw bytes.
    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
        var starts = [0]
        isASCII = bytes.withUnsafeBytes { buffer in
            WordScanning.forEachLineStart(in: buffer) { starts.append($0) }
        }
        self.lineStarts = starts
    }

    /// Creates a source file from text.
    public init(path: String, text: String) {
        self.init(path: path, bytes: Array(text.utf8))
    }

    /// Where the text of a zero-based line starts: its first byte, or after the byte order mark that may start
    /// the file, which is not part of the text (the lexer passes over it, and editors neither show it nor
    /// count it as a column).
    public func textStart(ofLine line: Int) -> Int {
        line == 0 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : lineStarts[line]
    }

    /// The one-based line and column of a byte offset; columns count characters, a tab as one.
    public func location(of offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = lineIndex(of: clamped)
        let start = min(textStart(ofLine: line), clamped)
        return (line + 1, 1 + characterCount(start..<clamped))
    }

    /// How many characters (Unicode scalars) the bytes of a range hold: its bytes less the UTF-8 continuation
    /// bytes, counted eight at a time, since a line may be 65,536 bytes long and hold thousands of diagnostics.
    public func characterCount(_ range: Range<Int>) -> Int {
        guard !isASCII else { return range.count }
        return bytes.withUnsafeBytes { buffer in
            var continuations = 0
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let word = buffer.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // A continuation byte is `10xxxxxx`: its high bit set, and the bit below it clear.
                continuations += (word & ~(word << 1) & WordScanning.highBits).nonzeroBitCount
                index += 8
            }
            while index < range.upperBound {
                if buffer[index] & 0xC0 == 0x80 { continuations += 1 }
                index += 1
            }
            return range.count - continuations
        }
    }

    /// The byte offsets of a one-based line's text, without its line ending (and on the first line, without the
    /// byte order mark).
    public func lineRange(_ line: Int) -> Range<Int> {
        guard line >= 1, line <= lineStarts.count else { return bytes.count..<bytes.count }
        let start = textStart(ofLine: line - 1)
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") {
            end -= 1
        }
        return start..<end
    }

    /// The zero-based index in `lineStarts` of the line holding a byte offset (clamped to the file).
    public func lineIndex(of offset: Int) -> Int {
        let clamped = max(0, min(offset, bytes.count))
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= clamped { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// The text of a range of this file.
    public func text(_ range: SourceRange) -> String {
        let start = max(0, min(range.start, bytes.count))
        let end = max(start, min(range.end, bytes.count))
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A half-open byte range in one source file.
public struct SourceRange: Hashable, Sendable {
    // The syntax tree holds several ranges for each construct, so a range is kept small: 32-bit
    // numbers take 12 bytes instead of 24. Offsets fit, as `lex` takes files under 4 GiB.
    private var storedFile: UInt32
    private var storedStart: UInt32
    private var storedEnd: UInt32

    /// The index of the file in its `SourceSet`.
    public var file: Int {
        get { Int(storedFile) }
        set { storedFile = UInt32(newValue) }
    }
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = UInt32(newValue) }
    }
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = UInt32(newValue) }
    }

    /// Creates a range.
    public init(file: Int, start: Int, end: Int) {
        self.storedFile = UInt32(file)
        self.storedStart = UInt32(start)
        self.storedEnd = UInt32(end)
    }

    /// The smallest range covering both.
    public func union(_ other: SourceRange) -> SourceRange {
        var union = self
        union.storedStart = min(storedStart, other.storedStart)
        union.storedEnd = max(storedEnd, other.storedEnd)
        return union
    }
}

/// The files of one compilation: the main file first, then included files in the order read.
public struct SourceSet: Sendable {
    public private(set) var files: [SourceFile] = []

    /// Creates an empty set.
    public init() {}

    /// Adds a file and returns its index.
    public mutating func add(_ file: SourceFile) -> Int {
        files.append(file)
        return files.count - 1
    }

    /// The file at an index.
    public subscript(index: Int) -> SourceFile { files[index] }
}
