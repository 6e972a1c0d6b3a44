#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// A cursor over JSON bytes that reads typed values in place: the byte-level half of `BundleReader`.
///
/// It reads what `JSONDecoder` reads (RFC 8259 text, and as Foundation's parser allows, a leading UTF-8 byte
/// order mark and a comma after the last member or element), and refuses
/// outright what the generic decoder lets through unread: bad UTF-8, bad escapes and malformed numbers
/// anywhere, duplicate members (in values that are only skipped too), and nesting deeper than `maxNesting`.
struct JSONScanner {
    /// How deep arrays and objects may nest, as in Foundation's JSON parser.
    static let maxNesting = 512

    private let base: UnsafePointer<UInt8>
    private let count: Int
    private(set) var position = 0
    private var nesting = 0

    /// Creates a scanner over bytes that stay valid while it is used; a leading byte order mark is skipped.
    init(_ bytes: UnsafeRawBufferPointer) {
        // An empty buffer may have no address: read from a one-byte constant instead, never past `count`.
        base = bytes.baseAddress.map { $0.assumingMemoryBound(to: UInt8.self) } ?? emptyBytes
        count = bytes.count
        if count >= 3, base[0] == 0xEF, base[1] == 0xBB, base[2] == 0xBF { position = 3 }
    }

    // MARK: Structure

    /// The next byte that is not white space, without consuming it; 0 at the end.
    @inline(__always)
    mutating func peek() -> UInt8 {
        while position < count {
            let byte = base[position]
            if byte == space {
                position &+= 1
                // Indentation comes in runs: step over eight spaces at a time.
                while count - position >= 8,
                    UnsafeRawPointer(base + position).loadUnaligned(as: UInt64.self) == eightSpaces
                {
                    position &+= 8
                }
                continue
            }
            guard byte == newline || byte == 0x0D || byte == 0x09 else { return byte }
            position &+= 1
        }
        return 0
    }

    /// Checks that only white space follows the value just read.
    mutating func expectEnd() throws(ReadFailure) {
        guard peek() == 0, position == count else { throw unexpected("after the end of the document") }
    }

    /// Reads an object's members, calling `body` with the index of each key in `keys` (or skipping the
    /// value of a key not there); returns what `body` recorded about them.
    @inline(__always)
    mutating func object(
        _ keys: KeyTable, _ body: (inout JSONScanner, Int, inout Members) throws(ReadFailure) -> Void
    ) throws(ReadFailure) -> Members {
        try open(leftBrace, expected: "an object")
        var members = Members(keys: keys)
        // The names of members not in `keys`, to refuse one that repeats; empty, and free, in a compiled bundle.
        var unknownNames = Set<String>()
        if peek() == rightBrace {
            position &+= 1
            nesting &-= 1
            return members
        }
        while true {
            let first = peek()
            // Foundation's parser allows a comma after the last member, so this one does too.
            if first == rightBrace, !members.isEmpty {
                position &+= 1
                break
            }
            guard first == quote else { throw unexpected("where a member name should be") }
            members.count += 1
            let (index, unknownName) = try key(in: keys)
            guard peek() == colon else { throw unexpected("where `:` should follow a member name") }
            position &+= 1
            if let unknownName {
                guard unknownNames.insert(unknownName).inserted else {
                    throw .layout("the member `\(unknownName)` appears twice")
                }
                do throws(ReadFailure) {
                    try skipValue()
                } catch {
                    throw error.within(.key(unknownName))
                }
            } else {
                try body(&self, index, &members)
            }
            let next = peek()
            position &+= 1
            if next == rightBrace { break }
            guard next == comma else {
                position &-= 1
                throw unexpected("where `,` or `}` should be")
            }
        }
        nesting &-= 1
        return members
    }

    /// Reads an array, each element with `element`; a failure names the element's index.
    @inline(__always)
    mutating func array<Element>(
        _ element: (inout JSONScanner) throws(ReadFailure) -> Element
    ) throws(ReadFailure) -> [Element] {
        try open(leftBracket, expected: "an array")
        var elements: [Element] = []
        if peek() == rightBracket {
            position &+= 1
            nesting &-= 1
            return elements
        }
        while true {
            // Foundation's parser allows a comma after the last element, so this one does too.
            if !elements.isEmpty, peek() == rightBracket {
                position &+= 1
                break
            }
            do throws(ReadFailure) {
                elements.append(try element(&self))
            } catch {
                throw error.within(.index(elements.count))
            }
            let next = peek()
            position &+= 1
            if next == rightBracket { break }
            guard next == comma else {
                position &-= 1
                throw unexpected("where `,` or `]` should be")
            }
        }
        nesting &-= 1
        return elements
    }

