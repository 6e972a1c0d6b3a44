import SurveyLanguage
import Testing

/// A help that shows what to write gives an example the survey accepts: written in place of the fault, the
/// survey compiles.
struct HelpTests {
    static func survey(_ line: String) -> String {
        TestSources.header + """
            choices agreement ordered {
              agree    "Agree"
              disagree "Disagree"
            }

            section work "Your work" {
              scale rating "How would you rate your team?" range 1...5
              decimal hours "How many hours did you work last week?" range 0.5...0.9
              number caseload "How many cases do you hold?"
              grid views "How far do you agree?" from agreement {
                valued "I feel valued"
                heard  "I feel heard"
              }
              \(line)
            }

            """
    }

    /// The first text in backticks in the help of the only diagnostic, which must have `code`.
    static func example(_ line: String, code: DiagnosticCode, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let compilation = TestSources.compile(survey(line))
        #expect(compilation.codes == [code], "\(compilation.shortRendered)", sourceLocation: sourceLocation)
        let help = try #require(compilation.diagnostics.first?.help, sourceLocation: sourceLocation)
        let parts = help.split(separator: "`", omittingEmptySubsequences: false)
        try #require(parts.count >= 3, "\(help)", sourceLocation: sourceLocation)
        return String(parts[1])
    }

    @Test(arguments: [
        ("rating is yes", "rating >= 3"),
        ("hours is yes", "hours >= 0.7"),
        ("caseload is high", "caseload >= 10"),
    ])
    func `a number compared with an option is helped with a number in its range`(condition: String, example: String) throws {
        let written = try Self.example("text why \"Why?\" when \(condition)", code: .E0401)
        #expect(written == example)
        let fixed = TestSources.compile(Self.survey("text why \"Why?\" when \(written)"))
        #expect(!fixed.diagnostics.hasErrors, "\(fixed.shortRendered)")
    }

    @Test func `a whole grid compared with an option is helped with one of its statements`() throws {
        let written = try Self.example("text why \"Why?\" when views is agree", code: .E0401)
        #expect(written == "views.valued is …")
        let fixed = TestSources.compile(Self.survey("text why \"Why?\" when \(written.replacingOccurrences(of: "…", with: "agree"))"))
        #expect(!fixed.diagnostics.hasErrors, "\(fixed.shortRendered)")
    }

    @Test(arguments: [
        ("{views.valued|nothing}", "{views|nothing}"),
        ("{views.heard}", "{views}"),
    ])
    func `a pipe of a grid statement is helped with the whole grid, not a literal brace`(pipe: String, whole: String) throws {
        let line = "text why \"You said \(pipe)\""
        let compilation = TestSources.compile(Self.survey(line))
        let diagnostic = try #require(compilation.diagnostics.first)
        #expect(compilation.codes == [.E0309], "\(compilation.shortRendered)")
        #expect(diagnostic.message.contains("one statement of the grid `views`"), "\(diagnostic.message)")
        #expect(!(diagnostic.help ?? "").contains("literal brace"), "\(diagnostic.help ?? "")")
        let written = try Self.example(line, code: .E0309)
        #expect(written == whole)
        let fixed = TestSources.compile(Self.survey(line.replacingOccurrences(of: pipe, with: written)))
        #expect(!fixed.diagnostics.hasErrors, "\(fixed.shortRendered)")
    }
}
