/// Scanning bytes eight at a time, for loops that read every byte of a file or a text.
///
/// Each test reads one unaligned 64-bit word and answers for all eight of its bytes. A test may say a
/// byte is there when it is not (a borrow can flag the byte above a match), so callers look at the
/// bytes of a flagged word one by one; when a test says "none", it is exact.
enum WordScanning {
    static let ones: UInt64 = 0x0101_0101_0101_0101
    static let highBits: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each zero byte of `word`, and perhaps of a byte above one (a borrow): none when no byte is zero.
    static func zeroBytes(_ word: UInt64) -> UInt64 {
        (word &- ones) & ~word & highBits
    }

    /// Whether no byte of `word` is zero: the test flags every zero byte, so a word it passes has none.
    static func hasNoZeroByte(_ word: UInt64) -> Bool {
        zeroBytes(word) == 0
    }

    /// Whether no byte of `word` is `byte`.
    static func lacks(_ byte: UInt8, in word: UInt64) -> Bool {
        hasNoZeroByte(word ^ (ones &* UInt64(byte)))
    }

    /// The high bit of each byte of `word` that is `byte`, and no other bit: exact, unlike `lacks`, because
    /// no addition carries from one byte into the next.
    static func matches(_ byte: UInt8, in word: UInt64) -> UInt64 {
        let difference = word ^ (ones &* UInt64(byte))
        // A byte's high bit is set after `+ 0x7F` (low seven bits) or `|` (its own high bit) unless it is zero.
        let lowSevenBits = ~highBits
        return ~(((difference & lowSevenBits) &+ lowSevenBits) | difference) & highBits
    }

    /// Whether every byte of `word` is ASCII other than NUL.
    static func isASCIIWithoutNull(_ word: UInt64) -> Bool {
        word & highBits == 0 && hasNoZeroByte(word)
    }

    /// Calls `body` with the offset after each line break in `bytes`, in order: after a LF, and after a CR that
    /// no LF follows (a CR LF is one break, at its LF). Returns whether every byte is ASCII, seen on the way.
    @discardableResult
    static func forEachLineStart(in bytes: UnsafeRawBufferPointer, _ body: (Int) -> Void) -> Bool {
        func visit(_ index: Int) {
            if bytes[index] == UInt8(ascii: "\n")
                || (bytes[index] == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))) {
                body(index + 1)
            }
        }
        var offset = 0
        var highBitsSeen: UInt64 = 0
        while offset + 8 <= bytes.count {
            let word = bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            highBitsSeen |= word
            // Both tests in one branch: `lacks` for LF and for CR, their flags joined.
            if zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\n")))) | zeroBytes(word ^ (ones &* UInt64(UInt8(ascii: "\r")))) != 0 {
                for index in offset..<(offset + 8) { visit(index) }
            }
            offset += 8
        }
        for index in offset..<bytes.count {
            visit(index)
            highBitsSeen |= UInt64(bytes[index])
        }
        return highBitsSeen & highBits == 0
    }

    /// Whether `byte` occurs in `bytes`.
    static func contains(_ byte: UInt8, in bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset + 8 <= bytes.count {
            if !lacks(byte, in: bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) {
                for index in offset..<(offset + 8) where bytes[index] == byte { return true }
            }
            offset += 8
        }
        for index in offset..<bytes.count where bytes[index] == byte { return true }
        return false
    }
}
