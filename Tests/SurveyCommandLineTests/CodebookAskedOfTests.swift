import SurveyBundle
import SurveyLanguage
import Testing

@testable import SurveyCommandLine

/// Who the codebook says is asked a question, from the roles' summaries.
struct CodebookAskedOfTests {
    static func survey(roles: Bool) throws -> Survey {
        let text = """
            survey s "S" {
              version "1"
            }
            \(roles ? "roles {\n  staff \"Staff\" when employed is yes\n  other \"Other\" when employed is no\n}" : "")
            section a "A" {
              yesno employed "Are you employed?" required
              yesno valued "Do you feel valued?"
            }

            """
        let compilation = compile(path: "s.survey", bytes: Array(text.utf8)) { _ in .failure(ReadFailure("none")) }
        return try #require(compilation.survey?.survey, "\(compilation.diagnostics.map(\.message))")
    }

    static func askedOf(_ survey: Survey) -> [String: String] {
        Dictionary(Codebook(survey).variables.map { ($0.name, $0.askedOf) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func `a question in no role's summary is asked of no one`() throws {
        var survey = try Self.survey(roles: true)
        for index in survey.summaries.indices { survey.summaries[index].questions.removeAll { $0 == "valued" } }
        #expect(Self.askedOf(survey) == ["employed": "everyone", "valued": "no one"])
    }

    @Test func `a question in one role's summary is asked of that role`() throws {
        var survey = try Self.survey(roles: true)
        survey.summaries = survey.summaries.map { summary in
            var summary = summary
            if summary.role == "other" { summary.questions.removeAll { $0 == "valued" } }
            return summary
        }
        #expect(Self.askedOf(survey) == ["employed": "everyone", "valued": "Staff"])
    }

    @Test func `a survey without roles asks everyone`() throws {
        #expect(Self.askedOf(try Self.survey(roles: false)) == ["employed": "everyone", "valued": "everyone"])
    }
}