    private mutating func open(_ bracket: UInt8, expected: String) throws(ReadFailure) {
        let byte = peek()
        guard byte == bracket else { throw try mismatch(byte, expected: expected) }
        guard nesting < JSONScanner.maxNesting else {
            throw .syntax("arrays and objects nest more than \(JSONScanner.maxNesting) deep at byte \(position)")
        }
        nesting &+= 1
        position &+= 1
    }

    /// The failure for a value of the wrong type: `null` is reported as such, and a malformed value as not JSON.
    private mutating func mismatch(_ byte: UInt8, expected: String) throws(ReadFailure) -> ReadFailure {
        if byte == UInt8(ascii: "n") {
            try literal("null")
            return .layout("expected \(expected), found null")
        }
        try skipValue()
        return .layout("expected \(expected)")
    }

    /// Skips one value of any type, checking that it is well formed.
    mutating func skipValue() throws(ReadFailure) {
        switch peek() {
        case quote: try skipString()
        case leftBrace:
            _ = try object(KeyTable.none) { _, _, _ throws(ReadFailure) in }
        case leftBracket:
            _ = try array { scanner throws(ReadFailure) in try scanner.skipValue() }
        case UInt8(ascii: "t"): try literal("true")
        case UInt8(ascii: "f"): try literal("false")
        case UInt8(ascii: "n"): try literal("null")
        case minus, zero...nine: _ = try number()
        default: throw unexpected("where a value should be")
        }
    }

    private mutating func literal(_ word: StaticString) throws(ReadFailure) {
        let length = word.utf8CodeUnitCount
        guard count - position >= length, memcmp(base + position, word.utf8Start, length) == 0 else {
            throw unexpected("where a value should be")
        }
        position &+= length
    }

    // MARK: Scalars

    /// Whether the next value is `null`, which is then consumed.
    mutating func isNull() throws(ReadFailure) -> Bool {
        guard peek() == UInt8(ascii: "n") else { return false }
        try literal("null")
        return true
    }

    mutating func bool() throws(ReadFailure) -> Bool {
        switch peek() {
        case UInt8(ascii: "t"):
            try literal("true")
            return true
        case UInt8(ascii: "f"):
            try literal("false")
            return false
        case let byte: throw try mismatch(byte, expected: "true or false")
        }
    }

    mutating func string() throws(ReadFailure) -> String {
        let byte = peek()
        guard byte == quote else { throw try mismatch(byte, expected: "a string") }
        let (start, end, hasEscapes, isASCII) = try scanString()
        let raw = UnsafeBufferPointer(start: base + start, count: end - start)
        // ASCII is valid UTF-8, and `String(decoding:)` is much faster than the generic `String(validating:)`.
        if isASCII, !hasEscapes { return String(decoding: raw, as: UTF8.self) }
        if !hasEscapes {
            guard let text = String(validating: raw, as: UTF8.self) else { throw badUTF8(at: start) }
            return text
        }
        let bytes = try unescape(raw, at: start)
        guard let text = String(validating: bytes, as: UTF8.self) else { throw badUTF8(at: start) }
        return text
    }

    /// A whole number that fits in `Int`; like `JSONDecoder`, `5.0` and `1e2` are whole numbers too.
    ///
    /// A well-formed number that does not fit is a problem of layout, reported with its path, not data
    /// that is not JSON.
    mutating func int() throws(ReadFailure) -> Int {
        let number = try numberText()
        if let value = number.wholeValue(base) { return value }
        throw number.doubleValue(base).rounded() == number.doubleValue(base)
            ? .layout("a number too large: a whole number of at most 64 bits is expected")
            : .layout("expected a whole number")
    }

    /// A whole number, with one too large for `Int` read as `Int.max` (or `Int.min` when negative): for the
    /// format, where any number above the current one asks for a newer runtime.
    mutating func clampedInt() throws(ReadFailure) -> Int {
        let number = try numberText()
        if let value = number.wholeValue(base) { return value }
        let value = number.doubleValue(base)
        guard value.rounded() == value else { throw .layout("expected a whole number") }
        return number.isNegative ? .min : .max
    }

