import SurveyLanguage
import Testing

/// Slips that used to give a wrong first diagnostic and a cascade: each gives one diagnostic naming its cause.
extension MarkerTests {
    // MARK: A body of options or statements without its `}`

    @Test func `a grid whose statements are not closed ends at the next question, with no cascade`() throws {
        let (diagnostics, source, sources) = expect("""
            choices agreement {
              agree    "Agree"
              disagree "Disagree"
            }

            section technology "Technology" {
              yesno ai_tools "Do you use AI tools?" required
              grid ai_grid "How far do you agree?" from agreement 1️⃣{
                saves_time "It saves me time"
                accurate   "It is accurate"
              2️⃣decimal recording_hours "Hours recording?" range 0...60
              when answered ai_tools {
                yesno more "More?"
              }
            }
            """, [(.E0208, 1)])
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.message == "no `}` closes the statements of `ai_grid`")
        #expect(diagnostic.secondary.map { location($0, in: sources) } == [source.locations[2]])
        #expect(diagnostic.fix?.replacement == "}\n  ")
    }

    @Test(arguments: ["single", "multiple", "ranking"])
    func `options not closed end at a question or a when block at the start of a line`(kind: String) {
        expect("""
            section work "Your work" {
              \(kind) employer "Who employs you?" required 1️⃣{
                la     "A local authority"
                agency "An agency"
              when answered employer {
                yesno valued "Do you feel valued?"
              }
            }
            """, [(.E0208, 1)])
    }

    @Test func `options called like a question kind or note are still options`() {
        expect("""
            section work "Your work" {
              single contact "How should we contact you?" {
                text   "A text message"
                note   "A note in the post"
                number "A phone call"
              }
            }
            """, [])
    }

    @Test func `a note with a condition ends options not closed`() {
        expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              single employer "Who employs you?" 1️⃣{
                la "A local authority"
              note "Thank you." when working is yes
            }
            """, [(.E0208, 1)])
    }

    // MARK: Names written with a hyphen

    @Test func `an option name with a hyphen is one diagnostic with the underscored name`() throws {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              single hours "Your hours?" {
                1️⃣full-time "Full time"
                2️⃣part-time-ish "Part time, more or less"
              }
            }
            """, [(.E0102, 1), (.E0102, 2)])
        #expect(diagnostics.map(\.help) == ["identifiers use `_`: `full_time`", "identifiers use `_`: `part_time_ish`"])
        #expect(diagnostics.map(\.fix?.replacement) == ["full_time", "part_time_ish"])
    }

    @Test func `a minus before a number is still a negative number`() {
        expect("""
            section work "Your work" {
              number change "Change?" range -5...5
            }
            """, [])
    }
}
