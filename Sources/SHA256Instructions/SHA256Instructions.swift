// SHA-256 compression with the CPU's SHA extensions (x86-64 SHA-NI), for `SurveyBundle.SHA256`.
//
// This target exists only to be compiled with `-Xcc -msha -Xcc -msse4.1` (see Package.swift): the
// intrinsics are always-inline functions that need those features in the Swift functions calling
// them. The flags let LLVM use SSE4.1 anywhere in this module, so nothing here may run before
// `isAvailable` has said yes; `SHA256` checks it once and keeps its portable rounds otherwise.
// Without the flags (another architecture, or SURVEY_PORTABLE_SHA256 set when building) the
// manifest does not define SHA256_INSTRUCTIONS, `isAvailable` is false and `compress` is never called.

public enum SHA256Instructions {
    /// The round constants K0…K63 (FIPS 180-4 §4.2.2), for these instructions and the portable rounds alike.
    public static let roundConstants: [UInt32] = [
        0x428a_2f98, 0x7137_4491, 0xb5c0_fbcf, 0xe9b5_dba5, 0x3956_c25b, 0x59f1_11f1, 0x923f_82a4, 0xab1c_5ed5,
        0xd807_aa98, 0x1283_5b01, 0x2431_85be, 0x550c_7dc3, 0x72be_5d74, 0x80de_b1fe, 0x9bdc_06a7, 0xc19b_f174,
        0xe49b_69c1, 0xefbe_4786, 0x0fc1_9dc6, 0x240c_a1cc, 0x2de9_2c6f, 0x4a74_84aa, 0x5cb0_a9dc, 0x76f9_88da,
        0x983e_5152, 0xa831_c66d, 0xb003_27c8, 0xbf59_7fc7, 0xc6e0_0bf3, 0xd5a7_9147, 0x06ca_6351, 0x1429_2967,
        0x27b7_0a85, 0x2e1b_2138, 0x4d2c_6dfc, 0x5338_0d13, 0x650a_7354, 0x766a_0abb, 0x81c2_c92e, 0x9272_2c85,
        0xa2bf_e8a1, 0xa81a_664b, 0xc24b_8b70, 0xc76c_51a3, 0xd192_e819, 0xd699_0624, 0xf40e_3585, 0x106a_a070,
        0x19a4_c116, 0x1e37_6c08, 0x2748_774c, 0x34b0_bcb5, 0x391c_0cb3, 0x4ed8_aa4a, 0x5b9c_ca4f, 0x682e_6ff3,
        0x748f_82ee, 0x78a5_636f, 0x84c8_7814, 0x8cc7_0208, 0x90be_fffa, 0xa450_6ceb, 0xbef9_a3f7, 0xc671_78f2,
    ]
}

#if arch(x86_64) && SHA256_INSTRUCTIONS
import _Builtin_intrinsics.intel
import _Builtin_intrinsics.intel.cpuid

extension SHA256Instructions {
    /// Whether this CPU has the SHA extensions and SSE4.1 (CPUID leaf 7 EBX bit 29, leaf 1 ECX bits 9 and 19).
    public static let isAvailable: Bool = {
        var eax: UInt32 = 0, ebx: UInt32 = 0, ecx: UInt32 = 0, edx: UInt32 = 0
        guard __get_cpuid(1, &eax, &ebx, &ecx, &edx) != 0 else { return false }
        let ssse3AndSSE41 = ecx & (1 << 9) != 0 && ecx & (1 << 19) != 0
        guard ssse3AndSSE41, __get_cpuid_count(7, 0, &eax, &ebx, &ecx, &edx) != 0 else { return false }
        return ebx & (1 << 29) != 0
    }()