    /// The next value, which must be a number.
    private mutating func numberText() throws(ReadFailure) -> NumberText {
        let byte = peek()
        guard byte == minus || (byte >= zero && byte <= nine) else { throw try mismatch(byte, expected: "a number") }
        return try number()
    }

    /// A number that is finite as a `Double` and not a non-zero number rounded to zero, as `JSONDecoder` requires.
    mutating func double() throws(ReadFailure) -> Double {
        let number = try numberText()
        let value = number.doubleValue(base)
        guard value.isFinite else { throw .layout("a number too large: at most about 1.8e308 is allowed") }
        guard value != 0 || !number.hasNonZeroDigit(base) else {
            throw .layout("a number too close to zero: it would be read as 0")
        }
        return value
    }

    // MARK: Keys

    /// Reads a member name and returns its index in `keys`, or -1 and the name for a name not there.
    private mutating func key(in keys: KeyTable) throws(ReadFailure) -> (index: Int, unknownName: String?) {
        let (start, end, hasEscapes, isASCII) = try scanString()
        let raw = UnsafeBufferPointer(start: base + start, count: end - start)
        if !hasEscapes {
            let index = keys.index(of: raw)
            guard index < 0 else { return (index, nil) }
            if isASCII { return (index, String(decoding: raw, as: UTF8.self)) }
            guard let name = String(validating: raw, as: UTF8.self) else { throw badUTF8(at: start) }
            return (index, name)
        }
        let bytes = try unescape(raw, at: start)
        guard let name = String(validating: bytes, as: UTF8.self) else { throw badUTF8(at: start) }
        let index = bytes.withUnsafeBufferPointer { keys.index(of: $0) }
        return (index, index < 0 ? name : nil)
    }

    // MARK: Strings

    /// Finds the end of the string that starts at `position`; returns the bytes between the quotes.
    @inline(__always)
    private mutating func scanString() throws(ReadFailure) -> (
        start: Int, end: Int, hasEscapes: Bool, isASCII: Bool
    ) {
        let start = position &+ 1
        var index = start
        var hasEscapes = false
        var isASCII = true
        while true {
            // Eight bytes at a time while none is a quote, a backslash, a control character or non-ASCII.
            while count - index >= 8 {
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                guard hasJSONSpecialByte(word) | (word & highBits) == 0 else { break }
                index &+= 8
            }
            guard index < count else { throw .syntax("a string that starts at byte \(start - 1) does not end") }
            let byte = base[index]
            if byte == quote { break }
            if byte == backslash {
                hasEscapes = true
                index &+= 2
                continue
            }
            if byte < 0x20 { throw .syntax("a control character in a string at byte \(index)") }
            if byte >= 0x80 { isASCII = false }
            index &+= 1
        }
        position = index &+ 1
        return (start, index, hasEscapes, isASCII)
    }

    private mutating func skipString() throws(ReadFailure) {
        _ = try string()
    }

