import SeededRandom
import SurveyBundle
import SurveyLanguage
import Testing

/// The passes that read eight bytes at a time agree with reading them one by one, wherever in a
/// word the byte they look for falls.
struct ByteScanningTests {
    /// The line starts of every placement of LF, CR LF and lone CR in short files, against a byte-by-byte scan.
    @Test func lineStartsMatchAByteScan() {
        var generator = SplitMix64(seed: 7)
        for length in 0..<40 {
            for _ in 0..<40 {
                let bytes = (0..<length).map { _ in
                    switch generator.next() % 8 {
                    case 0, 1: UInt8(ascii: "\n")
                    case 2: UInt8(ascii: "\r")
                    default: UInt8(ascii: "a") + UInt8(generator.next() % 26)
                    }
                }
                let breaks = bytes.indices.filter {
                    bytes[$0] == UInt8(ascii: "\n") || (bytes[$0] == UInt8(ascii: "\r") && ($0 + 1 == bytes.count || bytes[$0 + 1] != UInt8(ascii: "\n")))
                }
                #expect(SourceFile(path: "t", bytes: bytes).lineStarts == [0] + breaks.map { $0 + 1 })
            }
        }
    }

    /// An escape anywhere in a string, before, in and after the first eight bytes, is decoded.
    @Test func escapesAreFoundAtEveryOffset() throws {
        for offset in 0..<20 {
            let before = String(repeating: "a", count: offset)
            let question = try onlyQuestion("text q \"\(before)\\\"b\"")
            #expect(question.text == before + "\"b")
        }
    }

    /// A pipe is found wherever its brace falls, and a name with characters beyond ASCII is read whole.
    @Test func pipesAreFoundAtEveryOffset() {
        for offset in 0..<20 {
            let before = String(repeating: "a", count: offset)
            let source = TestSources.header + "section s \"S\" {\n  text q \"\(before){ später |x}\"\n}\n"
            let compilation = TestSources.compile(source)
            #expect(compilation.codes == [.E0309], "\(compilation.shortRendered)")
            #expect(compilation.rendered.contains("`{später}`"), "\(compilation.rendered)")
        }
    }

    /// A file with invalid UTF-8 after a run of ASCII has it reported where it is.
    @Test func invalidUTF8IsFoundAtEveryOffset() {
        for offset in 0..<20 {
            let bytes = Array((TestSources.header + "// " + String(repeating: "a", count: offset)).utf8) + [0xFF] + Array("\n".utf8)
            let compilation = TestSources.compile(bytes)
            let invalid = compilation.diagnostics.filter { $0.code == .E0101 }
            #expect(invalid.count == 1)
            #expect(invalid.first?.primary.range.start == bytes.count - 2)
        }
    }
}

/// Whole numbers are read by adding up digits; every form of number keeps the value `Double` parsing gives.
struct NumberValueTests {
    @Test(arguments: [
        ("0", "10"), ("-5", "007"), ("-0", "1"), ("-999999999999999", "999999999999999"),
        ("-1000000000000000", "1000000000000000"), ("0.5", "2.25"), ("-12.5", "-0.0"),
    ])
    func rangeEndsKeepTheirValue(low: String, high: String) throws {
        let question = try onlyQuestion("decimal q \"How much?\" range \(low)...\(high)")
        let expectedLow = try #require(Double(low))
        let expectedHigh = try #require(Double(high))
        #expect(question.min == expectedLow && question.min?.sign == expectedLow.sign)
        #expect(question.max == expectedHigh && question.max?.sign == expectedHigh.sign)
    }
}

/// Repeated options, codes and grid statements are reported the same way in short lists, which are
/// searched, and long ones, which are hashed.
struct RepeatedEntryTests {
    /// The line (one-based, in the text below the header) of each diagnostic's primary and secondary label.
    static func lines(_ compilation: Compilation, code: DiagnosticCode) -> [[Int]] {
        let file = compilation.sources[0]
        return compilation.diagnostics.filter { $0.code == code }.map { diagnostic in
            ([diagnostic.primary] + diagnostic.secondary).map { file.location(of: $0.range.start).line }
        }
    }

    @Test(arguments: [12, 30])
    func repeatsPointAtTheRightEarlierEntry(count: Int) {
        let header = TestSources.header + "section s \"S\" {\n"
        let headerLines = header.filter { $0 == "\n" }.count
        var options = "  single q \"Which?\" {\n"
        var rows = "  grid g \"How much?\" from scale {\n"
        for index in 0..<count {
            let name = index % 5 == 0 ? "same" : "o\(index)"
            let code = index % 7 == 0 ? 1 : index + 2
            options += "    \(name) \"Option \(index)\" = \(code)\n"
            rows += "    \(name) \"Statement \(index)\"\n"
        }
        let source = header + options + "  }\n" + rows + "  }\n}\n"
            + "choices scale {\n  low \"Low\"\n  high \"High\"\n}\n"
        let compilation = TestSources.compile(source)
        // Lines of the entries, counted from the line after `single q …`.
        let optionLine = { (index: Int) in headerLines + 2 + index }
        let rowLine = { (index: Int) in headerLines + 2 + count + 2 + index }
        let sames = (0..<count).filter { $0 % 5 == 0 }
        let sevens = (0..<count).filter { $0 % 7 == 0 }
        let expectedDuplicates = sames.dropFirst().map { [optionLine($0), optionLine(sames[0])] }
            + zip(sames, sames.dropFirst()).map { [rowLine($1), rowLine($0)] }
        #expect(Self.lines(compilation, code: .E0301) == expectedDuplicates, "\(compilation.shortRendered)")
        #expect(Self.lines(compilation, code: .E0409) == sevens.dropFirst().map { [optionLine($0), optionLine(0)] })
    }
}

/// The bundle question of a survey with one section holding one question, written as `line`.
private func onlyQuestion(_ line: String) throws -> Question {
    let compilation = TestSources.compile(TestSources.header + "section s \"S\" {\n  \(line)\n}\n")
    let survey = try #require(compilation.survey, "\(compilation.shortRendered)")
    guard case .question(let question) = survey.survey.sections[0].items[0] else {
        throw NotAQuestion()
    }
    return question
}

/// The one item of a test survey was not a question.
private struct NotAQuestion: Error {}