    /// Runs the compression function over `blocks` 64-byte blocks at `data`, updating the eight
    /// chaining words at `state` (H0…H7, native order). Only call when `isAvailable` is true.
    public static func compress(_ state: UnsafeMutablePointer<UInt32>, _ data: UnsafeRawPointer, blocks: Int) {
        // The instructions keep the state as two vectors, ABEF and CDGH (lane 0 is the last letter).
        var abef = vector(SIMD4(state[5], state[4], state[1], state[0]))
        var cdgh = vector(SIMD4(state[7], state[6], state[3], state[2]))
        // Message words are big-endian: reverse the bytes of each 32-bit lane.
        let byteSwap = _mm_set_epi64x(0x0c0d_0e0f_0809_0a0b, 0x0405_0607_0001_0203)
        roundConstants.withUnsafeBytes { k in
            var block = data
            for _ in 0..<blocks {
                let savedABEF = abef, savedCDGH = cdgh
                // The schedule, four words at a time: w0 … w3 are the last four groups.
                var w0 = _mm_shuffle_epi8(block.loadUnaligned(as: __m128i.self), byteSwap)
                var w1 = _mm_shuffle_epi8(block.loadUnaligned(fromByteOffset: 16, as: __m128i.self), byteSwap)
                var w2 = _mm_shuffle_epi8(block.loadUnaligned(fromByteOffset: 32, as: __m128i.self), byteSwap)
                var w3 = _mm_shuffle_epi8(block.loadUnaligned(fromByteOffset: 48, as: __m128i.self), byteSwap)
                fourRounds(&abef, &cdgh, w0, k.loadUnaligned(fromByteOffset: 0, as: __m128i.self))
                fourRounds(&abef, &cdgh, w1, k.loadUnaligned(fromByteOffset: 16, as: __m128i.self))
                fourRounds(&abef, &cdgh, w2, k.loadUnaligned(fromByteOffset: 32, as: __m128i.self))
                fourRounds(&abef, &cdgh, w3, k.loadUnaligned(fromByteOffset: 48, as: __m128i.self))
                for group in 4..<16 {
                    // W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16], for the four words of this group.
                    let next = _mm_sha256msg2_epu32(
                        _mm_add_epi32(_mm_sha256msg1_epu32(w0, w1), concatenatedShift(w3, w2)), w3)
                    (w0, w1, w2, w3) = (w1, w2, w3, next)
                    fourRounds(&abef, &cdgh, next, k.loadUnaligned(fromByteOffset: group &* 16, as: __m128i.self))
                }
                abef = _mm_add_epi32(abef, savedABEF)
                cdgh = _mm_add_epi32(cdgh, savedCDGH)
                block += 64
            }
        }
        let efab = words(abef), ghcd = words(cdgh)
        state[0] = efab[3]; state[1] = efab[2]; state[4] = efab[1]; state[5] = efab[0]
        state[2] = ghcd[3]; state[3] = ghcd[2]; state[6] = ghcd[1]; state[7] = ghcd[0]
    }

    /// Four rounds: two `sha256rnds2`, each taking two message words plus constants from the low half.
    /// After two rounds the old ABEF is the new CDGH, so the two vectors trade roles and end where they began.
    @inline(__always)
    private static func fourRounds(_ abef: inout __m128i, _ cdgh: inout __m128i, _ w: __m128i, _ k: __m128i) {
        let wk = _mm_add_epi32(w, k)
        cdgh = _mm_sha256rnds2_epu32(cdgh, abef, wk)
        abef = _mm_sha256rnds2_epu32(abef, cdgh, _mm_unpackhi_epi64(wk, wk))
    }

    /// Lanes 1…3 of `low` then lane 0 of `high`: the words W[t-7] for a group (`palignr` by 4 bytes).
    @inline(__always)
    private static func concatenatedShift(_ high: __m128i, _ low: __m128i) -> __m128i {
        let l = words(low), h = words(high)
        return vector(SIMD4(l[1], l[2], l[3], h[0]))
    }

    @inline(__always)
    private static func vector(_ words: SIMD4<UInt32>) -> __m128i { unsafeBitCast(words, to: __m128i.self) }

    @inline(__always)
    private static func words(_ vector: __m128i) -> SIMD4<UInt32> { unsafeBitCast(vector, to: SIMD4<UInt32>.self) }
}
#else
extension SHA256Instructions {
    /// The SHA extensions are used on x86-64 only, and only when built with their flags.
    public static let isAvailable = false

    public static func compress(_ state: UnsafeMutablePointer<UInt32>, _ data: UnsafeRawPointer, blocks: Int) {
        preconditionFailure("SHA256Instructions.compress called where isAvailable is false")
    }
}
#endif
