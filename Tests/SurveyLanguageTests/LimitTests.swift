import Foundation
import SurveyLanguage
import Testing

/// Pathological nesting gives a diagnostic, not a stack overflow, on the stack a command-line thread gets;
/// includes are limited to the depth the documentation gives.
struct LimitTests {
    /// Runs `body` on a thread with a 512 KiB stack, the smallest a secondary thread commonly gets.
    static func onSmallStack<Result: Sendable>(_ body: @escaping @Sendable () -> Result) -> Result {
        let box = ResultBox<Result>()
        let done = DispatchSemaphore(value: 0)
        let thread = Thread {
            box.value = body()
            done.signal()
        }
        thread.stackSize = 512 << 10
        thread.start()
        done.wait()
        return box.value!
    }

    @Test func `the first hundred unknown question names get a suggestion, the rest only their error`() {
        let declared = (1...150).map { "  yesno alpha_\($0) \"Q\($0)?\"" }
        let misspelt = (1...150).map { "  yesno beta_\($0) \"R\($0)?\" when alpah_\($0) is yes" }
        let text = "survey s \"S\" {\n}\nsection a \"A\" {\n" + (declared + misspelt).joined(separator: "\n") + "\n}\n"
        let diagnostics = TestSources.compile(text).diagnostics
        #expect(diagnostics.count == 150 && diagnostics.allSatisfy { $0.code == .E0303 })
        #expect(diagnostics.prefix(100).allSatisfy { $0.fix?.replacement == "alpha_" + $0.message.dropFirst("unknown question `alpah_".count).dropLast() })
        #expect(diagnostics.dropFirst(100).allSatisfy { $0.help == nil && $0.fix == nil })
    }

    @Test func `10,000 nested blocks give one diagnostic on a 512 KiB stack`() {
        let codes = Self.onSmallStack { TestSources.compile(Self.unindentedBlocks(depth: 10_000)).codes }
        #expect(codes == [.E0603])
    }

    @Test func `10,000 nested parentheses give one diagnostic on a 512 KiB stack`() {
        let codes = Self.onSmallStack { TestSources.compile(GeneratedSources.nestedParentheses(depth: 10_000)).codes }
        #expect(codes == [.E0603])
    }

    @Test func `a run of 10,000 nots gives one diagnostic on a 512 KiB stack`() {
        let text = TestSources.header + "section work \"Your work\" {\n  yesno working \"Working?\" required\n"
            + "  text why \"Why?\" when " + String(repeating: "not ", count: 10_000) + "working is yes\n}\n"
        let codes = Self.onSmallStack { TestSources.compile(text).codes }
        #expect(codes == [.E0603])
    }

    @Test func `10,000 unclosed blocks and parentheses in one file are reported, not followed`() {
        let text = TestSources.header + "section work \"Your work\" {\n  yesno working \"Working?\" required\n"
            + String(repeating: "  when (working is yes {\n", count: 10_000)
        let compilation = Self.onSmallStack { TestSources.compile(text) }
        #expect(compilation.diagnostics.hasErrors)
        #expect(compilation.codes.count < 10_000, "each level must not be reported again")
    }

    @Test func `the formatter refuses 10,000 nested blocks without overflowing a 512 KiB stack`() {
        let text = Self.unindentedBlocks(depth: 10_000)
        let isRefused = Self.onSmallStack { () -> Bool in
            if case .failure(.syntaxErrors) = format(SourceFile(path: "deep.survey", text: text)) { return true }
            return false
        }
        #expect(isRefused)
    }

    @Test func `32 nested blocks in a section compile and 33 give E0603 at the 33rd`() throws {
        #expect(TestSources.compile(GeneratedSources.nestedBlocks(depth: Limits.nestingDepth)).diagnostics.isEmpty)
        let tooDeep = TestSources.compile(GeneratedSources.nestedBlocks(depth: Limits.nestingDepth + 1))
        #expect(tooDeep.codes == [.E0603])
        // The header's four lines, the section and its first question, then one block a line.
        let diagnostic = try #require(tooDeep.diagnostics.first)
        #expect(tooDeep.sources[0].location(of: diagnostic.primary.range.start).line == 6 + Limits.nestingDepth + 1)
    }

    @Test func `32 nested parentheses in a condition compile and 33 give E0603`() {
        #expect(TestSources.compile(GeneratedSources.nestedParentheses(depth: Limits.nestingDepth)).diagnostics.isEmpty)
        #expect(TestSources.compile(GeneratedSources.nestedParentheses(depth: Limits.nestingDepth + 1)).codes == [.E0603])
    }

    /// Blocks and parentheses are counted together: at the limit, the parser and every pass after it fit a
    /// 512 KiB stack, even in a debug build.
    @Test(arguments: [(16, 16), (30, 2), (0, 32)])
    func `blocks and parentheses nested 32 deep in all compile and format on a 512 KiB stack`(blocks: Int, parentheses: Int) {
        let (codes, isFormatted) = Self.onSmallStack { () -> ([DiagnosticCode], Bool) in
            let text = Self.blocks(blocks, aroundParentheses: parentheses)
            let codes = TestSources.compile(text).codes
            if case .success = format(SourceFile(path: "deep.survey", text: text)) { return (codes, true) }
            return (codes, false)
        }
        #expect(codes.isEmpty)
        #expect(isFormatted)
        #expect(TestSources.compile(Self.blocks(blocks, aroundParentheses: parentheses + 1)).codes == [.E0603])
    }