    /// The bytes of a string's text with its escapes replaced.
    private func unescape(_ raw: UnsafeBufferPointer<UInt8>, at offset: Int) throws(ReadFailure) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var index = 0
        while index < raw.count {
            let byte = raw[index]
            guard byte == backslash else {
                bytes.append(byte)
                index += 1
                continue
            }
            guard index + 1 < raw.count else { throw badEscape(at: offset + index) }
            let escaped = raw[index + 1]
            index += 2
            switch escaped {
            case quote, backslash, UInt8(ascii: "/"): bytes.append(escaped)
            case UInt8(ascii: "b"): bytes.append(0x08)
            case UInt8(ascii: "f"): bytes.append(0x0C)
            case UInt8(ascii: "n"): bytes.append(newline)
            case UInt8(ascii: "r"): bytes.append(0x0D)
            case UInt8(ascii: "t"): bytes.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hexUnit(raw, at: index) else { throw badEscape(at: offset + index - 2) }
                index += 4
                var scalar = UInt32(unit)
                if unit >= 0xD800, unit < 0xDC00 {
                    // A high surrogate must be followed by an escaped low one.
                    guard index + 6 <= raw.count, raw[index] == backslash, raw[index + 1] == UInt8(ascii: "u"),
                        let low = hexUnit(raw, at: index + 2), low >= 0xDC00, low < 0xE000
                    else { throw badEscape(at: offset + index - 6) }
                    index += 6
                    scalar = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                } else if unit >= 0xDC00, unit < 0xE000 {
                    throw badEscape(at: offset + index - 6)
                }
                guard let character = Unicode.Scalar(scalar) else { throw badEscape(at: offset + index - 6) }
                bytes.append(contentsOf: UTF8.encode(character)!)
            default: throw badEscape(at: offset + index - 2)
            }
        }
        return bytes
    }

    private func hexUnit(_ raw: UnsafeBufferPointer<UInt8>, at index: Int) -> UInt16? {
        guard index + 4 <= raw.count else { return nil }
        var unit: UInt16 = 0
        for byte in raw[index..<index + 4] {
            let digit: UInt8
            switch byte {
            case zero...nine: digit = byte - zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            unit = unit << 4 | UInt16(digit)
        }
        return unit
    }

    // MARK: Numbers

    /// Scans a number by the JSON grammar: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    private mutating func number() throws(ReadFailure) -> NumberText {
        let start = position
        var index = position
        if index < count, base[index] == minus { index &+= 1 }
        let integerStart = index
        while index < count, base[index] >= zero, base[index] <= nine { index &+= 1 }
        let integerDigits = index - integerStart
        guard integerDigits > 0, integerDigits == 1 || base[integerStart] != zero else { throw badNumber(at: start) }
        var fractionStart = index
        var fractionEnd = index
        if index < count, base[index] == UInt8(ascii: ".") {
            index &+= 1
            fractionStart = index
            while index < count, base[index] >= zero, base[index] <= nine { index &+= 1 }
            fractionEnd = index
            guard fractionEnd > fractionStart else { throw badNumber(at: start) }
        }
        var exponent = 0
        if index < count, base[index] | 0x20 == UInt8(ascii: "e") {
            index &+= 1
            var isNegative = false
            if index < count, base[index] == minus || base[index] == UInt8(ascii: "+") {
                isNegative = base[index] == minus
                index &+= 1
            }
            let exponentStart = index
            while index < count, base[index] >= zero, base[index] <= nine {
                // Clamped: anything this far out is zero or infinite whatever the digits.
                exponent = Swift.min(exponent * 10 + Int(base[index] - zero), 100_000)
                index &+= 1
            }
            guard index > exponentStart else { throw badNumber(at: start) }
            if isNegative { exponent = -exponent }
        }
        position = index
        return NumberText(
            start: start, end: index, isNegative: base[start] == minus, integerStart: integerStart,
            integerEnd: integerStart + integerDigits, fractionStart: fractionStart, fractionEnd: fractionEnd,
            exponent: exponent)
    }

    // MARK: Failures

    private func unexpected(_ context: String) -> ReadFailure {
        guard position < count else { return .syntax("the data ends \(context)") }
        let byte = base[position]
        let shown = byte >= 0x20 && byte < 0x7F ? "`\(Character(Unicode.Scalar(byte)))`" : "byte 0x\(String(byte, radix: 16))"
        return .syntax("unexpected \(shown) at byte \(position) \(context)")
    }

    private func badUTF8(at offset: Int) -> ReadFailure {
        .syntax("the string at byte \(offset - 1) is not valid UTF-8")
    }

    private func badEscape(at offset: Int) -> ReadFailure {
        .syntax("a bad escape sequence at byte \(offset)")
    }

    private func badNumber(at offset: Int) -> ReadFailure {
        .syntax("a malformed number at byte \(offset)")
    }
}

/// Where a number's parts are in the text, already checked against the JSON grammar.
struct NumberText {
    var start: Int
    var end: Int
    var isNegative: Bool
    var integerStart: Int
    var integerEnd: Int
    var fractionStart: Int
    var fractionEnd: Int
    /// The written exponent, clamped to ±100,000.
    var exponent: Int

