import Foundation
import Testing

private let fixtures = commandFixtures.appendingPathComponent("check")

/// Runs the `survey` executable with `ARGS` from the fixtures folder, so that paths are given and shown
/// relative to it (`broken.survey:10:60`) as a user in that folder would see them.
private func survey(_ arguments: String...) throws -> ToolRun {
    try runExecutable(arguments, in: fixtures)
}

@Suite struct CheckCommandTests {
    @Test func `a clean file exits 0 with a summary`() throws {
        let result = try survey("check", "clean.survey")
        #expect(result.status == 0)
        #expect(result.out == "checked 1 file: 0 errors, 0 warnings\n")
    }

    @Test func `errors exit 1 and are all reported in the short format`() throws {
        let result = try survey("check", "broken.survey", "--format", "short")
        #expect(result.status == 1)
        #expect(result.out == """
            broken.survey:10:60: error[E0302]: `employer` has no option `agnecy`
            broken.survey:11:25: error[E0405]: the range 100...0 is empty

            """)
    }

    @Test func `the short format matches the problem pattern docs/editors.md gives editors`() throws {
        let document = try String(contentsOf: commandRepository.appendingPathComponent("docs/editors.md"), encoding: .utf8)
        let json = try #require(document.components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        let tasks = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let task = try #require((tasks["tasks"] as? [[String: Any]])?.first)
        let pattern = try #require(((task["problemMatcher"] as? [String: Any])?["pattern"] as? [String: Any])?["regexp"] as? String)
        let expression = try NSRegularExpression(pattern: pattern)
        let result = try survey("check", "broken.survey", "warned.survey", "--format", "short")
        let lines = result.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        let groups: [[String]] = lines.compactMap { line in
            guard let match = expression.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) else { return nil }
            return (1..<match.numberOfRanges).map { String(line[Range(match.range(at: $0), in: line)!]) }
        }
        #expect(groups.count == lines.count, "every line matches")
        #expect(groups.first == ["broken.survey", "10", "60", "error", "E0302", "`employer` has no option `agnecy`"])
        #expect(groups.last?[3] == "warning")
    }

    @Test func `the human format shows the source line, a caret and the suggestion`() throws {
        let result = try survey("check", "broken.survey")
        #expect(result.out.contains("""
            error[E0302]: `employer` has no option `agnecy`
              --> broken.survey:10:60
               |
             6 |   single employer "Who pays you?" {
               |          -------- `employer` declared here
            ...
            10 |   yesno caps "Do you know the rate caps?" when employer is agnecy
               |                                                            ^^^^^^ not an option of `employer`
               |
               = note: options are `local_authority` and `agency`
               = help: did you mean `agency`?
            """))
    }

    @Test func `warnings pass unless strict`() throws {
        #expect(try survey("check", "warned.survey").status == 0)
        #expect(try survey("check", "warned.survey", "--strict").status == 1)
    }

    @Test func `the JSON format is machine-readable with locations and a summary`() throws {
        let result = try survey("check", "broken.survey", "warned.survey", "--format", "json")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let diagnostics = try #require(document["diagnostics"] as? [[String: Any]])
        #expect(diagnostics.map { $0["code"] as? String } == ["E0302", "E0405", "W0501"])
        let primary = try #require(diagnostics[0]["primary"] as? [String: Any])
        #expect(primary["file"] as? String == "broken.survey")
        #expect(primary["line"] as? Int == 10)
        #expect(primary["column"] as? Int == 60)
        #expect(diagnostics[0]["help"] as? String == "did you mean `agency`?")
        let fix = try #require(diagnostics[0]["fix"] as? [String: Any])
        #expect(fix["replacement"] as? String == "agency" && fix["line"] as? Int == 10 && fix["column"] as? Int == 60 && fix["endColumn"] as? Int == 66)
        #expect(diagnostics[1]["fix"] is NSNull)
        let summary = try #require(document["summary"] as? [String: Int])
        #expect(summary == ["files": 2, "errors": 2, "warnings": 1])
    }

    @Test func `the JSON report in docs/editors.md is what check writes for its survey`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let source = "survey a \"A\" {\n  version \"1\"\n}\nsection s \"S\" {\n  yesno working \"W?\"\n  yesno b \"B?\" when wrking is yes\n}\n"
        try source.write(to: folder.appendingPathComponent("a.survey"), atomically: true, encoding: .utf8)
        let run = try runExecutable(["check", "a.survey", "--format", "json"], in: folder)
        let guide = try String(contentsOf: commandRepository.appendingPathComponent("docs/editors.md"), encoding: .utf8)
        let example = try #require(guide.components(separatedBy: "```json\n").dropFirst().first { $0.hasPrefix("{\n  \"diagnostics\"") })
        #expect(run.out == example.components(separatedBy: "```").first, "\(run.out)")
    }

    @Test func `the GitHub format writes one workflow annotation per diagnostic`() throws {
        let result = try survey("check", "broken.survey", "--format", "github")
        let lines = result.out.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0] == "::error file=broken.survey,line=10,col=60,endColumn=66,title=E0302 unknown option::`employer` has no option `agnecy`%0Ahelp: did you mean `agency`?")
    }

    @Test func `files that include each other are reported through the first, and a shared file's problems once`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let files = [
            // A cycle: each file includes the other, and the second has a syntax error.
            "a.survey": "survey a \"A\" {\n}\ninclude \"b.survey\"\nsection s \"S\" {\n  single x \"X\" from l\n}\n",
            "b.survey": "include \"a.survey\"\nchoices l {\n  p \"P\"\n}\nsection bad \"B\" { yesno\n",
            // Two surveys sharing a file with an unused list.
            "c.survey": "survey c \"C\" {\n}\ninclude \"shared/lists.survey\"\n",
            "d.survey": "survey d \"D\" {\n}\ninclude \"shared/lists.survey\"\n",
            "shared/lists.survey": "choices unused {\n  p \"P\"\n}\n",
        ]
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("shared"), withIntermediateDirectories: true)
        for (path, text) in files { try text.write(to: folder.appendingPathComponent(path), atomically: true, encoding: .utf8) }
        let result = try runExecutable(["check", ".", "a.survey", "--format", "short"], in: folder)
        #expect(result.status == 1)
        #expect(result.out == """
            b.survey:1:9: error[E0606]: `a.survey` includes itself
            b.survey:5:17: error[E0208]: no `}` closes the section `bad`
            b.survey:5:24: error[E0201]: expected the question's identifier, found the end of the file
            shared/lists.survey:1:9: warning[W0502]: choice list `unused` is never used

            """)
    }

    @Test func `a missing path is a usage error with exit 2`() throws {
        let result = try survey("check", "nowhere.survey")
        #expect(result.status == 2)
        #expect(result.error.contains("no such file or folder"))
    }

    @Test func `an unknown option suggests the closest one`() throws {
        let result = try survey("check", "clean.survey", "--formt", "json")
        #expect(result.status == 2)
        #expect(result.error == "error: unknown option `--formt`\nhelp: did you mean `--format`?\n")
    }

    @Test func `an unknown command suggests the closest one`() throws {
        let result = try survey("chek")
        #expect(result.status == 2)
        #expect(result.error.contains("did you mean `survey check`?"))
    }

    @Test func `compile refuses to write a bundle when there are errors`() throws {
        let output = NSTemporaryDirectory() + "broken-\(UUID().uuidString).json"
        let result = try survey("compile", "broken.survey", "-o", output)
        #expect(result.status == 1)
        #expect(!FileManager.default.fileExists(atPath: output))
    }

    @Test func `compile writes the bundle and leaves no temporary file`() throws {
        let folder = NSTemporaryDirectory() + "compile-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let result = try survey("compile", "clean.survey", "-o", folder + "/clean.json")
        #expect(result.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["clean.json"])
        let text = try String(contentsOfFile: folder + "/clean.json", encoding: .utf8)
        #expect(text.hasPrefix("{\n  \"digest\" : {"))
    }

    @Test func `version and help exit 0`() throws {
        #expect(try survey("--version").out.hasPrefix("survey "))
        #expect(try survey("check", "--help").out.contains("Examples:"))
    }
}

/// A survey can be read from a pipe, as the shell's `<(git show main:x.survey)` gives one.
@Test func `a survey named by a pipe is read and checked`() throws {
    let (folder, remove) = try temporaryFolder()
    defer { remove() }
    let pipe = folder.appendingPathComponent("pipe.survey").path
    try #require(mkfifo(pipe, 0o600) == 0)
    let survey = try Data(contentsOf: commandFixtures.appendingPathComponent("inputs/broken.survey"))
    let writer = Thread { FileHandle(forWritingAtPath: pipe)?.write(survey) }
    writer.start()
    let run = runTool(["check", pipe, "--format", "short"])
    #expect(run.status == 1)
    #expect(run.out.contains("pipe.survey:"), "\(run.out)\(run.error)")
}

/// Output that cannot be written (a full disk, here `/dev/full`) fails the command, whatever it found.
struct StandardOutputFailureTests {
    @Test(arguments: [["explain", "--all"], ["compile", "SURVEY", "-o", "-"], ["check", "SURVEY", "--format", "json"]])
    func `a command whose standard output cannot be written exits 2 and says why`(arguments: [String]) throws {
        let full = try #require(FileHandle(forWritingAtPath: "/dev/full"), "this system has /dev/full")
        let survey = commandRepository.appendingPathComponent("surveys/big-conversation-2025.survey").path
        let process = Process()
        process.executableURL = surveyExecutable
        process.arguments = arguments.map { $0 == "SURVEY" ? survey : $0 }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = full
        let error = Pipe()
        process.standardError = error
        try process.run()
        let said = String(decoding: error.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(said.contains("error: cannot write to standard output: No space left on device"), "\(said)")
    }
}
