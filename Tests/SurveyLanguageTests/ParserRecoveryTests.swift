import SurveyLanguage
import Testing

/// Slips that used to give a wrong first diagnostic and a cascade: each gives one diagnostic naming its cause.
extension MarkerTests {
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
