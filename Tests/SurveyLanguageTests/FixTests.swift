import Testing

@testable import SurveyLanguage

@Suite struct FixTests {
    static let survey = """
        survey s "S" {
        }
        roles {
          staff "Staff" when employed is yes
          other "Other" when employed is no
        }
        choices colours {
          red  "Red"
          blue "Blue"
        }
        section a "A" {
          yesno employed "Are you employed?" required
          grid feel "How do you feel?" from colours {
            calm "I am calm"
          }
          LINE
        }

        """

    /// Each line has one slip with a fix; the fix alone makes the survey compile.
    static let slips: [(line: String, code: DiagnosticCode, replacement: String)] = [
        ("single colour \"Colour?\" from colurs", .E0304, "colours"),
        ("single colour \"Colour?\" from colours when employd is yes", .E0303, "employed"),
        ("single colour \"Colour?\" from colours when employed is yse", .E0302, "yes"),
        ("single colour \"Colour?\" from colours when role is staf", .E0305, "staff"),
        ("single colour \"Colour?\" from colours when feel.clam is red", .E0308, "calm"),
        ("single colour \"Colour?\" from colours requird", .E0204, "required"),
        ("singel colour \"Colour?\" from colours", .E0203, "single"),
        ("single colour \"Colour?\" from colours when employed is yes && role is staff", .E0102, "and"),
        ("single colour \"Colour?\" from colours when employed is yes||role is staff", .E0102, " or "),
        ("single colour \"Colour?\" from colours when employed == yes", .E0201, "is"),
        ("single colour \"Colour?\" from colours when employed==yes", .E0201, " is "),
        ("number count \"How many?\" range 0..80", .E0201, "..."),
        ("yesno more \"More?\" # ask again later", .E0102, "//"),
        ("single colour \"Colour?\" from colours when role in [staff, other]", .E0102, "("),
        ("note \"You said { employd |so}.\"", .E0309, "employed"),
        ("single colour \"Colour?\" {\n    full-time \"Full time\"\n    part_time \"Part time\"\n  }", .E0102, "full_time"),
        ("grid mood \"Mood?\" from colours {\n    happy \"I am happy\"\n  yesno done \"Done?\"", .E0208, "}\n  "),
        ("grid mood \"Mood?\" from colours\n  when employed is yes {\n    happy \"I am happy\"\n  }", .E0411, " "),
    ]

    static func compiled(_ text: String) -> Compilation {
        compile(path: "fix.survey", bytes: Array(text.utf8)) { _ in .failure(ReadFailure("none")) }
    }

    @Test(arguments: slips.indices)
    func `a slip's fix is the edit that makes the survey compile`(index: Int) throws {
        let slip = Self.slips[index]
        let text = Self.survey.replacingOccurrences(of: "LINE", with: slip.line)
        let before = Self.compiled(text)
        let diagnostic = try #require(before.diagnostics.first { $0.fix != nil }, "\(before.diagnostics.map(\.message))")
        #expect(diagnostic.code == slip.code)
        let fix = try #require(diagnostic.fix)
        #expect(fix.replacement == slip.replacement)
        var bytes = Array(text.utf8)
        // `[a, b]` is two slips, each with its fix; the others have one.
        for fix in before.diagnostics.compactMap(\.fix).sorted(by: { $0.range.start > $1.range.start }) {
            bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
        }
        let after = Self.compiled(String(decoding: bytes, as: UTF8.self))
        #expect(!after.diagnostics.hasErrors, "\(after.diagnostics.map(\.message))")
    }

    @Test func `a misspelt declaration's fix is the keyword`() throws {
        let text = Self.survey.replacingOccurrences(of: "LINE", with: "") + "sectoin b \"B\" {\n  yesno more \"More?\"\n}\n"
        let diagnostic = try #require(Self.compiled(text).diagnostics.first)
        #expect(diagnostic.code == .E0202)
        let fix = try #require(diagnostic.fix)
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
        #expect(Self.compiled(String(decoding: bytes, as: UTF8.self)).diagnostics.isEmpty)
    }

    @Test func `a name with no close match has no fix`() {
        let text = Self.survey.replacingOccurrences(of: "LINE", with: "single colour \"Colour?\" from wallpaper")
        let diagnostics = Self.compiled(text).diagnostics
        #expect(diagnostics.map(\.code) == [.E0304])
        #expect(diagnostics[0].fix == nil)
    }

    @Test func `a pipe in a text with escapes is fixed where it is`() throws {
        // The escape makes the text's offsets differ from the source's: the fix is placed by reading the source.
        let text = Self.survey.replacingOccurrences(of: "LINE", with: "note \"\\\"Me\\\" {employd}\"")
        let diagnostics = Self.compiled(text).diagnostics
        #expect(diagnostics.map(\.code) == [.E0309])
        let fix = try #require(diagnostics[0].fix)
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
        #expect(!Self.compiled(String(decoding: bytes, as: UTF8.self)).diagnostics.hasErrors)
    }
}
