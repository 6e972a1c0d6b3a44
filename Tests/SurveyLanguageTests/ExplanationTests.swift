import Foundation
import SurveyLanguage
import Testing

/// `survey explain`: every code has a page, and the examples on it say what the checker really does.
struct ExplanationTests {
    static let checked = DiagnosticCode.allCases.filter { $0.explanation.illustration == nil }
    static let illustrative = DiagnosticCode.allCases.filter { $0.explanation.illustration != nil }

    @Test(arguments: DiagnosticCode.allCases)
    func `every code has a page with its title, an example, what it reports and the fix`(code: DiagnosticCode) {
        let page = code.explanationPage
        #expect(page.hasPrefix("# \(code.rawValue): \(code.title)\n\n"))
        #expect(page.contains("\n## Example\n"))
        #expect(page.contains("\n## Fix\n"))
        #expect(page.components(separatedBy: "```survey\n").count == 3, "a failing and a fixed example")
        #expect(page.contains("\(code.severity.rawValue)[\(code.rawValue)]: "), "the diagnostic it gives")
        #expect(code.explanation.failing != code.explanation.fixed)
    }

    @Test(arguments: checked)
    func `a checked failing example reports exactly its code`(code: DiagnosticCode) {
        let compilation = Explanation.check(code.explanation.failing)
        #expect(compilation.codes == [code], "\(compilation.shortRendered)")
    }

    @Test(arguments: checked)
    func `a checked fixed example has no errors and no warnings`(code: DiagnosticCode) {
        let compilation = Explanation.check(code.explanation.fixed)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.shortRendered)")
    }

    /// These cannot be shown as one small text file: E0101 needs a byte a Markdown page cannot hold, E0601,
    /// E0602, E0603 and E0605 need huge or very deep input, E0505 thousands of answers, E0609 seventeen files.
    /// Their examples elide with `…`, so the tests below check what can be: the stated diagnostics, and the fixes.
    @Test func `only examples that cannot be one small text file are illustrative`() {
        #expect(Set(Self.illustrative) == [.E0101, .E0505, .E0601, .E0602, .E0603, .E0605, .E0609])
    }

    @Test(arguments: [DiagnosticCode.E0101, .E0505, .E0602, .E0603, .E0605])
    func `an illustrative fixed example that is one file has no errors and no warnings`(code: DiagnosticCode) {
        let compilation = Explanation.check(code.explanation.fixed)
        #expect(compilation.diagnostics.isEmpty, "\(compilation.shortRendered)")
    }

    /// E0601 is left out: it needs over 128 MiB of input, too slow to build here.
    @Test(arguments: [DiagnosticCode.E0101, .E0602, .E0603, .E0605])
    func `an illustrative diagnostic is what checking the real input reports`(code: DiagnosticCode) throws {
        let illustration = try #require(code.explanation.illustration)
        let input: [UInt8] = switch code {
        case .E0101: windows1252(code.explanation.failing)
        case .E0602: Array(GeneratedSources.longLine(pieces: 2800).utf8)
        case .E0603: Array(GeneratedSources.nestedBlocks(depth: 33).utf8)
        default: Array(GeneratedSources.longString(length: Limits.stringLength + 1).utf8)
        }
        let compilation = TestSources.compile(input, path: Explanation.examplePath)
        #expect(compilation.shortRendered == illustration.diagnostic)
    }

    @Test(arguments: [
        (DiagnosticCode.E0505, "diagnostics/E0505-too-many-combinations.survey"),
        (.E0609, "diagnostics/E0609-includes-too-deep/main.survey"),
    ])
    func `an illustrative diagnostic has the message its golden fixture reports`(code: DiagnosticCode, fixture: String) throws {
        let illustration = try #require(code.explanation.illustration)
        let compilation = try TestSources.compileFixture(fixture)
        let message = try #require(compilation.diagnostics.first?.message)
        #expect(compilation.codes == [code])
        #expect(illustration.diagnostic.hasSuffix("[\(code.rawValue)]: \(message)"))
    }

    /// The E0505 example elides the levels and its two included files; filled in (the shipped local
    /// authorities, twelve teams), it reports E0505 where its page says.
    @Test func `the E0505 example filled in reports too many combinations`() throws {
        let explanation = DiagnosticCode.E0505.explanation
        let illustration = try #require(explanation.illustration)
        let levels = ["practitioner", "senior", "manager", "head_of_service", "director", "student", "agency_worker", "other_level"]
        let elided = "{ … }   // 8 levels"
        #expect(explanation.failing.contains(elided))
        let failing = explanation.failing.replacingOccurrences(
            of: elided, with: "{\n" + levels.map { "    \($0) \"\($0)\"\n" }.joined() + "  }")
        let teams = ["assessment", "child_protection", "looked_after", "leaving_care", "fostering", "adoption", "disabled_children",
                     "youth_justice", "early_help", "court", "edge_of_care", "family_support"]
        let files = [
            "shared/local-authorities.survey": try String(
                contentsOf: TestSources.repositoryRoot.appendingPathComponent("surveys/shared/local-authorities.survey"), encoding: .utf8),
            "shared/teams.survey": "choices teams {\n" + teams.map { "  \($0) \"\($0)\"\n" }.joined() + "}\n",
        ]
        let compilation = compile(path: Explanation.examplePath, bytes: Array(failing.utf8)) { path in
            files[path].map { .success(Array($0.utf8)) } ?? .failure(ReadFailure("no such file"))
        }
        let errors = compilation.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == [.E0505], "\(compilation.shortRendered)")
        #expect(errors.first?.shortRendered(in: compilation.sources) == illustration.diagnostic)
    }

    @Test func `docs/diagnostics.md is the output of survey explain --all`() throws {
        let url = TestSources.repositoryRoot.appendingPathComponent("docs/diagnostics.md")
        let committed = try String(contentsOf: url, encoding: .utf8)
        #expect(committed == diagnosticsReference(), "regenerate it: survey explain --all > docs/diagnostics.md")
    }

    @Test func `the reference has one section per code, in order`() {
        let headings = diagnosticsReference().split(separator: "\n").filter { $0.hasPrefix("## E") || $0.hasPrefix("## W") }
        #expect(headings.map { String($0.dropFirst(3).prefix(5)) } == DiagnosticCode.allCases.map(\.rawValue))
    }

    @Test func `a multi-file example is split at its path comments`() {
        let files = Explanation.files(in: DiagnosticCode.E0606.explanation.failing)
        #expect(files.map(\.path) == ["example.survey", "shared/local-authorities.survey"])
        #expect(files[1].text.hasPrefix("include \"../example.survey\"\n"))
    }

    /// The example's text with `–` saved as Windows-1252 does it: the one byte 0x96.
    func windows1252(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        for scalar in text.unicodeScalars {
            if scalar == "\u{2013}" { bytes.append(0x96) } else { bytes += Array(String(scalar).utf8) }
        }
        return bytes
    }
}
