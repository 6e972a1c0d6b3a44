import Foundation
import SurveyBundle
@testable import SurveyCommandLine
import SurveyRuntime
import Synchronization
import Testing

@Suite struct RunCommandTests {
    let survey = commandFixtures.appendingPathComponent("inputs/big-conversation-2025.survey").path

    @Test func `quitting saves the answers and --resume continues where the respondent stopped`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let resume = folder.appendingPathComponent("answers.resume.json").path
        let first = runTool(["run", survey, "--resume", resume], input: "2\n1\ncamden\n:quit\n")
        #expect(first.status == 0)
        #expect(first.out.contains("Your answers are saved."))
        let saved = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: resume)))
        #expect(saved.answers["local_authority"] == .option("camden"))

        let second = runTool(["run", survey, "--resume", resume], input: ":back\n\n")
        #expect(second.out.contains("Continuing from"))
        #expect(second.out.contains("Your answer was: Camden. Press Enter to keep it."))
        #expect(second.status == 1, "the input ends before the survey does")
        #expect(second.error.contains("the answers so far are saved"))
    }

    @Test func `a grid's statements can be gone back over and corrected, and those answered are kept on quitting`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("grid.survey").path
        try Self.gridSurvey.write(toFile: source, atomically: true, encoding: .utf8)
        let resume = folder.appendingPathComponent("grid.resume.json").path
        // `agree` for the first statement, a slip on the second, back to the first, then `:quit` on the third.
        let run = runTool(["run", source, "--resume", resume], input: "2\nxx\n:back\n1\n2\n:quit\n")
        #expect(run.status == 0)
        #expect(run.out.contains("`xx` is not one of the options"))
        #expect(!run.out.contains("left blank"))
        let saved = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: resume)))
        #expect(saved.answers["views"] == .grid(["valued": "disagree", "heard": "agree"]))

        // Back to a whole answer, one statement changed, then `:quit`: the others keep their answers.
        let again = folder.appendingPathComponent("again.resume.json").path
        _ = runTool(["run", source, "--resume", again], input: "2\n2\n2\n:back\n1\n:quit\n")
        let changed = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: again)))
        #expect(changed.answers["views"] == .grid(["valued": "disagree", "heard": "agree", "safe": "agree"]))

        // Back to the grid, and `:skip` on its first statement: that statement is left blank, not the grid.
        let skipped = folder.appendingPathComponent("skipped.resume.json").path
        _ = runTool(["run", source, "--resume", skipped], input: "1\n2\n2\n:back\n:skip\n\n\n:quit\n")
        let kept = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: skipped)))
        #expect(kept.answers["views"] == .grid(["heard": "agree", "safe": "agree"]))
    }

    @Test func `a statement typed on this pass is kept by Enter after going back, and every statement is saved as it is typed`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("grid.survey").path
        try Self.gridSurvey.write(toFile: source, atomically: true, encoding: .utf8)
        let resume = folder.appendingPathComponent("grid.resume.json").path
        // `agree` for the first statement, back to it, Enter, `disagree` for the second; then the input ends
        // (as when the process is killed): what was typed is in the resume file, and the respondent is at the grid.
        let run = runTool(["run", source, "--resume", resume], input: "2\n:back\n\n1\n")
        #expect(run.out.contains("I feel valued [was Agree]"))
        let saved = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: resume)))
        #expect(saved.answers["views"] == .grid(["valued": "agree", "heard": "disagree"]))
        #expect(saved.path.isEmpty && saved.position == 0)
        // Resumed, Enter keeps both and the third is asked.
        let resumed = runTool(["run", source, "--resume", resume, "--out", folder.appendingPathComponent("r.json").path], input: "\n\n2\nno\n")
        #expect(resumed.status == 0)
        let response = try JSONDecoder().decode(Response.self, from: Data(contentsOf: folder.appendingPathComponent("r.json")))
        #expect(response.answers["views"] == .grid([
            "valued": ChosenOption(option: "agree", code: nil), "heard": ChosenOption(option: "disagree", code: nil),
            "safe": ChosenOption(option: "agree", code: nil),
        ]))
    }

    @Test func `the commands are commands where the text of a "please specify" option is asked for`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let resume = folder.appendingPathComponent("s.resume.json").path
        // `job_level`'s "Another social work role" takes typed text; `:quit` there stops rather than being the text.
        let quit = runTool(["run", survey, "--resume", resume], input: "1\nother_role\n:quit\n")
        #expect(quit.status == 0 && quit.out.contains("Your answers are saved."))
        let saved = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: resume)))
        #expect(saved.answers["job_level"] == nil)
        // `:back` asks the question again; `:skip` leaves the text out.
        _ = runTool(["run", survey, "--resume", resume], input: "other_role\n:back\nother_role\n:skip\n:quit\n")
        let again = try JSONDecoder().decode(SessionState.self, from: Data(contentsOf: URL(fileURLWithPath: resume)))
        #expect(again.answers["job_level"] == .option("other_role"))
    }

    @Test func `a response is not written to the resume file, which goes when the survey is complete`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let resume = folder.appendingPathComponent("r.json").path
        let run = runTool(["run", survey, "--resume", resume, "--out", folder.appendingPathComponent("./r.json").path], input: "3\n")
        #expect(run.status == 2 && run.error.contains("is the resume file"))
        // Through a link to the folder, before the resume file exists.
        let link = folder.appendingPathComponent("link").path
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: folder.path)
        let linked = runTool(["run", survey, "--resume", resume, "--out", "\(link)/r.json"], input: "3\n")
        #expect(linked.status == 2 && linked.error.contains("is the resume file"))
        // A link to the resume file, which does not exist yet.
        let response = folder.appendingPathComponent("response.json").path
        try FileManager.default.createSymbolicLink(atPath: response, withDestinationPath: "r.json")
        let dangling = runTool(["run", survey, "--resume", resume, "--out", response], input: "3\n")
        #expect(dangling.status == 2 && dangling.error.contains("is the resume file"))
    }

    @Test func `a response that did not reach standard output leaves the resume file`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("grid.survey").path
        try Self.gridSurvey.write(toFile: source, atomically: true, encoding: .utf8)
        let resume = folder.appendingPathComponent("grid.resume.json").path
        let lines = Mutex(["1", "1", "1", "no"])
        let context = Context(
            writeOut: { _ in }, writeError: { _ in }, readLine: { lines.withLock { $0.isEmpty ? nil : $0.removeFirst() } },
            environment: [:], isOutputTerminal: false, isInputTerminal: false, outputFailure: { "No space left on device" })
        #expect(Tool.main(["run", source, "--resume", resume], context: context) == 2)
        #expect(FileManager.default.fileExists(atPath: resume))
    }

    @Test func `an answers file naming a question by its earlier wave's identifier is pointed to the question that continues it`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("w.survey").path
        try "survey w \"W\" {\n  version \"2027\"\n}\nchoices yn {\n  y \"Yes\"\n  n \"No\"\n}\nsection s \"S\" {\n  yesno plans_12m \"Staying?\" continues intentions_12m\n  grid g \"G\" from yn {\n    saves_time \"Saves time\"\n  }\n}\n"
            .write(toFile: source, atomically: true, encoding: .utf8)
        let answers = folder.appendingPathComponent("a.answers").path
        try "intentions_12m = yes\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let run = runTool(["run", source, "--answers", answers])
        #expect(run.error.contains("`intentions_12m` is not a question of this survey (`plans_12m` continues it in this version)"), "\(run.error)")
        try "plans_12m = yes\ng = saves_tim: y\n".write(toFile: answers, atomically: true, encoding: .utf8)
        let typo = runTool(["run", source, "--answers", answers])
        #expect(typo.error.contains("`saves_tim` is not one of the statements. Did you mean `saves_time`?"), "\(typo.error)")
    }

    @Test func `a refused grid asks its first statement again`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("grid.survey").path
        try Self.gridSurvey.replacingOccurrences(of: "from agreement {", with: "from agreement required {").write(toFile: source, atomically: true, encoding: .utf8)
        let run = runTool(["run", source, "--resume", folder.appendingPathComponent("r.json").path], input: "1\n\n\n")
        #expect(run.out.contains("! Please answer every statement.\n  I feel valued [was Disagree]\n> "), "\(run.out)")
    }

    @Test func `a line that was not UTF-8 is asked again, and a U+FFFD typed as such is taken`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = folder.appendingPathComponent("t.survey").path
        try "survey t \"T\" {\n  version \"1\"\n}\nsection s \"S\" {\n  text a \"A?\"\n}\n".write(toFile: source, atomically: true, encoding: .utf8)
        let lines = Mutex([("caf\u{FFFD}", true), ("ok \u{FFFD}", false)])
        let last = Mutex(false)
        let out = Mutex("")
        let context = Context(
            writeOut: { text in out.withLock { $0 += text } }, writeError: { _ in },
            readLine: {
                lines.withLock { lines in
                    guard !lines.isEmpty else { return nil }
                    let (line, invalid) = lines.removeFirst()
                    last.withLock { $0 = invalid }
                    return line
                }
            },
            environment: [:], isOutputTerminal: false, isInputTerminal: false, lastLineWasNotUTF8: { last.withLock { $0 } })
        let response = folder.appendingPathComponent("r.json").path
        #expect(Tool.main(["run", source, "--resume", folder.appendingPathComponent("s.json").path, "--out", response], context: context) == 0)
        #expect(out.withLock { $0 }.contains("That line is not UTF-8 text"))
        let recorded = try JSONDecoder().decode(Response.self, from: Data(contentsOf: URL(fileURLWithPath: response)))
        #expect(recorded.answers["a"] == .text("ok \u{FFFD}"))
    }

    static let gridSurvey = """
        survey g "G" {
          version "1"
        }
        choices agreement ordered {
          disagree "Disagree"
          agree "Agree"
        }
        section s "S" {
          grid views "How far do you agree?" from agreement {
            valued "I feel valued"
            heard "I feel heard"
            safe "I feel safe"
          }
          yesno more "More?"
        }

        """

    @Test func `a resume file of another survey is refused`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let resume = folder.appendingPathComponent("r.json").path
        _ = runTool(["run", survey, "--resume", resume], input: "3\n:quit\n")
        let other = commandFixtures.appendingPathComponent("inputs/big-listen-2023.survey").path
        let run = runTool(["run", other, "--resume", resume], input: "")
        #expect(run.status == 2)
        #expect(run.error.contains("different version of the survey"))
    }

    @Test func `a completed replay writes the response file atomically and it validates`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let out = folder.appendingPathComponent("response.json").path
        let answers = commandFixtures.appendingPathComponent("run/agency-social-worker.answers").path
        let run = runTool(["run", survey, "--answers", answers, "--out", out])
        #expect(run.status == 0)
        let response = try JSONDecoder().decode(Response.self, from: Data(contentsOf: URL(fileURLWithPath: out)))
        #expect(response.role == "agency_social_worker")
        #expect(response.completed)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["response.json"], "no temporary file is left")
    }

    @Test func `an earlier answer that no longer fits says how to move on, where Enter would refuse it again`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let resume = folder.appendingPathComponent("hours.resume.json").path
        // An agency worker: 40 hours worked, 38 paid; back to the hours worked, now 30, and Enter keeps the 38 paid.
        let run = runTool(["run", survey, "--resume", resume], input: "2\n1\ncamden\n\n\n\n\n\n\n\n\n\n\n\n18\n40\n38\n:back\n:back\n30\n\n")
        #expect(run.out.contains("! Your earlier answer no longer fits: type another answer, or :skip to leave it unanswered."), "\(run.out)")
    }

    @Test func `answers replay from the start, so --answers with --resume is a usage error`() {
        let run = runTool(["run", survey, "--answers", "a.answers", "--resume", "r.json"])
        #expect(run.status == 2 && run.error.contains("does not take `--resume`"))
    }

    @Test func `the default resume file names the survey's version, so two waves keep theirs apart`() {
        var survey = SurveyBundle.Survey(id: "big_conversation", title: "T", version: "2025", anonymous: true, minutes: nil, roles: [], screener: [], sections: [], summaries: [])
        #expect(Tool.defaultResumePath(survey) == "big_conversation-2025.resume.json")
        survey.version = "2027 pilot/2"
        #expect(Tool.defaultResumePath(survey) == "big_conversation-2027-pilot-2.resume.json")
        survey.version = ""
        #expect(Tool.defaultResumePath(survey) == "big_conversation.resume.json")
    }
}

