import Foundation
import Testing

@testable import SurveyBundle
import SHA256Instructions
import SeededRandom

@Suite("SHA256")
struct SHA256Tests {
    /// Hex-encodes a digest for comparison against published vectors.
    private func hex(_ digest: [UInt8]) -> String {
        digest.map { String(format: "%02x", $0) }.joined()
    }

    // MARK: - NIST / FIPS 180-4 vectors

    @Test func emptyString() {
        #expect(SHA256.hex([UInt8]()) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }

    @Test func abc() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func twoBlock448Bit() {
        let message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"
        #expect(SHA256.hex(Array(message.utf8)) == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func message896Bit() {
        let message =
            "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu"
        #expect(SHA256.hex(Array(message.utf8)) == "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1")
    }

    @Test func oneMillionA() {
        let expected = "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0"
        #expect(SHA256.hex([UInt8](repeating: 0x61, count: 1_000_000)) == expected)

        // Same input fed as 1000 updates of 1000 bytes each.
        var hasher = SHA256()
        let thousand = [UInt8](repeating: 0x61, count: 1000)
        for _ in 0..<1000 { hasher.update(thousand) }
        #expect(hex(hasher.finalize()) == expected)
    }

    // MARK: - Padding boundaries (values from `sha256sum`)

    @Test(arguments: [
        (55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318"),
        (56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a"),
        (63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34"),
        (64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb"),
    ])
    func paddingBoundary(length: Int, expected: String) {
        let message = [UInt8](repeating: 0x61, count: length)
        #expect(SHA256.hex(message) == expected)
        #expect(SHA256.hex(message.lazy.map { $0 }) == expected)  // non-contiguous path
    }

    // MARK: - Streaming

    @Test(arguments: [1, 3, 63, 64, 65])
    func streamingMatchesOneShot(chunkSize: Int) {
        let message = (0..<1000).map { UInt8($0 % 251) }
        let expected = "4e4c294b331f7a2099a379bec34b9f9fc03dc46ab465d998f4d683da53487e6d"
        #expect(SHA256.hex(message) == expected)

        var hasher = SHA256()
        var start = 0
        while start < message.count {
            let end = min(start + chunkSize, message.count)
            hasher.update(message[start..<end])
            start = end
        }
        #expect(hex(hasher.finalize()) == expected)
    }

    @Test func mixedChunkSizesAndInputTypes() {
        let message = (0..<1000).map { UInt8($0 % 251) }
        let expected = "4e4c294b331f7a2099a379bec34b9f9fc03dc46ab465d998f4d683da53487e6d"
        var hasher = SHA256()
        var start = 0
        var sizes = [1, 3, 63, 64, 65, 0, 127, 128, 129].makeIterator()
        var kind = 0
        while start < message.count {
            let size = sizes.next() ?? 200
            let end = min(start + size, message.count)
            let slice = message[start..<end]
            switch kind % 3 {
            case 0: hasher.update(Data(slice))
            case 1: hasher.update(slice)
            default: hasher.update(AnySequence(slice))  // non-contiguous path
            }
            kind += 1
            start = end
        }
        #expect(hex(hasher.finalize()) == expected)
    }

    // MARK: - API surface

    @Test func stringUpdateUsesUTF8() {
        var hasher = SHA256()
        hasher.update("ab")
        hasher.update("c")
        #expect(hex(hasher.finalize()) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")

        var unicode = SHA256()
        unicode.update("héllo ✓")
        #expect(unicode.finalize() == SHA256.hash(Array("héllo ✓".utf8)))
    }

    @Test func dataInput() {
        let data = Data("abc".utf8)
        #expect(SHA256.hex(data) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func digestShapeAndHexFormat() {
        let digest = SHA256.hash([UInt8]())
        #expect(digest.count == 32)
        let hexString = SHA256.hex(Array("abc".utf8))
        #expect(hexString.count == 64)
        #expect(hexString == hexString.lowercased())
        #expect(hexString == hex(SHA256.hash(Array("abc".utf8))))
    }

    // MARK: - The CPU's instructions against the portable rounds

    /// On a CPU with SHA extensions every digest above went through `SHA256Instructions`; this holds
    /// that path to the portable one on random messages of every length around the block sizes, fed
    /// whole and in random pieces. Without the extensions both hashers are portable and agree trivially.
    @Test func instructionsAgreeWithPortableRounds() {
        var random = SplitMix64(seed: 256)
        for length in Array(0...300) + [1_000, 4_095, 4_096, 65_537, 1_000_003] {
            let message = (0..<length).map { _ in UInt8(truncatingIfNeeded: random.next()) }
            var portable = SHA256(portable: true)
            portable.update(message)
            var fast = SHA256()
            var start = 0
            while start < message.count {
                let end = min(message.count, start + random.within(1...200))
                fast.update(message[start..<end])
                start = end
            }
            #expect(fast.finalize() == portable.finalize(), "length \(length)")
        }
    }

    @Test func instructionsAreUsedWhereTheCPUHasThem() throws {
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let flags = cpuinfo.split(separator: "\n").first { $0.hasPrefix("flags") }.map { $0.split(separator: " ") } ?? []
        // A build with SURVEY_PORTABLE_SHA256 set leaves the instructions out on purpose (Package.swift).
        guard flags.contains("sha_ni") && flags.contains("sse4_1"),
            ProcessInfo.processInfo.environment["SURVEY_PORTABLE_SHA256"] == nil
        else { return }
        #expect(SHA256Instructions.isAvailable)
    }
}
