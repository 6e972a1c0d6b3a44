import Foundation
@testable import SurveyCommandLine
import Testing

/// What a command writes never replaces what it reads, a device or pipe, or a report on standard output;
/// and every survey in a folder is found, or the command says why not.
@Suite struct OutputSafetyTests {
    let folder: URL
    let remove: () -> Void
    let survey: String
    let shared: String

    init() throws {
        (folder, remove) = try temporaryFolder()
        survey = folder.appendingPathComponent("main.survey").path
        shared = folder.appendingPathComponent("lists.survey").path
        try Data("choices yn {\n  y \"Yes\"\n  n \"No\"\n}\n".utf8).write(to: URL(fileURLWithPath: shared))
        let main = "survey s \"S\" {\n  version \"1\"\n}\ninclude \"lists.survey\"\nsection a \"A\" {\n  single q \"Q?\" from yn\n}\n"
        try Data(main.utf8).write(to: URL(fileURLWithPath: survey))
    }

    func contents(_ path: String) throws -> String { try String(contentsOfFile: path, encoding: .utf8) }

    @Test func `compile refuses to write its bundle over the survey or a file it includes`() throws {
        defer { remove() }
        let before = (try contents(survey), try contents(shared))
        for output in [survey, shared, folder.appendingPathComponent("./main.survey").path] {
            let run = runTool(["compile", survey, "-o", output])
            #expect(run.status == 2)
            #expect(run.error.contains("which this command reads: writing there would replace it"), "\(run.error)")
        }
        #expect((try contents(survey), try contents(shared)) == before)
    }

    @Test func `run refuses a response or resume file that is the survey, before the first question`() throws {
        defer { remove() }
        let before = try contents(survey)
        #expect(runTool(["run", survey, "--out", survey], input: "1\n").status == 2)
        #expect(runTool(["run", survey, "--resume", survey], input: "1\n").status == 2)
        let answers = folder.appendingPathComponent("answers.txt").path
        try Data("q = y\n".utf8).write(to: URL(fileURLWithPath: answers))
        let replay = runTool(["run", survey, "--answers", answers, "--out", answers])
        #expect(replay.status == 2 && replay.out.isEmpty)
        #expect(try contents(survey) == before)
        #expect(try contents(answers) == "q = y\n")
    }

    @Test(arguments: ["doc", "codebook"])
    func `doc and codebook refuse to write over the survey`(command: String) throws {
        defer { remove() }
        let before = try contents(survey)
        #expect(runTool([command, survey, "-o", survey]).status == 2)
        #expect(try contents(survey) == before)
    }

    @Test func `no command writes over a file the survey includes`() throws {
        defer { remove() }
        let before = try contents(shared)
        let answers = folder.appendingPathComponent("answers.txt").path
        try Data("q = y\n".utf8).write(to: URL(fileURLWithPath: answers))
        for arguments in [
            ["doc", survey, "-o", shared], ["codebook", survey, "-o", shared], ["export", survey, folder.path, "-o", shared],
            ["run", survey, "--out", shared], ["run", survey, "--resume", shared], ["run", survey, "--answers", answers, "--out", shared],
            ["diff", survey, survey, "--crosswalk", shared],
        ] {
            let run = runTool(arguments, input: "1\n")
            #expect(run.status == 2, "\(arguments[0]): \(run.error)")
            #expect(run.error.contains("which this command reads"), "\(arguments[0]): \(run.error)")
        }
        #expect(try contents(shared) == before)
    }

    @Test func `diff refuses a crosswalk file that is one of the surveys compared`() throws {
        defer { remove() }
        let before = try contents(survey)
        #expect(runTool(["diff", survey, survey, "--crosswalk", survey]).status == 2)
        #expect(try contents(survey) == before)
    }

    @Test func `a survey read from standard input needs -o, and -o - keeps JSON diagnostics off the bundle`() throws {
        defer { remove() }
        let stdin = runTool(["compile", "-"], input: "survey s \"S\" {\n}\n")
        #expect(stdin.status == 2 && stdin.error.contains("survey compile - -o survey.bundle.json"), "\(stdin.error)")
        let run = runTool(["compile", survey, "-o", "-", "--format", "json"])
        #expect(run.status == 0)
        let bundle = try JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any]
        #expect(bundle?["format"] as? Int == 1)
        #expect(run.error.contains("\"diagnostics\""))
    }

    @Test func `a named pipe given as -o is written to, not replaced`() async throws {
        defer { remove() }
        let pipe = folder.appendingPathComponent("pipe").path
        try #require(mkfifo(pipe, 0o600) == 0)
        // The reader opens the pipe before the writer's open can return, and reads to its end.
        let reader = Task.detached { FileHandle(forReadingAtPath: pipe)?.readDataToEndOfFile() ?? Data() }
        let run = runTool(["compile", survey, "-o", pipe])
        let read = await reader.value
        #expect(run.status == 0, "\(run.error)")
        #expect((try JSONSerialization.jsonObject(with: read) as? [String: Any])?["format"] as? Int == 1)
        #expect(isSpecialFile(pipe))
    }

    @Test func `a folder named like a survey is searched, not read`() throws {
        defer { remove() }
        let inner = folder.appendingPathComponent("old.survey")
        try FileManager.default.createDirectory(at: inner, withIntermediateDirectories: true)
        try Data("survey t \"T\" {\n}\nsection b \"B\" {\n  yesno q \"Q?\" when nope is yes\n}\n".utf8).write(to: inner.appendingPathComponent("inner.survey"))
        let run = runTool(["check", folder.path, "--format", "short"])
        #expect(run.status == 1)
        #expect(run.out.contains("old.survey/inner.survey:4:"), "\(run.out)\(run.error)")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every folder"))
    func `a folder that cannot be read is an error, not skipped`() throws {
        defer { remove() }
        let locked = folder.appendingPathComponent("locked")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o700) }
        let run = runTool(["check", folder.path])
        #expect(run.status == 2)
        #expect(run.error.contains("cannot read the folder `\(locked.path)`"), "\(run.error)")
    }
}