@Suite struct DiffCommandTests {
    let old = commandFixtures.appendingPathComponent("inputs/big-listen-2023.survey").path
    let new = commandFixtures.appendingPathComponent("inputs/big-conversation-2025.survey").path

    @Test func `--crosswalk writes the same CSV as --format csv`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let file = folder.appendingPathComponent("crosswalk.csv").path
        let withFile = runTool(["diff", old, new, "--crosswalk", file, "--format", "markdown"])
        let asCSV = runTool(["diff", old, new, "--format", "csv"])
        #expect(withFile.status == 0)
        #expect(try String(contentsOfFile: file, encoding: .utf8) == asCSV.out)
        #expect(withFile.out.hasPrefix("#"))
    }

    @Test func `the gate fails on the breaking changes between the waves`() {
        let run = runTool(["diff", old, new, "--fail-on", "breaking", "--format", "json"])
        #expect(run.status == 1)
        #expect(run.error == "error: the changes fail `--fail-on breaking`\n")
    }

    @Test func `a compiled bundle is compared like its source`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let bundle = folder.appendingPathComponent("new.bundle.json").path
        #expect(runTool(["compile", new, "-o", bundle]).status == 0)
        #expect(runTool(["diff", old, bundle, "--format", "json"]).out == runTool(["diff", old, new, "--format", "json"]).out)
    }

    @Test func `a tampered bundle is refused with exit 2`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let bundle = folder.appendingPathComponent("new.bundle.json").path
        #expect(runTool(["compile", new, "-o", bundle]).status == 0)
        var text = try String(contentsOfFile: bundle, encoding: .utf8)
        text = text.replacingOccurrences(of: "The Big Conversation", with: "The Big Chat")
        try text.write(toFile: bundle, atomically: true, encoding: .utf8)
        let run = runTool(["diff", old, bundle])
        #expect(run.status == 2)
        #expect(run.error.contains("edited or corrupted"))
    }
}

/// The shipped surveys the golden cases read are the ones in surveys/.
@Test func `the fixture copies of the shipped surveys are current`() throws {
    for name in ["big-listen-2023.survey", "big-conversation-2025.survey"] {
        let shipped = try Data(contentsOf: commandRepository.appendingPathComponent("surveys/\(name)"))
        let copy = try Data(contentsOf: commandFixtures.appendingPathComponent("inputs/\(name)"))
        #expect(shipped == copy, "copy surveys/\(name) to Tests/SurveyCommandLineTests/Fixtures/inputs/ and refresh the goldens with UPDATE_GOLDEN=1")
    }
}