    /// `blocks` nested `when` blocks around a note whose condition is in `parentheses` pairs of parentheses.
    static func blocks(_ blocks: Int, aroundParentheses parentheses: Int) -> String {
        TestSources.header + "section work \"Your work\" {\nyesno working \"Are you working at the moment?\" required\n"
            + String(repeating: "when working is yes {\n", count: blocks)
            + "note \"Thank you.\" when " + String(repeating: "(", count: parentheses) + "working is yes"
            + String(repeating: ")", count: parentheses) + "\n" + String(repeating: "}\n", count: blocks) + "}\n"
    }

    /// The limit is on the bytes between the quotes, so a string of exactly that many compiles whatever they are.
    @Test(arguments: [("a", 1), ("é", 2), ("\\\"", 2)])
    func `a string of 10,000 bytes between its quotes compiles and one of 10,001 gives E0605`(unit: String, bytes: Int) {
        let count = Limits.stringLength / bytes
        func note(_ extra: String) -> String {
            TestSources.header + "section consent \"Consent\" {\n  note \"" + String(repeating: unit, count: count) + extra + "\"\n}\n"
        }
        #expect(TestSources.compile(note("")).diagnostics.isEmpty)
        #expect(TestSources.compile(note("a")).codes == [.E0605])
    }

    @Test func `the formatter joins strings into one of 10,000 bytes, not of 10,001`() throws {
        func notes(_ first: Int, _ second: Int) -> String {
            TestSources.header + "section consent \"Consent\" {\n  note \"" + String(repeating: "é", count: first) + "\"\n    \""
                + String(repeating: "a", count: second) + "\"\n}\n"
        }
        /// The strings of the note, which comes after the header's and the section's.
        func noteStrings(_ text: String) -> Int { text.components(separatedBy: "  note ")[1].filter { $0 == "\"" }.count / 2 }
        let joined = try format(SourceFile(path: "t.survey", text: notes(2_500, 5_000))).get()
        #expect(noteStrings(joined) == 1)
        #expect(TestSources.compile(joined).diagnostics.isEmpty)
        let apart = try format(SourceFile(path: "t.survey", text: notes(2_500, 5_001))).get()
        #expect(noteStrings(apart) == 2)
        #expect(TestSources.compile(apart).diagnostics.isEmpty)
    }

    /// `depth` nested `when` blocks without indentation, which would make 10,000 levels over 128 MiB.
    static func unindentedBlocks(depth: Int) -> String {
        TestSources.header + "section work \"Your work\" {\nyesno working \"Are you working at the moment?\" required\n"
            + String(repeating: "when working is yes {\n", count: depth) + "note \"Thank you.\"\n"
            + String(repeating: "}\n", count: depth) + "}\n"
    }

    @Test func `includes 16 deep compile and 17 deep give E0609 at the 17th`() {
        #expect(Self.includeChain(depth: Limits.includeDepth).diagnostics.isEmpty)
        let tooDeep = Self.includeChain(depth: Limits.includeDepth + 1)
        #expect(tooDeep.codes == [.E0609], "\(tooDeep.shortRendered)")
        #expect(tooDeep.diagnostics.first.map { tooDeep.sources[$0.primary.range.file].path } == "part16.survey")
    }

    /// A main file that includes `part01`, which includes `part02`, and so on to `part<depth>`, which declares a section.
    static func includeChain(depth: Int) -> Compilation {
        func name(_ level: Int) -> String { level < 10 ? "part0\(level).survey" : "part\(level).survey" }
        let main = TestSources.header + "include \"\(name(1))\"\n"
        return SurveyLanguage.compile(path: "main.survey", bytes: Array(main.utf8)) { path in
            guard let level = (1...depth).first(where: { name($0) == path }) else { return .failure(ReadFailure("no such file")) }
            let text = level == depth
                ? "section work \"Your work\" {\n  yesno working \"Are you working at the moment?\"\n}\n"
                : "include \"\(name(level + 1))\"\n"
            return .success(Array(text.utf8))
        }
    }
}

/// Carries a result out of a thread; the semaphore orders the write before the read.
private final class ResultBox<Value>: @unchecked Sendable {
    var value: Value?
}

/// The inputs the fuzzer and the mutation properties found, kept in `Fixtures/fuzz`: each compiles to
/// diagnostics within a second, and formats without changing its meaning.
struct FuzzFindingTests {
    static let findings = surveyFiles(under: TestSources.fixturesFolder.appendingPathComponent("fuzz")).map(\.lastPathComponent)

    @Test(arguments: findings)
    func `a fuzz finding compiles and formats without a crash or a hang`(name: String) throws {
        let clock = ContinuousClock()
        let start = clock.now
        let compilation = try TestSources.compileFixture("fuzz/\(name)")
        let bytes = [UInt8](try Data(contentsOf: TestSources.fixturesFolder.appendingPathComponent("fuzz/\(name)")))
        let formatting = format(SourceFile(path: name, bytes: bytes))
        #expect(clock.now - start < .seconds(5))
        #expect(compilation.survey != nil || compilation.diagnostics.hasErrors)
        if case .failure(.changesMeaning) = formatting { Issue.record("formatting \(name) changes its meaning") }
    }

    @Test func `an option clause given twice is reported once per repeat`() throws {
        let compilation = try TestSources.compileFixture("fuzz/option-clause-twice.survey")
        #expect(compilation.codes == [.E0205, .E0205, .E0205], "\(compilation.shortRendered)")
    }
}

extension FuzzFindingTests {
    /// Found by the front-end fuzzer: `max 0` compiled, and the runtime then refused the bundle.
    @Test func `a text limit of zero characters is refused`() throws {
        let compilation = try TestSources.compileFixture("fuzz/text-max-zero.survey")
        #expect(compilation.codes == [.E0201], "\(compilation.shortRendered)")
        #expect(compilation.shortRendered.contains("expected the most characters, at least 1, found `00`"))
    }
}