    /// The value as an `Int` when it is exactly a whole number in range, computed in decimal as Foundation does.
    func wholeValue(_ base: UnsafePointer<UInt8>) -> Int? {
        let integerCount = integerEnd - integerStart
        func digit(_ index: Int) -> UInt64 {
            UInt64(base[index < integerCount ? integerStart + index : fractionStart + index - integerCount] - zero)
        }
        // The digits without the zeros at the end, and the power of ten they are scaled by.
        var digitCount = integerCount + fractionEnd - fractionStart
        var scale = exponent - (fractionEnd - fractionStart)
        while digitCount > 0, digit(digitCount - 1) == 0 {
            digitCount -= 1
            scale += 1
        }
        if digitCount == 0 { return 0 }
        guard scale >= 0, scale < 20 else { return nil }
        var magnitude: UInt64 = 0
        for index in 0..<digitCount {
            let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            let (sum, carry) = times.addingReportingOverflow(digit(index))
            guard !overflow, !carry else { return nil }
            magnitude = sum
        }
        for _ in 0..<scale {
            let (times, overflow) = magnitude.multipliedReportingOverflow(by: 10)
            guard !overflow else { return nil }
            magnitude = times
        }
        if isNegative {
            guard magnitude <= UInt64(Int.max) + 1 else { return nil }
            return magnitude == UInt64(Int.max) + 1 ? Int.min : -Int(magnitude)
        }
        guard magnitude <= UInt64(Int.max) else { return nil }
        return Int(magnitude)
    }

    /// Whether any digit is not zero.
    func hasNonZeroDigit(_ base: UnsafePointer<UInt8>) -> Bool {
        for index in integerStart..<integerEnd where base[index] != zero { return true }
        for index in fractionStart..<fractionEnd where base[index] != zero { return true }
        return false
    }

    /// The nearest `Double`: exactly for up to 15 significant digits and small exponents, otherwise by `Double(_:)`.
    func doubleValue(_ base: UnsafePointer<UInt8>) -> Double {
        var mantissa: UInt64 = 0
        var significant = 0
        var index = integerStart
        while index < fractionEnd || index < integerEnd {
            // Step from the integer digits over the decimal point to the fraction's.
            if index == integerEnd { index = fractionStart }
            guard index < fractionEnd || index < integerEnd else { break }
            let byte = base[index]
            index += 1
            if significant > 0 || byte != zero {
                significant += 1
                if significant > 15 { break }
                mantissa = mantissa * 10 + UInt64(byte - zero)
            }
        }
        let scale = exponent - (fractionEnd - fractionStart)
        if significant <= 15, scale >= -22, scale <= 22 {
            var value = Double(mantissa)
            if scale > 0 { value *= exactPowersOfTen[scale] } else if scale < 0 { value /= exactPowersOfTen[-scale] }
            return isNegative ? -value : value
        }
        // Swift's parser, unlike `strtod`, does not depend on the C locale; the grammar is already checked.
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        return Double(text) ?? .nan
    }
}

private let eightSpaces: UInt64 = 0x2020_2020_2020_2020

/// 10⁰ … 10²², each exactly a `Double`.
private let exactPowersOfTen: [Double] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
]

nonisolated(unsafe) private let emptyBytes: UnsafePointer<UInt8> = {
    let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
}()

/// The member names of one type, in the order its `Codable` conformance decodes them.
struct KeyTable {
    /// The table of a value that is only skipped.
    static let none = KeyTable([])

    let names: [StaticString]
    /// Each name's length and first eight bytes (zero-padded): most keys are told apart by these alone,
    /// without a call to `memcmp`.
    private let heads: [(count: Int, head: UInt64)]

    init(_ names: [StaticString]) {
        self.names = names
        heads = names.map { name in
            (name.utf8CodeUnitCount, KeyTable.head(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount)))
        }
    }

    @inline(__always)
    func index(of key: UnsafeBufferPointer<UInt8>) -> Int {
        let head = KeyTable.head(key)
        for index in heads.indices where heads[index].head == head && heads[index].count == key.count {
            guard key.count > 8 else { return index }
            if memcmp(names[index].utf8Start + 8, key.baseAddress! + 8, key.count - 8) == 0 { return index }
        }
        return -1
    }

    /// The first eight bytes of a name, little-endian, zero-padded.
    @inline(__always)
    private static func head(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var head: UInt64 = 0
        for index in 0..<Swift.min(bytes.count, 8) { head |= UInt64(bytes[index]) << (8 * index) }
        return head
    }
}

/// What has been read of one object: which members were there, and the problem to report first.
struct Members {
    let keys: KeyTable
    /// How many members the object has, known or not.
    var count = 0
    var isEmpty: Bool { count == 0 }
    private var seen: UInt64 = 0
    /// The failures of members, by member index; empty unless something is wrong.
    private var failures: [(index: Int, failure: ReadFailure)] = []

