#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Writes the bundle types as canonical JSON directly: byte for byte what `Bundle.canonicalJSON` gives
/// (sorted keys, two-space indentation, `" : "`, no escaped slashes), without the generic encoder.
///
/// The keys below mirror the `Codable` conformances in `Bundle.swift` and `Condition.swift`, in the
/// order `JSONEncoder` sorts them (by UTF-8 bytes); `CanonicalWriterTests` holds the two to the same bytes.
struct CanonicalWriter {
    private let storage: ByteStorage
    private var indent = 0
    /// Set when a value has no JSON form (a non-finite number): the caller then lets `JSONEncoder` report it.
    private(set) var isUnrepresentable = false

    /// A writer that hands its bytes to `drain` whenever its buffer of `capacity` bytes is full, and
    /// the rest on `flush()`: the document is never whole in memory.
    init(capacity: Int, drain: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        storage = ByteStorage(capacity: capacity, drain: drain)
    }

    /// Hands what is buffered to the drain.
    func flush() { storage.drain() }

    /// How many bytes have been written so far, drained or not.
    var position: Int { storage.drained + storage.count }

    /// Writes one byte outside any value (the newline that ends a bundle file).
    func append(_ byte: UInt8) { storage.append(byte) }

    // MARK: Layout

    private mutating func open(_ bracket: UInt8) {
        storage.append(bracket)
        storage.append(newline)
        indent += 1
    }

    private mutating func close(_ bracket: UInt8) {
        storage.append(newline)
        indent -= 1
        writeIndent()
        storage.append(bracket)
    }

    private mutating func writeIndent() {
        storage.appendSpaces(2 * indent)
    }

    /// Starts an array element or object member: the separator after the previous one, then the indentation.
    private mutating func element(_ isFirst: inout Bool) {
        if !isFirst {
            storage.append(comma)
            storage.append(newline)
        }
        isFirst = false
        writeIndent()
    }

