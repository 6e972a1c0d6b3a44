import Foundation
import SurveyLanguage
import Testing

/// Input that is damaged, odd or pathological gives diagnostics, never a crash or a hang; valid variants check clean.
/// The files are in `Fixtures/malformed`; the huge ones are generated here instead of committed.
struct MalformedInputTests {
    static func fixture(_ name: String) throws -> Compilation {
        try TestSources.compileFixture("malformed/\(name)")
    }

    @Test(arguments: ["byte-order-mark.survey", "crlf-line-ends.survey", "tabs.survey"])
    func `a valid file with a byte-order mark, CR LF line ends or tabs checks clean`(name: String) throws {
        let compilation = try Self.fixture(name)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.shortRendered)")
        #expect(compilation.survey != nil)
    }

    /// A survey with comments, wrapped texts, option lines, clauses over several lines and a block, with and
    /// without problems, and its lines ended by LF, by CR LF and by a CR alone (an old Mac editor's files).
    static let lineEndingSurvey = TestSources.header + """
        // Who answers
        section work "Your work" { // trailing
          single employer "Who employs you?" required {
            local_authority "A local authority" = 1
            agency "An agency" = 2 // paid by the day
          }

          number cases "How many children are on your caseload?"
            range 0...60
            unit "cases"
          when employer is local_authority {
            yesno valued "Do you feel valued?"
              help "Thinking about the last " "12 months."
          }
        }

        """

    @Test(arguments: ["", "  yesno later \"Later?\" when employer is agencyy\n  nonsense q \"Q\"\n"])
    func `lines ended by LF, CR LF or a CR alone read the same, to the column`(extra: String) throws {
        let text = Self.lineEndingSurvey.replacingOccurrences(of: "}\n}\n", with: "}\n" + extra + "}\n")
        let bytes = Array(text.utf8)
        func ended(by ending: [UInt8]) -> [UInt8] {
            bytes.flatMap { $0 == UInt8(ascii: "\n") ? ending : [$0] }
        }
        let lf = TestSources.compile(bytes)
        #expect(extra.isEmpty == lf.diagnostics.isEmpty, "\(lf.shortRendered)")
        for ending in [[UInt8(ascii: "\r"), UInt8(ascii: "\n")], [UInt8(ascii: "\r")]] {
            let other = TestSources.compile(ended(by: ending))
            #expect(other.rendered == lf.rendered)
            #expect(other.survey?.survey == lf.survey?.survey)
            if extra.isEmpty {
                #expect(try format(SourceFile(path: "t", bytes: ended(by: ending))).get() == format(SourceFile(path: "t", bytes: bytes)).get())
            }
        }
    }

    @Test(arguments: [
        ("invalid-utf8.survey", [DiagnosticCode.E0101]),
        ("binary.survey", [.E0101]),
        ("empty.survey", [.E0209]),
        ("unterminated-string.survey", [.E0103]),
        ("stray-closing-brace.survey", [.E0207]),
        ("missing-closing-brace.survey", [.E0208]),
        ("half-written-question.survey", [.E0208, .E0410, .E0103]),
    ])
    func `a malformed file reports its codes and nothing else`(name: String, codes: [DiagnosticCode]) throws {
        let compilation = try Self.fixture(name)
        #expect(compilation.diagnostics.hasErrors)
        #expect(compilation.survey == nil)
        #expect(compilation.codes == codes, "\(compilation.shortRendered)")
    }

    @Test func `a binary file is reported once, as not text`() throws {
        let compilation = try Self.fixture("binary.survey")
        #expect(compilation.diagnostics.count == 1)
        #expect(compilation.diagnostics.first?.message == "this file is not text: it looks like a binary file")
    }

    @Test func `a binary file's source line is printed without control characters`() throws {
        let rendered = try Self.fixture("binary.survey").rendered
        #expect(!rendered.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func `blocks nested 40 deep give one diagnostic at the first level too deep`() {
        let compilation = TestSources.compile(GeneratedSources.nestedBlocks(depth: 40))
        #expect(compilation.codes == [.E0603], "\(compilation.shortRendered)")
    }

    @Test func `blocks nested to the limit check clean`() {
        // The section is one level, so 31 blocks inside it reach the limit of 32.
        let compilation = TestSources.compile(GeneratedSources.nestedBlocks(depth: Limits.nestingDepth - 1))
        #expect(compilation.diagnostics.isEmpty, "\(compilation.shortRendered)")
    }

    @Test func `a condition in 10,000 parentheses gives one diagnostic`() {
        let compilation = TestSources.compile(GeneratedSources.nestedParentheses(depth: 10_000))
        #expect(compilation.codes == [.E0603], "\(compilation.shortRendered)")
    }

    @Test func `a line over 65,536 bytes is reported once`() {
        let compilation = TestSources.compile(GeneratedSources.longLine(pieces: 2_800))
        #expect(compilation.codes == [.E0602], "\(compilation.shortRendered)")
    }

    @Test func `a line of exactly 65,536 bytes is allowed`() {
        // `  note` and `"Barking and Dagenham, "` pieces of 25 bytes; pad with one string to the exact limit.
        let pieces = (Limits.lineBytes - 6) / 25
        let padding = Limits.lineBytes - 6 - pieces * 25 - 3
        var text = GeneratedSources.longLine(pieces: pieces)
        text = text.replacingOccurrences(of: "\"\n}\n", with: "\" \"" + String(repeating: "a", count: padding) + "\"\n}\n")
        let compilation = TestSources.compile(text)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.shortRendered)")
    }

    @Test func `a string over 10,000 characters is reported once`() {
        let compilation = TestSources.compile(GeneratedSources.longString(length: Limits.stringLength + 1))
        #expect(compilation.codes == [.E0605], "\(compilation.shortRendered)")
    }

    @Test func `a run of 10,000 nots gives one diagnostic, not a stack overflow`() {
        let text = TestSources.header + "section work \"Your work\" {\n  yesno working \"Working?\" required\n"
            + "  text why \"Why?\" when " + String(repeating: "not ", count: 10_000) + "working is yes\n}\n"
        let compilation = TestSources.compile(text)
        #expect(compilation.codes == [.E0603], "\(compilation.shortRendered)")
    }

    @Test func `a double negation checks clean`() {
        let text = TestSources.header + "section work \"Your work\" {\n  yesno working \"Working?\" required\n"
            + "  text why \"Why?\" when not not working is yes\n}\n"
        let compilation = TestSources.compile(text)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.shortRendered)")
    }

    @Test func `thousands of stray closing braces are each reported`() {
        let text = TestSources.header + String(repeating: "}", count: 5_000) + "\n"
        let compilation = TestSources.compile(text)
        #expect(Set(compilation.codes) == [.E0207])
        #expect(compilation.diagnostics.count == 5_000)
    }

    @Test func `thousands of opening braces give one diagnostic for the first and one for the unclosed section`() {
        let text = TestSources.header + "section work \"Your work\" {\n" + String(repeating: "{\n", count: 100_000)
        let compilation = TestSources.compile(text)
        #expect(compilation.codes == [.E0208, .E0201], "\(compilation.shortRendered)")
    }
}
