// A self-contained SHA-256 implementation (FIPS 180-4), Foundation-free. Blocks are compressed with
// the CPU's SHA instructions where it has them (`SHA256Instructions`), else by the portable rounds below.

import SHA256Instructions

/// A streaming SHA-256 hash (FIPS 180-4).
public struct SHA256: Sendable {
    /// The eight 32-bit chaining words H0...H7.
    private var state: ChainingState = ChainingState()
    /// Up to 63 bytes of input not yet forming a full 64-byte block.
    private var buffer: BlockBuffer = BlockBuffer()
    /// Number of valid bytes at the start of `buffer` (0..<64).
    private var bufferCount: Int = 0
    /// Total number of message bytes absorbed so far (wraps modulo 2^64).
    private var byteCount: UInt64 = 0
    /// Whether blocks go to the CPU's SHA instructions rather than the portable rounds.
    private let usesInstructions: Bool

    /// Creates a hasher in the FIPS 180-4 initial state, ready to absorb input.
    public init() {
        usesInstructions = SHA256Instructions.isAvailable
    }

    /// A hasher that uses the portable rounds even where the CPU has SHA instructions (for tests
    /// that hold one implementation to the other).
    init(portable: Bool) {
        usesInstructions = !portable && SHA256Instructions.isAvailable
    }