    private mutating func key(_ name: StaticString, _ isFirst: inout Bool) {
        element(&isFirst)
        // Keys are literals of several characters, so they always have a pointer to their UTF-8.
        storage.appendKey(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    private mutating func array<Element>(_ elements: [Element], _ write: (inout CanonicalWriter, Element) -> Void) {
        open(leftBracket)
        var isFirst = true
        // By position: `for element in elements` copies each element out, retaining all it holds.
        for index in elements.indices {
            self.element(&isFirst)
            write(&self, elements[index])
        }
        close(rightBracket)
    }

    // MARK: Scalars

    mutating func string(_ value: String) {
        storage.append(quote)
        // Native strings are read in place; only a string without contiguous UTF-8 is copied to get some.
        if value.utf8.withContiguousStorageIfAvailable({ writeEscaped($0) }) == nil {
            var contiguous = value
            contiguous.withUTF8 { writeEscaped($0) }
        }
        storage.append(quote)
    }

    /// The bytes of a string's UTF-8, with what JSON requires escaped.
    private func writeEscaped(_ utf8: UnsafeBufferPointer<UInt8>) {
        var start = 0
        var index = 0
        while index < utf8.count {
            // Eight bytes at a time while none needs escaping.
            while utf8.count - index >= 8,
                hasJSONSpecialByte(UnsafeRawPointer(utf8.baseAddress! + index).loadUnaligned(as: UInt64.self)) == 0
            {
                index += 8
            }
            guard index < utf8.count else { break }
            let byte = utf8[index]
            index += 1
            guard byte < 0x20 || byte == quote || byte == backslash else { continue }
            if start < index - 1 { storage.append(UnsafeBufferPointer(rebasing: utf8[start..<index - 1])) }
            start = index
            storage.append(backslash)
            switch byte {
            case quote: storage.append(quote)
            case backslash: storage.append(backslash)
            case 0x08: storage.append(UInt8(ascii: "b"))
            case 0x0C: storage.append(UInt8(ascii: "f"))
            case newline: storage.append(UInt8(ascii: "n"))
            case 0x0D: storage.append(UInt8(ascii: "r"))
            case 0x09: storage.append(UInt8(ascii: "t"))
            default:
                storage.append(UInt8(ascii: "u"))
                storage.append(UInt8(ascii: "0"))
                storage.append(UInt8(ascii: "0"))
                storage.append(hexDigits[Int(byte >> 4)])
                storage.append(hexDigits[Int(byte & 0x0F)])
            }
        }
        if start < utf8.count { storage.append(UnsafeBufferPointer(rebasing: utf8[start...])) }
    }

    mutating func int(_ value: Int) {
        if value < 0 {
            for byte in String(value).utf8 { storage.append(byte) }
        } else {
            storage.appendDecimal(UInt(value))
        }
    }

    /// `JSONEncoder`'s spelling of a number: its `description`, without a trailing `.0`.
    mutating func double(_ value: Double) {
        guard value.isFinite else {
            isUnrepresentable = true
            return
        }
        if value == value.rounded(), value.magnitude < 1e15, value != 0 || value.sign == .plus {
            int(Int(value))
            return
        }
        var text = value.description
        if text.hasSuffix(".0") { text.removeLast(2) }
        for byte in text.utf8 { storage.append(byte) }
    }

    mutating func bool(_ value: Bool) {
        let text: StaticString = value ? "true" : "false"
        text.withUTF8Buffer { storage.append($0) }
    }

    // MARK: Bundle types

    /// Writes a bundle; `marks`, when given, learns where its content digest and its survey are as soon as
    /// they are written (so a drain can already use it).
    mutating func write(_ bundle: Bundle, marks: BundleMarks? = nil) {
        open(leftBrace)
        var isFirst = true
        key("digest", &isFirst)
        open(leftBrace)
        var inDigest = true
        key("algorithm", &inDigest)
        string(bundle.digest.algorithm)
        key("content", &inDigest)
        marks?.contentDigest = position + 1  // after the opening quote
        string(bundle.digest.content)
        key("sources", &inDigest)
        string(bundle.digest.sources)
        close(rightBrace)
        key("format", &isFirst)
        int(bundle.format)
        key("survey", &isFirst)
        let surveyStart = position
        marks?.survey = surveyStart..<Int.max
        write(bundle.survey)
        marks?.survey = surveyStart..<position
        close(rightBrace)
    }

    mutating func write(_ survey: Survey) {
        open(leftBrace)
        var isFirst = true
        key("anonymous", &isFirst)
        bool(survey.anonymous)
        if let description = survey.description {
            key("description", &isFirst)
            string(description)
        }
        key("id", &isFirst)
        string(survey.id)
        if let minutes = survey.minutes {
            key("minutes", &isFirst)
            int(minutes)
        }
        key("roles", &isFirst)
        array(survey.roles) { writer, role in
            writer.open(leftBrace)
            var isFirst = true
            writer.key("id", &isFirst)
            writer.string(role.id)
            writer.key("label", &isFirst)
            writer.string(role.label)
            writer.key("rule", &isFirst)
            writer.write(role.rule)
            writer.close(rightBrace)
        }
        key("screener", &isFirst)
        array(survey.screener) { $0.string($1) }
        key("sections", &isFirst)
        array(survey.sections) { writer, section in
            writer.open(leftBrace)
            var isFirst = true
            if let condition = section.condition {
                writer.key("condition", &isFirst)
                writer.write(condition)
            }
            writer.key("id", &isFirst)
            writer.string(section.id)
            writer.key("items", &isFirst)
            writer.array(section.items) { $0.write($1) }
            writer.key("title", &isFirst)
            writer.string(section.title)
            writer.close(rightBrace)
        }
        key("summaries", &isFirst)
        array(survey.summaries) { writer, summary in
            writer.open(leftBrace)
            var isFirst = true
            writer.key("questions", &isFirst)
            writer.array(summary.questions) { $0.string($1) }
            if let role = summary.role {
                writer.key("role", &isFirst)
                writer.string(role)
            }
            writer.key("seconds", &isFirst)
            writer.double(summary.seconds)
            writer.close(rightBrace)
        }
        key("title", &isFirst)
        string(survey.title)
        key("version", &isFirst)
        string(survey.version)
        close(rightBrace)
    }

    mutating func write(_ item: Item) {
        open(leftBrace)
        var isFirst = true
        switch item {
        case .question(let question):
            key("kind", &isFirst)
            string("question")
            key("question", &isFirst)
            write(question)
        case .note(let note):
            key("kind", &isFirst)
            string("note")
            key("note", &isFirst)
            open(leftBrace)
            var inNote = true
            if let condition = note.condition {
                key("condition", &inNote)
                write(condition)
            }
            key("text", &inNote)
            string(note.text)
            close(rightBrace)
        case .block(let block):
            key("block", &isFirst)
            open(leftBrace)
            var inBlock = true
            key("condition", &inBlock)
            write(block.condition)
            key("items", &inBlock)
            array(block.items) { $0.write($1) }
            close(rightBrace)
            key("kind", &isFirst)
            string("block")
        }
        close(rightBrace)
    }

    mutating func write(_ question: Question) {
        open(leftBrace)
        var isFirst = true
        key("checks", &isFirst)
        array(question.checks) { writer, check in
            writer.open(leftBrace)
            var isFirst = true
            writer.key("condition", &isFirst)
            writer.write(check.condition)
            writer.key("message", &isFirst)
            writer.string(check.message)
            writer.close(rightBrace)
        }
        if let choiceList = question.choiceList {
            key("choiceList", &isFirst)
            string(choiceList)
        }
        if let condition = question.condition {
            key("condition", &isFirst)
            write(condition)
        }
        if let continues = question.continues {
            key("continues", &isFirst)
            string(continues)
        }
        if let help = question.help {
            key("help", &isFirst)
            string(help)
        }
        if let highLabel = question.highLabel {
            key("highLabel", &isFirst)
            string(highLabel)
        }
        key("id", &isFirst)
        string(question.id)
        if let isLong = question.isLong {
            key("long", &isFirst)
            bool(isLong)
        }
        if let lowLabel = question.lowLabel {
            key("lowLabel", &isFirst)
            string(lowLabel)
        }
        if let max = question.max {
            key("max", &isFirst)
            double(max)
        }
        if let maxChoices = question.maxChoices {
            key("maxChoices", &isFirst)
            int(maxChoices)
        }
        if let maxLength = question.maxLength {
            key("maxLength", &isFirst)
            int(maxLength)
        }
        if let min = question.min {
            key("min", &isFirst)
            double(min)
        }
        if let minChoices = question.minChoices {
            key("minChoices", &isFirst)
            int(minChoices)
        }
        if let options = question.options {
            key("options", &isFirst)
            array(options) { $0.write($1) }
        }
        if let isOrdered = question.isOrdered {
            key("ordered", &isFirst)
            bool(isOrdered)
        }
        key("required", &isFirst)
        bool(question.isRequired)
        if let rows = question.rows {
            key("rows", &isFirst)
            array(rows) { writer, row in
                writer.open(leftBrace)
                var isFirst = true
                writer.key("id", &isFirst)
                writer.string(row.id)
                writer.key("text", &isFirst)
                writer.string(row.text)
                writer.close(rightBrace)
            }
        }
        key("seconds", &isFirst)
        double(question.seconds)
        key("text", &isFirst)
        string(question.text)
        key("type", &isFirst)
        string(question.type.rawValue)
        if let unit = question.unit {
            key("unit", &isFirst)
            string(unit)
        }
        close(rightBrace)
    }

    mutating func write(_ option: Option) {
        open(leftBrace)
        var isFirst = true
        if let code = option.code {
            key("code", &isFirst)
            int(code)
        }
        if let continues = option.continues {
            key("continues", &isFirst)
            string(continues)
        }
        if let isExclusive = option.isExclusive {
            key("exclusive", &isFirst)
            bool(isExclusive)
        }
        key("id", &isFirst)
        string(option.id)
        key("label", &isFirst)
        string(option.label)
        if let isSpecify = option.isSpecify {
            key("specify", &isFirst)
            bool(isSpecify)
        }
        close(rightBrace)
    }

    mutating func write(_ condition: Condition) {
        open(leftBrace)
        var isFirst = true
        switch condition {
        case .and(let args), .or(let args):
            key("args", &isFirst)
            array(args) { $0.write($1) }
            key("op", &isFirst)
            string(condition.isAnd ? "and" : "or")
        case .not(let arg):
            key("arg", &isFirst)
            write(arg)
            key("op", &isFirst)
            string("not")
        case .answered(let reference):
            key("op", &isFirst)
            string("answered")
            key("ref", &isFirst)
            write(reference)
        case .role(let roles):
            key("op", &isFirst)
            string("role")
            key("roles", &isFirst)
            array(roles) { $0.string($1) }
        case .test(let reference, let comparison, let value):
            key("op", &isFirst)
            string("test")
            key("ref", &isFirst)
            write(reference)
            key("test", &isFirst)
            string(comparison.rawValue)
            key("value", &isFirst)
            write(value)
        case .among(let reference, let values):
            key("op", &isFirst)
            string("in")
            key("ref", &isFirst)
            write(reference)
            key("values", &isFirst)
            array(values) { $0.write($1) }
        }
        close(rightBrace)
    }

    mutating func write(_ reference: Reference) {
        open(leftBrace)
        var isFirst = true
        key("question", &isFirst)
        string(reference.question)
        if let row = reference.row {
            key("row", &isFirst)
            string(row)
        }
        close(rightBrace)
    }

    mutating func write(_ value: Value) {
        open(leftBrace)
        var isFirst = true
        switch value {
        case .option(let option):
            key("option", &isFirst)
            string(option)
        case .number(let number):
            key("number", &isFirst)
            double(number)
        case .text(let text):
            key("text", &isFirst)
            string(text)
        case .bool(let bool):
            key("bool", &isFirst)
            self.bool(bool)
        case .answer(let question):
            key("answer", &isFirst)
            string(question)
        }
        close(rightBrace)
    }
}

extension Condition {
    fileprivate var isAnd: Bool {
        if case .and = self { return true }
        return false
    }
}

/// Where `CanonicalWriter.write(_:marks:)` put the parts of a bundle a one-pass writer needs: byte offsets in
/// the whole document.
final class BundleMarks {
    /// The first of the 64 hex digits of `digest.content`.
    var contentDigest = 0
    /// The `survey` member's value; its upper bound is `Int.max` until the survey is written.
    var survey = Int.max..<Int.max
}

/// A growable byte buffer without the uniqueness and capacity checks `Array` makes on every append.
///
/// It lives in `malloc` memory, so growing can `realloc` in place and the bytes can become a `Data` without a copy.
private final class ByteStorage {
    private(set) var base: UnsafeMutablePointer<UInt8>
    private(set) var count = 0
    /// How many bytes went to the sink before `base`.
    private(set) var drained = 0
    private var capacity: Int
    /// Where full buffers go.
    private let sink: (UnsafeBufferPointer<UInt8>) -> Void

    init(capacity: Int, drain: @escaping (UnsafeBufferPointer<UInt8>) -> Void) {
        self.capacity = Swift.max(capacity, 64)
        base = malloc(self.capacity)!.assumingMemoryBound(to: UInt8.self)
        sink = drain
    }

    deinit { free(base) }

    @inline(__always)
    func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: 1) }
        base[count] = byte
        count += 1
    }

    @inline(__always)
    func append(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        if count + bytes.count > capacity { grow(toHold: bytes.count) }
        (base + count).update(from: source, count: bytes.count)
        count += bytes.count
    }

    func appendDecimal(_ value: UInt) {
        var digits = 1
        var rest = value / 10
        while rest > 0 {
            digits += 1
            rest /= 10
        }
        if count + digits > capacity { grow(toHold: digits) }
        var remaining = value
        var index = count + digits - 1
        repeat {
            base[index] = UInt8(ascii: "0") + UInt8(remaining % 10)
            remaining /= 10
            index -= 1
        } while remaining > 0
        count += digits
    }

    /// Indentation, eight spaces at a time (the last eight may go past the end: later bytes overwrite them).
    func appendSpaces(_ spaces: Int) {
        if count + spaces + 8 > capacity { grow(toHold: spaces + 8) }
        var written = 0
        while written < spaces {
            UnsafeMutableRawPointer(base + count + written).storeBytes(of: eightSpaces, as: UInt64.self)
            written += 8
        }
        count += spaces
    }

    /// `"name" : `, with one check for room.
    func appendKey(_ name: UnsafeBufferPointer<UInt8>) {
        if count + name.count + 5 > capacity { grow(toHold: name.count + 5) }
        base[count] = quote
        (base + count + 1).update(from: name.baseAddress!, count: name.count)
        // `" : ` as one little-endian word.
        UnsafeMutableRawPointer(base + count + 1 + name.count).storeBytes(of: 0x203A_2022, as: UInt32.self)
        count += name.count + 5
    }

    /// Hands the buffered bytes to the sink and starts again empty.
    func drain() {
        guard count > 0 else { return }
        sink(UnsafeBufferPointer(start: base, count: count))
        drained += count
        count = 0
    }

    /// Makes room for `extra` more bytes: by draining, and if that is not room enough (one string
    /// longer than the buffer) by growing it.
    private func grow(toHold extra: Int) {
        drain()
        guard count + extra > capacity else { return }
        let newCapacity = Swift.max(capacity * 2, count + extra)
        base = realloc(base, newCapacity)!.assumingMemoryBound(to: UInt8.self)
        capacity = newCapacity
    }
}

private let newline = UInt8(ascii: "\n")
private let eightSpaces: UInt64 = 0x2020_2020_2020_2020
private let comma = UInt8(ascii: ",")
private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let leftBrace = UInt8(ascii: "{")
private let rightBrace = UInt8(ascii: "}")
private let leftBracket = UInt8(ascii: "[")
private let rightBracket = UInt8(ascii: "]")
private let hexDigits: [UInt8] = Array("0123456789abcdef".utf8)
