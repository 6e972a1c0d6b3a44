import SurveyLanguage
import Testing

/// Source text with position markers `1️⃣` … `9️⃣`, in the style of swift-syntax's tests: the text without them,
/// and the line and column where each one was.
struct MarkedSource {
    var text: String
    var locations: [Int: Location] = [:]

    struct Location: Equatable, CustomStringConvertible {
        var line: Int
        var column: Int
        var description: String { "\(line):\(column)" }
    }

    /// Strips the markers from `marked`; columns count Unicode scalars, as diagnostics do.
    init(_ marked: String) {
        var scalars = String.UnicodeScalarView()
        var line = 1
        var column = 1
        let input = Array(marked.unicodeScalars)
        var index = 0
        while index < input.count {
            if index + 2 < input.count, ("1"..."9").contains(input[index]), input[index + 1] == "\u{FE0F}", input[index + 2] == "\u{20E3}" {
                locations[Int(input[index].value) - 48] = Location(line: line, column: column)
                index += 3
                continue
            }
            scalars.append(input[index])
            if input[index] == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += 1
        }
        text = String(scalars)
    }
}

/// Checker and parser unit tests: each diagnostic must start where its marker is, and nothing else may be reported.
struct MarkerTests {
    /// Compiles a survey body (after the standard header) with markers, and expects exactly `expected`: each code
    /// at its marker, in source order. Returns the diagnostics for further checks.
    @discardableResult
    func expect(
        _ body: String, _ expected: [(DiagnosticCode, Int)], read: @escaping ReadFile = { _ in .failure(ReadFailure("no such file")) },
        sourceLocation: SourceLocation = #_sourceLocation
    ) -> (diagnostics: [Diagnostic], source: MarkedSource, sources: SourceSet) {
        let source = MarkedSource(TestSources.header + body)
        let compilation = compile(path: "test.survey", bytes: Array(source.text.utf8), read: read)
        let file = compilation.sources[0]
        let actual = compilation.diagnostics.map { diagnostic in
            let (line, column) = file.location(of: diagnostic.primary.range.start)
            return "\(diagnostic.code.rawValue) at \(line):\(column)"
        }
        let wanted = expected.map { code, marker in "\(code.rawValue) at \(source.locations[marker].map(\.description) ?? "no marker \(marker)")" }
        #expect(actual == wanted, "\(compilation.shortRendered)", sourceLocation: sourceLocation)
        return (compilation.diagnostics, source, compilation.sources)
    }

    func location(_ label: Label, in sources: SourceSet) -> MarkedSource.Location {
        let (line, column) = sources[label.range.file].location(of: label.range.start)
        return MarkedSource.Location(line: line, column: column)
    }

    // MARK: Recovery: every independent error, one diagnostic per cause

    @Test func `several independent errors in one file are all reported`() {
        expect("""
            section work "Your work" {
              1️⃣yesnoo valued "Do you feel valued at work?"
              number hours "How many hours?" 2️⃣rnage 0...100
            }

            section pay "Your pay" {
              single employer "Who pays you?" required {
                la     "A local authority"
                agency "An agency"
              }
              yesno rates "Do you know the rate caps?" when employer is 3️⃣agnecy
              number salary "Salary?" range 0...4️⃣100k
            }
            """, [(.E0203, 1), (.E0204, 2), (.E0302, 3), (.E0105, 4)])
    }

    @Test func `an unknown question in a condition gives no type errors`() {
        expect("""
            section work "Your work" {
              number caseload "How many cases?" required range 0...80
              yesno support "Enough support?" when 1️⃣casload > 20 and 2️⃣casload includes heavy
            }
            """, [(.E0303, 1), (.E0303, 2)])
    }

