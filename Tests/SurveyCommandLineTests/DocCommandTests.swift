import Foundation
import Testing
@testable import SurveyCommandLine

@Suite struct DocCommandTests {
    let routing = commandFixtures.appendingPathComponent("inputs/routing.survey").path

    @Test func `every piece of survey text is escaped in HTML`() {
        let html = runTool(["doc", routing, "--format", "html"]).out
        #expect(html.contains("<title>Routing &lt;in&gt; words &amp; &quot;escapes&quot;</title>"))
        #expect(html.contains("Text with &lt;b&gt;markup&lt;/b&gt; &amp; ampersands"))
        #expect(html.contains("I feel &lt;valued&gt;"))
        #expect(!html.contains("<b>markup"))
        #expect(!html.contains("<valued>"))
    }

    @Test func `the HTML page is standalone, fluid and printable`() {
        let html = runTool(["doc", routing, "--format", "html"]).out
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"))
        #expect(html.contains("@media print"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("<script"))
        #expect(!html.contains("src="))
    }

    @Test func `a role's questionnaire has exactly the questions in its summary, with its time`() throws {
        let run = runTool(["doc", routing, "--role", "la_manager"])
        #expect(run.status == 0)
        let questions = run.out.split(separator: "\n").filter { $0.hasPrefix("### Q") }.map { $0.split(separator: " ", maxSplits: 2)[2] }
        #expect(questions == [
            "Who pays you for your current work? \\*", "Which best describes your job? \\*",
            "How many children are allocated to you? \\*", "How many of the \\[answer to Q3, or “children”\\] are on a plan?",
            "How far do you agree? \\*", "How is your morale?", "Hours last week?",
        ])
        #expect(run.out.contains("**The questionnaire as local authority managers see it:** 7 questions, about"))
        #expect(run.out.contains("*Asked only of those who did not give an answer to Q3 below 10.*\n\n> Only for managers with big teams."))
        #expect(run.out.contains("*Asked only of those who gave an answer to Q3 of at least 20.*"), "role tests are decided for the role")
    }

    @Test func `doc writes atomically to a file with -o`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let output = folder.appendingPathComponent("routing.html").path
        let run = runTool(["doc", routing, "--format", "html", "-o", output])
        #expect(run.status == 0 && run.out.isEmpty)
        #expect(try String(contentsOfFile: output, encoding: .utf8) == runTool(["doc", routing, "--format", "html"]).out)
    }

    @Test func `an unknown format is a usage error`() {
        let run = runTool(["doc", routing, "--format", "pdf"])
        #expect(run.status == 2)
        #expect(run.error.contains("`--format` must be one of `markdown`, `html`"))
    }

    /// Two roles set by a screener, whose second section has a note for everyone and a question only for `a`.
    static let notesForEveryone = """
        survey nt "Notes" {
          version "1"
        }
        roles {
          a "Alpha person" when who is a
          b "Beta person" when who is b
        }
        section s1 "Screener" {
          single who "Who?" required {
            a "A"
            b "B"
          }
        }
        section s2 "Mixed" {
          note "A note everyone sees in Mixed."
          yesno qa "Only for alpha" when role is a
        }
        section s3 "End" {
          yesno last "Last"
        }
        """

    @Test func `a section whose questions a role is not asked is kept for a note the role reads`() throws {
        let run = try runTool(source: Self.notesForEveryone, ["doc", "--role", "b"])
        #expect(run.status == 0)
        #expect(run.out.contains("## 2. Mixed\n\n> A note everyone sees in Mixed."))
        #expect(run.out.contains("## 3. End"))
        #expect(!run.out.contains("Only for alpha"))
    }

    @Test func `a role given by an ordered comparison, or a screener question asked under a condition, is settled as the runtime settles it`() throws {
        let ordered = try runTool(source: try String(contentsOf: commandFixtures.appendingPathComponent("inputs/role-ordered.survey"), encoding: .utf8), ["doc", "--role", "lead"])
        // A lead may be an agency worker at senior level: the agency note and section are shown, with their routing.
        #expect(ordered.out.contains("> For agency leads."), "\(ordered.out)")
        #expect(ordered.out.contains("## 3. Agency only"), "\(ordered.out)")
        #expect(ordered.out.contains("### Q3. Q1?\n\n*Asked only of those who answered “LA” to Q1.*"), "\(ordered.out)")
        let conditional = try runTool(source: try String(contentsOf: commandFixtures.appendingPathComponent("inputs/role-conditional-screener.survey"), encoding: .utf8), ["doc", "--role", "student"])
        // Students are never asked `level`, so a note for those who answered it is not theirs.
        #expect(!conditional.out.contains("Note for those with a level"), "\(conditional.out)")
    }

    @Test func `notes and sections follow the screener answers a role's rule fixes`() throws {
        let source = """
            survey nt "Notes" {
              version "1"
            }
            roles {
              a "Alpha person" when who is a
              b "Beta person" when who is b
            }
            section s1 "Screener" {
              single who "Who?" required {
                a "A"
                b "B"
              }
              note "Said to A." when who is a
              note "Said to B." when who is b
            }
            section s2 "For A" when who is a {
              note "A section for A."
            }
            section s3 "End" {
              yesno last "Last"
            }
            """
        let run = try runTool(source: source, ["doc", "--role", "b"])
        #expect(run.status == 0)
        #expect(!run.out.contains("Said to A."))
        #expect(!run.out.contains("For A"))
        #expect(run.out.contains("## 1. Screener"))
        #expect(run.out.contains("> Said to B."))
        #expect(!run.out.contains("Asked only of"), "a condition every respondent of the role meets is not worded")
        #expect(run.out.contains("## 2. End"))
    }

    @Test func `a compiled bundle documents as its source does`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let bundle = folder.appendingPathComponent("routing.bundle.json").path
        #expect(runTool(["compile", routing, "-o", bundle]).status == 0)
        let run = runTool(["doc", bundle, "--role", "la_manager", "--format", "html"])
        #expect(run.status == 0 && run.error.isEmpty)
        #expect(run.out == runTool(["doc", routing, "--role", "la_manager", "--format", "html"]).out)
    }

    @Test func `text that would change the Markdown's structure is escaped`() throws {
        let source = #"""
            survey md "Two\nlines" {
              version "1"
            }
            section s "Part\none" {
              note "Read this.\n---"
              yesno q "First line\nsecond line" help "  Some help  "
              yesno r "1) First"
              yesno t "2023. A year"
            }
            """#
        let run = try runTool(source: source, ["doc"])
        #expect(run.status == 0)
        #expect(run.out.hasPrefix("# Two lines\n"))
        #expect(run.out.contains("## 1. Part one\n"))
        #expect(run.out.contains("> Read this.\\\n> \\---\n"))
        #expect(run.out.contains("### Q1. First line second line\n"))
        #expect(run.out.contains("\n*Some help*\n"))
        #expect(run.out.contains("### Q2. 1\\) First"))
        #expect(run.out.contains("### Q3. 2023\\. A year"))
        #expect(markdownText("1) one\n2023. two\n    code  \n===") == "1\\) one\\\n2023\\. two\\\ncode\\\n\\===")
    }

    @Test func `a list shown with other notes is not called the same options`() throws {
        let source = """
            survey big "Big" {
              version "1"
            }
            choices big {
              a "A"
              b "B"
              c "C"
              d "D"
              e "E"
              f "F"
              g "G"
              none "None of these" exclusive
            }
            section s "S" {
              single one "One?" from big
              multiple many "Many?" from big
              multiple more "More?" from big
            }
            """
        let run = try runTool(source: source, ["doc"])
        #expect(run.status == 0)
        #expect(run.out.contains("None of these *(only on its own)*"))
        #expect(!run.out.contains("The same options as Q1."))
        #expect(run.out.contains("The same options as Q2."))
    }

    @Test func `a line break in the HTML title or a grid's cell label is a space`() throws {
        let source = """
            survey br "Two\\nlines" {
              version "1"
            }
            choices agreement {
              agree "Agree\\nstrongly"
              disagree "Disagree"
            }
            section s "S" {
              grid views "Views" from agreement {
                valued "Valued"
              }
            }
            """
        let run = try runTool(source: source, ["doc", "--format", "html"])
        #expect(run.status == 0)
        #expect(run.out.contains("<title>Two lines</title>"))
        #expect(run.out.contains("data-label=\"Agree strongly"))
        #expect(run.out.contains("<h1>Two<br>lines</h1>"))
    }
}

/// Runs `survey ARGS FILE`, where FILE holds `source`: the file's path follows the arguments' first word.
func runTool(source: String, _ arguments: [String]) throws -> ToolRun {
    let (folder, remove) = try temporaryFolder()
    defer { remove() }
    let file = folder.appendingPathComponent("test.survey")
    try source.write(to: file, atomically: true, encoding: .utf8)
    return runTool([arguments[0], file.path] + arguments.dropFirst())
}
