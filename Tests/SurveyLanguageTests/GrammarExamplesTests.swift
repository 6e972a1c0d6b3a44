import Foundation
import SurveyLanguage
import Testing

/// grammar.md promises that its `survey` blocks check clean, and that a block marked `error=CODE` or
/// `warning=CODE` reports that code. These tests hold it to both promises.
struct GrammarExamplesTests {
    /// One fenced `survey` block of grammar.md.
    struct Block: Sendable, CustomTestStringConvertible {
        /// The line of the opening fence in grammar.md.
        var line: Int
        var text: String
        /// The fence's marker, such as `error=E0302`; empty for a block that must check clean.
        var marker: String

        var testDescription: String { "grammar.md:\(line) \(marker)" }
    }

    static let blocks: [Block] = {
        let url = TestSources.repositoryRoot.appendingPathComponent("grammar.md")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return [] }
        var blocks: [Block] = []
        var open: Block?
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if var block = open {
                if line == "```" {
                    blocks.append(block)
                    open = nil
                } else {
                    block.text += line + "\n"
                    open = block
                }
            } else if line.hasPrefix("```survey") {
                let marker = line.dropFirst("```survey".count).trimmingCharacters(in: .whitespaces)
                open = Block(line: index + 1, text: "", marker: marker)
            }
        }
        return blocks
    }()

    @Test func `grammar.md has clean examples and wrong examples`() {
        #expect(Self.blocks.count >= 10)
        #expect(Self.blocks.contains { $0.marker.isEmpty })
        #expect(Self.blocks.contains { $0.marker.hasPrefix("error=") })
        #expect(Self.blocks.contains { $0.marker.hasPrefix("warning=") })
    }

    @Test(arguments: blocks)
    func `a survey block in grammar.md checks as its fence says`(block: Block) throws {
        // Blank lines before the block make the diagnostics' line numbers those of grammar.md.
        let compilation = TestSources.compile(String(repeating: "\n", count: block.line) + block.text, path: "grammar.md")
        let found = "grammar.md, block at line \(block.line), reports:\n\(compilation.shortRendered)"
        guard !block.marker.isEmpty else {
            #expect(compilation.diagnostics.isEmpty, "\(found)")
            return
        }
        let parts = block.marker.split(separator: "=", maxSplits: 1).map(String.init)
        let code = try #require(
            parts.count == 2 ? DiagnosticCode(rawValue: parts[1]) : nil,
            "grammar.md, block at line \(block.line): the marker `\(block.marker)` names no diagnostic code")
        #expect(parts[0] == code.severity.rawValue, "grammar.md, block at line \(block.line): \(code.rawValue) is a \(code.severity.rawValue)")
        #expect(compilation.codes.contains(code), "\(found)")
    }
}