    /// Absorbs the given bytes, taking a zero-copy fast path for contiguous storage such as `[UInt8]`, `ArraySlice<UInt8>` and `Data`.
    public mutating func update<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        let handled: Void? = bytes.withContiguousStorageIfAvailable { contiguous in
            self.absorb(UnsafeRawBufferPointer(contiguous))
        }
        if handled != nil { return }
        updateByIterating(bytes)
    }

    /// Absorbs the UTF-8 encoding of the given string.
    public mutating func update(_ string: String) {
        var string = string
        string.withUTF8 { utf8 in
            self.absorb(UnsafeRawBufferPointer(utf8))
        }
    }

    /// Applies the final padding and returns the 32-byte digest.
    public consuming func finalize() -> [UInt8] {
        let bitLength = byteCount &* 8
        // Padding: 0x80, zeros until 56 mod 64, then the 64-bit big-endian bit length.
        var block = buffer
        var used = bufferCount
        var state = self.state
        withUnsafeMutableBytes(of: &block) { raw in
            raw[used] = 0x80
            used += 1
            if used > 56 {
                for i in used..<64 { raw[i] = 0 }
                SHA256.compress(&state, UnsafeRawPointer(raw.baseAddress!), blocks: 1, instructions: usesInstructions)
                used = 0
            }
            for i in used..<56 { raw[i] = 0 }
            raw.storeBytes(of: bitLength.bigEndian, toByteOffset: 56, as: UInt64.self)
            SHA256.compress(&state, UnsafeRawPointer(raw.baseAddress!), blocks: 1, instructions: usesInstructions)
        }
        var digest = [UInt8](repeating: 0, count: 32)
        digest.withUnsafeMutableBytes { out in
            let words = [state.h0, state.h1, state.h2, state.h3, state.h4, state.h5, state.h6, state.h7]
            for (i, word) in words.enumerated() {
                out.storeBytes(of: word.bigEndian, toByteOffset: i * 4, as: UInt32.self)
            }
        }
        return digest
    }

    /// Applies the final padding and returns the digest in lowercase hexadecimal.
    public consuming func hexDigest() -> String {
        SHA256.hexDigits(finalize())
    }

    /// Returns the 32-byte SHA-256 digest of the given bytes.
    public static func hash<Bytes: Sequence>(_ bytes: Bytes) -> [UInt8] where Bytes.Element == UInt8 {
        var hasher = SHA256()
        hasher.update(bytes)
        return hasher.finalize()
    }

    /// Returns the lowercase hexadecimal SHA-256 digest of the given bytes.
    public static func hex<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        hexDigits(hash(bytes))
    }

    /// Writes a digest in lowercase hexadecimal.
    static func hexDigits(_ digest: [UInt8]) -> String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        var chars = [UInt8]()
        chars.reserveCapacity(digest.count * 2)
        for byte in digest {
            chars.append(digits[Int(byte >> 4)])
            chars.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: chars, as: UTF8.self)
    }

    // MARK: - Internals

    /// Absorbs a contiguous run of bytes, compressing full blocks straight from the caller's memory.
    private mutating func absorb(_ input: UnsafeRawBufferPointer) {
        guard var cursor = input.baseAddress, !input.isEmpty else { return }
        var remaining = input.count
        byteCount &+= UInt64(remaining)

        // Top up a partially filled buffer first.
        if bufferCount > 0 {
            let take = min(64 - bufferCount, remaining)
            let offset = bufferCount
            withUnsafeMutableBytes(of: &buffer) { raw in
                (raw.baseAddress! + offset).copyMemory(from: cursor, byteCount: take)
            }
            bufferCount += take
            cursor += take
            remaining -= take
            guard bufferCount == 64 else { return }
            let block = buffer
            withUnsafeBytes(of: block) { raw in
                SHA256.compress(&state, raw.baseAddress!, blocks: 1, instructions: usesInstructions)
            }
            bufferCount = 0
        }

        // Compress every whole block in place.
        let fullBlocks = remaining / 64
        if fullBlocks > 0 {
            SHA256.compress(&state, cursor, blocks: fullBlocks, instructions: usesInstructions)
            cursor += fullBlocks * 64
            remaining -= fullBlocks * 64
        }

        // Keep the tail for later.
        if remaining > 0 {
            let tail = remaining
            withUnsafeMutableBytes(of: &buffer) { raw in
                raw.baseAddress!.copyMemory(from: cursor, byteCount: tail)
            }
            bufferCount = tail
        }
    }

    /// Slow path for non-contiguous sequences: gathers bytes into a 64-byte stack chunk before absorbing.
    private mutating func updateByIterating<Bytes: Sequence>(_ bytes: Bytes) where Bytes.Element == UInt8 {
        var chunk = BlockBuffer()
        var count = 0
        var iterator = bytes.makeIterator()
        while true {
            var exhausted = false
            withUnsafeMutableBytes(of: &chunk) { raw in
                while count < 64 {
                    guard let byte = iterator.next() else {
                        exhausted = true
                        return
                    }
                    raw[count] = byte
                    count += 1
                }
            }
            if count > 0 {
                let filled = chunk
                let n = count
                withUnsafeBytes(of: filled) { raw in
                    self.absorb(UnsafeRawBufferPointer(rebasing: raw[0..<n]))
                }
                count = 0
            }
            if exhausted { return }
        }
    }

    /// Runs the SHA-256 compression function over `blocks` consecutive 64-byte blocks at `data`.
    private static func compress(_ state: inout ChainingState, _ data: UnsafeRawPointer, blocks: Int, instructions: Bool) {
        if instructions {
            withUnsafeMutableBytes(of: &state) { words in
                SHA256Instructions.compress(words.baseAddress!.assumingMemoryBound(to: UInt32.self), data, blocks: blocks)
            }
        } else {
            portableCompress(&state, data, blocks: blocks)
        }
    }

    /// The compression function in portable Swift: the message schedule, then 64 rounds per block.
    static func portableCompress(_ state: inout ChainingState, _ data: UnsafeRawPointer, blocks: Int) {
        withUnsafeTemporaryAllocation(of: UInt32.self, capacity: 64) { w in
            SHA256Instructions.roundConstants.withUnsafeBufferPointer { k in
                var h0 = state.h0, h1 = state.h1, h2 = state.h2, h3 = state.h3
                var h4 = state.h4, h5 = state.h5, h6 = state.h6, h7 = state.h7
                var block = data
                for _ in 0..<blocks {
                    for t in 0..<16 {
                        w[t] = UInt32(bigEndian: block.loadUnaligned(fromByteOffset: t &* 4, as: UInt32.self))
                    }
                    for t in 16..<64 {
                        let x = w[t &- 15], y = w[t &- 2]
                        let s0 = rotr(x, 7) ^ rotr(x, 18) ^ (x &>> 3)
                        let s1 = rotr(y, 17) ^ rotr(y, 19) ^ (y &>> 10)
                        w[t] = w[t &- 16] &+ s0 &+ w[t &- 7] &+ s1
                    }
                    var a = h0, b = h1, c = h2, d = h3
                    var e = h4, f = h5, g = h6, h = h7
                    // Eight rounds per iteration with the working variables renamed instead of shuffled.
                    var t = 0
                    while t < 64 {
                        round(a, b, c, &d, e, f, g, &h, k[t] &+ w[t])
                        round(h, a, b, &c, d, e, f, &g, k[t &+ 1] &+ w[t &+ 1])
                        round(g, h, a, &b, c, d, e, &f, k[t &+ 2] &+ w[t &+ 2])
                        round(f, g, h, &a, b, c, d, &e, k[t &+ 3] &+ w[t &+ 3])
                        round(e, f, g, &h, a, b, c, &d, k[t &+ 4] &+ w[t &+ 4])
                        round(d, e, f, &g, h, a, b, &c, k[t &+ 5] &+ w[t &+ 5])
                        round(c, d, e, &f, g, h, a, &b, k[t &+ 6] &+ w[t &+ 6])
                        round(b, c, d, &e, f, g, h, &a, k[t &+ 7] &+ w[t &+ 7])
                        t &+= 8
                    }
                    h0 &+= a; h1 &+= b; h2 &+= c; h3 &+= d
                    h4 &+= e; h5 &+= f; h6 &+= g; h7 &+= h
                    block += 64
                }
                state = ChainingState(h0: h0, h1: h1, h2: h2, h3: h3, h4: h4, h5: h5, h6: h6, h7: h7)
            }
        }
    }

    /// Performs one SHA-256 round, folding T1 into `d` and T1 + T2 into `h` (which becomes the new `a`).
    @inline(__always)
    private static func round(
        _ a: UInt32, _ b: UInt32, _ c: UInt32, _ d: inout UInt32,
        _ e: UInt32, _ f: UInt32, _ g: UInt32, _ h: inout UInt32,
        _ kw: UInt32
    ) {
        let bigS1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
        let ch = g ^ (e & (f ^ g))
        let t1 = h &+ bigS1 &+ ch &+ kw
        let bigS0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
        let maj = (a & b) | (c & (a | b))
        d &+= t1
        h = t1 &+ bigS0 &+ maj
    }

    /// Rotates a 32-bit word right by `n` bits (0 < n < 32).
    @inline(__always)
    private static func rotr(_ x: UInt32, _ n: UInt32) -> UInt32 {
        (x &>> n) | (x &<< (32 &- n))
    }
}

/// The eight 32-bit chaining words of SHA-256, initialised to the FIPS 180-4 IV.
/// Eight stored `UInt32`s and nothing else, so `SHA256Instructions` can read them as an array.
struct ChainingState: Sendable {
    var h0: UInt32 = 0x6a09_e667
    var h1: UInt32 = 0xbb67_ae85
    var h2: UInt32 = 0x3c6e_f372
    var h3: UInt32 = 0xa54f_f53a
    var h4: UInt32 = 0x510e_527f
    var h5: UInt32 = 0x9b05_688c
    var h6: UInt32 = 0x1f83_d9ab
    var h7: UInt32 = 0x5be0_cd19
}

/// A 64-byte inline (heap-free) block buffer.
private struct BlockBuffer: Sendable {
    var storage: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
}
