import Foundation
import SurveyLanguage
import Testing

@Suite struct FormatTests {
    static let inputs = surveyFiles(under: formatFixtures).map(\.lastPathComponent)

    @Test(arguments: inputs)
    func `a fixture formats to its golden file`(name: String) throws {
        let input = try String(contentsOf: formatFixtures.appendingPathComponent(name), encoding: .utf8)
        let output = try formatted(input)
        let golden = formatFixtures.appendingPathComponent(name.replacingOccurrences(of: ".survey", with: ".formatted"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try output.write(to: golden, atomically: true, encoding: .utf8)
        }
        #expect(output == (try String(contentsOf: golden, encoding: .utf8)))
    }

    @Test(arguments: inputs)
    func `formatting a formatted fixture changes nothing`(name: String) throws {
        let once = try formatted(try String(contentsOf: formatFixtures.appendingPathComponent(name), encoding: .utf8))
        #expect(try formatted(once) == once)
    }

    @Test(arguments: inputs)
    func `every comment of a fixture is kept with its text`(name: String) throws {
        let input = try String(contentsOf: formatFixtures.appendingPathComponent(name), encoding: .utf8)
        #expect(commentTexts(try formatted(input)) == commentTexts(input))
    }

    @Test func `strings that joined would be longer than a string may be are kept apart`() throws {
        let half = String(repeating: "a", count: 6_000)
        let input = "section m \"M\" {\n  single q \"Q\" {\n    x \"\(half)\" \"\(half)\"\n  }\n}\n"
        let output = try formatted(input)
        #expect(output.contains("x \"\(half)\" \"\(half)\""))
        #expect(TestSources.compile(output).codes.allSatisfy { $0 != .E0605 })
    }

    @Test func `a wrapped text leaves room for the brace or the when clause that must follow it on its line`() throws {
        let words = String(repeating: "aaaa ", count: 17) + "aa"
        for input in [
            "section m \"\(words)\" {\n}\n",
            "section m \"M\" {\n  yesno q \"Q\"\n  note \"\(String(repeating: "aaaa ", count: 34))aaaa\" when answered q\n}\n",
            "section m \"M\" {\n  yesno q \"Q\"\n  yesno r \"\(String(repeating: "aaaa ", count: 34))aaaa\" when answered q\n}\n",
        ] {
            let output = try formatted(input)
            #expect(output.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(output)")
        }
    }

    @Test func `a condition that would not fit on one line of the language is not formatted, and says so`() {
        let condition = "q is yes" + String(repeating: "\n    or q is yes", count: 6_000)
        let input = "section m \"M\" {\n  yesno q \"Q\"\n  yesno z \"Z\" when \(condition)\n}\n"
        guard case .failure(.lineTooLong) = format(SourceFile(path: "t", text: input)) else {
            Issue.record("a 90 KB condition was formatted onto one line")
            return
        }
    }

    @Test func `a formatted survey compiles to the same content digest`() throws {
        let path = formatFixtures.appendingPathComponent("every-kind.survey").path
        let before = try #require(try contentDigest(path: path))
        let after = try contentDigest(path: path) { _, bytes in Array(try! formatted(String(decoding: bytes, as: UTF8.self)).utf8) }
        #expect(after == before)
    }

    @Test func `a file with a syntax error is refused with its diagnostics`() {
        let result = format(SourceFile(path: "bad.survey", text: "survey bad \"Bad\" {\n}\nsection s \"S\" {\n  yesno a \"A\" when\n}\n"))
        guard case .failure(.syntaxErrors(let diagnostics)) = result else {
            Issue.record("expected syntax errors, got \(result)")
            return
        }
        #expect(diagnostics.map(\.code) == [.E0201])
    }

    @Test func `a semantic error does not stop formatting`() throws {
        let output = try formatted("survey s \"S\" {\nversion \"1\"\n}\nsection a \"A\" {\nyesno q \"Q\" when unknown is yes\n}\n")
        #expect(output == "survey s \"S\" {\n  version \"1\"\n}\n\nsection a \"A\" {\n  yesno q \"Q\" when unknown is yes\n}\n")
    }

    @Test func `a when clause that does not fit stays on its line, since a line starting with when is a block`() throws {
        // `  yesno q "…" required` is 95 columns, so `when w is yes` cannot fit after it.
        let text = String(repeating: "x", count: 74)
        let output = try formatted("survey s \"S\" {\n}\nsection a \"A\" {\n  yesno w \"W\"\n  yesno q \"\(text)\" required when w is yes\n}\n")
        #expect(output.contains("  yesno q \"\(text)\" required when w is yes\n"))
    }

    @Test func `clauses that do not fit go to continuation lines, and help and check start their own`() throws {
        let input = "survey s \"S\" {\n}\nsection a \"A\" {\n  decimal worked \"Hours worked?\" range 0...100\n"
            + "  decimal paid \"How many of those hours were you paid for, counting overtime?\" range 0...100 unit \"hours\" "
            + "help \"Count paid overtime.\" check paid <= worked else \"Too many.\"\n}\n"
        #expect(try formatted(input).hasSuffix("""
              decimal paid "How many of those hours were you paid for, counting overtime?" range 0...100
                unit "hours"
                help "Count paid overtime."
                check paid <= worked else "Too many."
            }

            """))
    }

    @Test func `comments inside a condition that spans lines keep their place`() throws {
        let input = """
            survey s "S" {
            }

            roles {
              a "A" when q is yes // first half
                and r is yes
              b "B" when q is no
                // second half
                or r is no
            }

            """
        let output = try formatted(input)
        #expect(output == """
            survey s "S" {
            }

            roles {
              a "A" when q is yes // first half
                and r is yes
              b "B" when q is no
                // second half
                or r is no
            }

            """)
    }
}
