// Tests on eight bytes at once (SWAR), for the JSON reader and writer to skip plain string bytes quickly.

let ones: UInt64 = 0x0101_0101_0101_0101
let highBits: UInt64 = 0x8080_8080_8080_8080

/// Whether a byte of `word` is zero: the high bit of some byte of the result is set exactly then.
@inline(__always)
func hasZeroByte(_ word: UInt64) -> UInt64 {
    (word &- ones) & ~word & highBits
}

/// Whether a byte of `word` is less than `limit` (at most 0x80), in the same form as `hasZeroByte`.
@inline(__always)
func hasByteLess(_ word: UInt64, than limit: UInt8) -> UInt64 {
    (word &- ones &* UInt64(limit)) & ~word & highBits
}

/// Whether a byte of `word` is one a JSON string cannot hold as it is: a quote, a backslash or a control
/// character; in the same form as `hasZeroByte`.
@inline(__always)
func hasJSONSpecialByte(_ word: UInt64) -> UInt64 {
    hasByteLess(word, than: 0x20) | hasZeroByte(word ^ (ones &* 0x22)) | hasZeroByte(word ^ (ones &* 0x5C))
}