    @Test func `a misspelt question in a numeric check is an unknown question, not a type error`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              decimal worked "Hours worked?" range 0...100
              decimal paid "Hours paid?" range 0...100 check paid <= 1️⃣workd else "Paid hours cannot be more than worked hours."
            }
            """, [(.E0303, 1)])
        #expect(diagnostics.first?.help == "did you mean `worked`?")
    }

    @Test func `a condition with no value gives one diagnostic and its block is still read`() {
        expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              when working is 1️⃣{
                text job "What is your job?" required
              }
              yesno likes "Do you like your job?" when answered job
            }
            """, [(.E0201, 1)])
    }

    @Test func `an unclosed parenthesis in a condition gives one diagnostic`() {
        expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              text why "Why?" when (working is no or not answered working1️⃣
              text more "Anything else?"
            }
            """, [(.E0201, 1)])
    }

    @Test func `a malformed range does not also report the rest of the line`() {
        expect("""
            section work "Your work" {
              number caseload "How many cases?" required range 01️⃣..80 unit "cases"
              yesno support "Enough support?" when caseload > 20
            }
            """, [(.E0201, 1)])
    }

    @Test func `an unknown clause on a choice question keeps its options`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              single employer "Who pays you?" 1️⃣requried {
                la     "A local authority"
                agency "An agency"
              }
              yesno rates "Do you know the agency rate caps?" when not employer is la
            }
            """, [(.E0204, 1)])
        #expect(diagnostics.first?.help == "did you mean `required`?")
    }

    @Test func `a question without its text is still known to later conditions`() {
        expect("""
            section work "Your work" {
              single employer 1️⃣required {
                la     "A local authority"
                agency "An agency"
              }
              yesno rates "Do you know the agency rate caps?" when employer is agency
            }
            """, [(.E0201, 1)])
    }

    @Test func `a section without its title keeps its questions`() {
        expect("""
            section work 1️⃣{
              yesno working "Are you working?" required
            }

            section more "More" {
              text why "Why not?" when working is no
            }
            """, [(.E0201, 1)])
    }

    @Test func `a forgotten closing brace before the next section gives one diagnostic`() {
        expect("""
            section work "Your work" 1️⃣{
              yesno working "Are you working?" required

              section more "More" {
                text why "Why not?" when working is no
              }
            }
            """, [(.E0208, 1)])
    }

    @Test func `a comment written with a hash gives one diagnostic`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              1️⃣# About your caseload and your team
              number caseload "How many cases?"
            }
            """, [(.E0102, 1)])
        #expect(diagnostics.first?.help == "comments start with `//`")
    }

    @Test func `an exclamation mark for is not gives one diagnostic`() {
        expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              text last_job "What was your last job?" when working 1️⃣!= yes
            }
            """, [(.E0102, 1)])
    }

    @Test func `curly quotes pasted from a word processor give one diagnostic`() {
        expect("""
            section work "Your work" {
              yesno valued 1️⃣“Do you feel valued at work?” required
              text why "Why not?" when valued is no
            }
            """, [(.E0102, 1)])
    }

    @Test func `a screener question of the wrong kind is reported once, not as gaps in the roles`() {
        expect("""
            roles {
              high  "High caseload"   when 1️⃣caseload > 20
              other "Other caseloads" when not caseload > 20
            }

            section work "Your work" {
              number caseload "How many cases?" required range 0...80
            }

            section heavy "Heavy caseloads" when role is high {
              yesno support "Enough support?"
            }
            """, [(.E0404, 1)])
    }

    @Test func `an unknown choice list of a screener question is reported once`() {
        expect("""
            roles {
              la_worker     "Local authority social worker" when employer is la
              agency_worker "Agency social worker"          when employer is agency
            }

            section screener "About your work" {
              single employer "Who pays you?" required from 1️⃣employers
            }

            section la "Local authority work" when role is la_worker {
              yesno permanent "Are you on a permanent contract?"
            }
            """, [(.E0304, 1)])
    }

    @Test func `a missing include hides the unknown names it might have declared`() {
        expect("""
            include 1️⃣"shared/local-authority.survey"

            section work "Your work" {
              single la "Which local authority?" from local_authorities
            }
            """, [(.E0607, 1)])
    }

    // MARK: Lines: `when` begins a block only at the start of a line

    @Test func `when at the start of a line without a brace is reported at the when`() {
        expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              number hours "How many hours?" range 0...100
                1️⃣when working is yes
              text job "What is your job?"
            }
            """, [(.E0210, 1)])
    }

    @Test func `when on a question's line is the question's condition`() {
        expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              number hours "How many hours?" range 0...100 when working is yes
              when working is no {
                text last_job "What was your last job?"
              }
            }
            """, [])
    }

    @Test func `the column of a diagnostic counts a tab as one`() {
        expect("section work \"Your work\" {\n\tyesno working \"Are you working?\" required\n\ttext why \"Why?\" when working is 1️⃣maybe\n}\n", [(.E0302, 1)])
    }

    // MARK: Did you mean

    @Test func `a misspelt option suggests the closest one`() {
        let (diagnostics, source, sources) = expect("""
            section work "Your work" {
              single 2️⃣employer "Who pays you?" required {
                local_authority "A local authority"
                agency          "An agency"
              }
              yesno rates "Do you know the agency rate caps?" when employer is 1️⃣agnecy
            }
            """, [(.E0302, 1)])
        #expect(diagnostics.first?.help == "did you mean `agency`?")
        #expect(diagnostics.first?.notes == ["options are `local_authority` and `agency`"])
        #expect(diagnostics.first.map { location($0.secondary[0], in: sources) } == source.locations[2])
    }

    @Test func `a misspelt question suggests the closest one`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              number hours "How many hours?" when 1️⃣workng is yes
            }
            """, [(.E0303, 1)])
        #expect(diagnostics.first?.help == "did you mean `working`?")
    }

    @Test func `a misspelt role suggests the closest one`() {
        let (diagnostics, _, _) = expect("""
            roles {
              la_worker     "Local authority social worker" when employer is la
              agency_worker "Agency social worker"          when employer is agency
            }

            section screener "About your work" {
              single employer "Who pays you?" required {
                la     "A local authority"
                agency "An agency"
              }
            }

            section agency "Agency work" when role is 1️⃣agnecy_worker {
              yesno permanent "Would you consider a permanent post?"
            }
            """, [(.E0305, 1)])
        #expect(diagnostics.first?.help == "did you mean `agency_worker`?")
    }

    @Test func `a misspelt choice list suggests the closest one and is not also unused`() {
        let (diagnostics, _, _) = expect("""
            choices supports {
              supervision "Regular supervision"
              caseload    "A lower caseload"
            }

            section work "Your work" {
              multiple helps "What would help?" from 1️⃣suports
            }
            """, [(.E0304, 1)])
        #expect(diagnostics.first?.help == "did you mean `supports`?")
    }

    @Test func `a misspelt clause keyword suggests the closest one`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              number hours "How many hours?" 1️⃣rnage 0...100 unit "hours"
            }
            """, [(.E0204, 1)])
        #expect(diagnostics.first?.help == "did you mean `range`?")
    }

    @Test func `a misspelt item keyword suggests the closest one`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              1️⃣yes_no valued "Do you feel valued at work?"
              2️⃣mutliple helps "What would help?" {
                supervision "Regular supervision"
              }
            }
            """, [(.E0203, 1), (.E0203, 2)])
        #expect(diagnostics.map(\.help) == ["did you mean `yesno`?", "did you mean `multiple`?"])
    }

    @Test func `a misspelt declaration keyword suggests the closest one`() {
        let (diagnostics, _, _) = expect("""
            1️⃣sectoin work "Your work" {
              yesno valued "Do you feel valued at work?"
            }
            """, [(.E0202, 1)])
        #expect(diagnostics.first?.help == "did you mean `section`?")
    }

    @Test func `a misspelt option clause suggests the closest one`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              multiple barriers "What gets in the way?" {
                admin "Paperwork"
                none  "None of these" 1️⃣exclusve
              }
            }
            """, [(.E0204, 1)])
        #expect(diagnostics.first?.help == "did you mean `exclusive`?")
    }

    @Test func `a name far from every candidate suggests nothing`() {
        let (diagnostics, _, _) = expect("""
            section work "Your work" {
              yesno working "Are you working?" required
              number hours "How many hours?" when 1️⃣employment is yes
            }
            """, [(.E0303, 1)])
        #expect(diagnostics.first?.help == nil)
    }

    // MARK: Secondary labels

    @Test func `a question tested before it is asked points at where it is asked`() {
        let (diagnostics, source, sources) = expect("""
            section work "Your work" {
              number hours "How many hours?" when 1️⃣working is yes
              yesno 2️⃣working "Are you working?" required
            }
            """, [(.E0306, 1)])
        #expect(diagnostics.first.map { location($0.secondary[0], in: sources) } == source.locations[2])
    }

    @Test func `a duplicate question points at the first declaration`() {
        let (diagnostics, source, sources) = expect("""
            section work "Your work" {
              yesno 2️⃣valued "Do you feel valued by your manager?"
              yesno 1️⃣valued "Do you feel valued by your organisation?"
            }
            """, [(.E0301, 1)])
        #expect(diagnostics.first.map { location($0.secondary[0], in: sources) } == source.locations[2])
    }

    @Test func `the markers are stripped and located by line and column`() {
        let source = MarkedSource("ab1️⃣c\nd2️⃣e")
        #expect(source.text == "abc\nde")
        #expect(source.locations[1] == MarkedSource.Location(line: 1, column: 3))
        #expect(source.locations[2] == MarkedSource.Location(line: 2, column: 2))
    }
}