    init(keys: KeyTable) { self.keys = keys }

    /// Reads the value of member `index` with `read`; a wrong type or a repeated member is recorded rather
    /// than thrown, because `Codable` reports members in declaration order, not the order of the text.
    @inline(__always)
    mutating func read<Value>(
        _ index: Int, _ scanner: inout JSONScanner, _ read: (inout JSONScanner) throws(ReadFailure) -> Value
    ) throws(ReadFailure) -> Value? {
        let start = scanner.mark
        if seen & (1 << index) != 0 {
            try scanner.skipValue()
            record(index, .layout("the member `\(keys.names[index])` appears twice"))
            return nil
        }
        seen |= 1 << index
        do throws(ReadFailure) {
            return try read(&scanner)
        } catch {
            guard !error.isSyntax else { throw error }
            // The rest of the value must still be JSON, which `JSONDecoder` would have checked first.
            scanner.rewind(to: start)
            do throws(ReadFailure) {
                try scanner.skipValue()
            } catch {
                throw error.within(.key("\(keys.names[index])"))
            }
            record(index, error.within(.key("\(keys.names[index])")))
            return nil
        }
    }

    private mutating func record(_ index: Int, _ failure: ReadFailure) {
        guard !failures.contains(where: { $0.index == index }) else { return }
        failures.append((index, failure))
    }

    /// Whether member `index` was there (with a value of any type).
    func contains(_ index: Int) -> Bool { seen & (1 << index) != 0 }

    /// Throws what `Codable` reports when it decodes member `index`: its recorded failure, or its absence.
    func check(_ index: Int, isRequired: Bool) throws(ReadFailure) {
        if let failure = failures.first(where: { $0.index == index }) { throw failure.failure }
        if isRequired, !contains(index) { throw .layout("missing key `\(keys.names[index])`") }
    }

    /// Checks every member in declaration order; `required` has a bit for each member that must be there.
    func checkAll(required: UInt64) throws(ReadFailure) {
        guard !failures.isEmpty || seen & required != required else { return }
        for index in keys.names.indices {
            try check(index, isRequired: required & (1 << index) != 0)
        }
    }
}

extension JSONScanner {
    /// Where the scanner is, to come back to.
    struct Mark {
        fileprivate var position: Int
        fileprivate var nesting: Int
    }

    var mark: Mark { Mark(position: position, nesting: nesting) }

    /// Goes back to a mark, such as the start of a value to skip after a failure.
    mutating func rewind(to mark: Mark) {
        position = mark.position
        nesting = mark.nesting
    }

    /// Goes to `offset` with no array or object open.
    mutating func reset(to offset: Int) {
        rewind(to: Mark(position: offset, nesting: 0))
    }
}

/// A problem found while reading, with the path to the value it is in (built as the failure unwinds).
struct ReadFailure: Error {
    enum Step {
        case key(String)
        case index(Int)
    }

    /// Not JSON at all: reported before any problem of layout.
    var isSyntax: Bool
    var problem: String
    /// The path from the value outwards: innermost step first.
    var steps: [Step] = []

    static func syntax(_ problem: String) -> ReadFailure { ReadFailure(isSyntax: true, problem: problem) }
    static func layout(_ problem: String) -> ReadFailure { ReadFailure(isSyntax: false, problem: problem) }

    /// The same failure one step further out; a syntax failure has no path.
    func within(_ step: Step) -> ReadFailure {
        guard !isSyntax else { return self }
        var failure = self
        failure.steps.append(step)
        return failure
    }

    /// The path written as `survey.sections[2].items[0]`.
    var path: String {
        var text = ""
        for step in steps.reversed() {
            switch step {
            case .index(let index): text += "[\(index)]"
            case .key(let key):
                if !text.isEmpty { text += "." }
                text += key
            }
        }
        return text
    }
}

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")
private let newline = UInt8(ascii: "\n")
private let space = UInt8(ascii: " ")
private let comma = UInt8(ascii: ",")
private let colon = UInt8(ascii: ":")
private let leftBrace = UInt8(ascii: "{")
private let rightBrace = UInt8(ascii: "}")
private let leftBracket = UInt8(ascii: "[")
private let rightBracket = UInt8(ascii: "]")
private let minus = UInt8(ascii: "-")
private let zero = UInt8(ascii: "0")
private let nine = UInt8(ascii: "9")
