import SeededRandom
import Foundation
import SurveyLanguage
import Testing

/// Properties of the formatter over many seeded variations of the fixtures and of the shipped surveys.
@Suite struct FormatPropertyTests {
    static let inputs = surveyFiles(under: formatFixtures).map(\.lastPathComponent)

    @Test(arguments: inputs)
    func `spacing, indentation and how strings are split never change the output`(name: String) throws {
        let input = try String(contentsOf: formatFixtures.appendingPathComponent(name), encoding: .utf8)
        let expected = try formatted(input)
        var random = SplitMix64(seed: 2025)
        for _ in 0..<25 {
            let variant = respaced(input, using: &random)
            #expect(try formatted(variant) == expected, "variant:\n\(variant)")
        }
    }

    @Test(arguments: inputs)
    func `mutated input never crashes, and what formats is stable`(name: String) throws {
        let bytes = [UInt8](try Data(contentsOf: formatFixtures.appendingPathComponent(name)))
        var random = SplitMix64(seed: 7)
        let alphabet = Array("{}()\"\\/ \n\twhen=.,ab1\"".utf8)
        for _ in 0..<300 {
            var mutated = bytes
            for _ in 0..<Int.random(in: 1...3, using: &random) {
                let position = mutated.isEmpty ? 0 : Int.random(in: 0..<mutated.count, using: &random)
                switch Int.random(in: 0..<3, using: &random) {
                case 0 where !mutated.isEmpty: mutated.remove(at: position)
                case 1: mutated.insert(alphabet.randomElement(using: &random)!, at: position)
                default: if !mutated.isEmpty { mutated[position] = alphabet.randomElement(using: &random)! }
                }
            }
            switch format(SourceFile(path: "m.survey", bytes: mutated)) {
            case .success(let once):
                #expect(try formatted(once) == once)
            case .failure(.changesMeaning), .failure(.lineTooLong):
                Issue.record("formatting would change the meaning of:\n\(String(decoding: mutated, as: UTF8.self))")
            case .failure(.syntaxErrors):
                break
            }
        }
    }

    /// The input with random horizontal spacing and indentation, and some strings split in two on the same line.
    func respaced(_ text: String, using random: inout SplitMix64) -> String {
        let bytes = Array(text.utf8)
        let lexed = lex(bytes, file: 0)
        let comments = lexed.comments.map(\.range)
        var out: [UInt8] = []
        var previousEnd = 0
        // A text with a comment between its strings keeps its strings as written, so those are not split.
        let tokens = lexed.tokens
        var isSplittable = Array(repeating: true, count: tokens.count)
        var first = 0
        while first < tokens.count {
            var last = first
            while tokens[first].kind == .string, last + 1 < tokens.count, tokens[last + 1].kind == .string { last += 1 }
            let hasComment = comments.contains { $0.start > tokens[first].start && $0.start < tokens[last].end }
            for index in first...last { isSplittable[index] = !hasComment }
            first = last + 1
        }
        for (tokenIndex, token) in tokens.enumerated() {
            let gap = Array(bytes[previousEnd..<token.start])
            if gap.contains(UInt8(ascii: "/")) || comments.contains(where: { $0.start >= previousEnd && $0.start < token.start }) {
                out += gap
            } else if let newline = gap.lastIndex(of: UInt8(ascii: "\n")) {
                out += gap[...newline] + whitespace(Int.random(in: 0...6, using: &random), using: &random)
            } else {
                let minimum = gap.isEmpty ? 0 : 1
                out += whitespace(Int.random(in: minimum...minimum + 2, using: &random), using: &random)
            }
            var tokenBytes = Array(bytes[token.start..<token.end])
            if token.kind == .string, isSplittable[tokenIndex], tokenBytes.count > 4, Bool.random(using: &random) {
                tokenBytes = split(tokenBytes, using: &random)
            }
            out += tokenBytes
            previousEnd = token.end
        }
        out += bytes[min(previousEnd, bytes.count)...]
        return String(decoding: out, as: UTF8.self)
    }

    func whitespace(_ count: Int, using random: inout SplitMix64) -> [UInt8] {
        (0..<count).map { _ in Bool.random(using: &random) ? UInt8(ascii: " ") : UInt8(ascii: "\t") }
    }

    /// `"abcdef"` as `"abc" "def"`, never between a backslash and the character it escapes.
    func split(_ literal: [UInt8], using random: inout SplitMix64) -> [UInt8] {
        var candidates: [Int] = []
        var index = 1
        while index < literal.count - 1 {
            if literal[index] == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            // Split only between whole characters.
            if literal[index] & 0xC0 != 0x80 { candidates.append(index) }
            index += 1
        }
        guard candidates.count > 1, let cut = candidates.dropFirst().randomElement(using: &random) else { return literal }
        return Array(literal[..<cut]) + Array("\" \"".utf8) + Array(literal[cut...])
    }
}
