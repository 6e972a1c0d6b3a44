import Foundation
import Testing

@Suite struct FormatCommandTests {
    @Test func `fmt rewrites a file in place and a second run changes nothing`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let file = folder.appendingPathComponent("draft.survey")
        try FileManager.default.copyItem(at: commandFixtures.appendingPathComponent("inputs/unformatted.survey"), to: file)
        let first = runTool(["fmt", file.path])
        #expect(first.status == 0)
        #expect(first.error == "formatted \(file.path)\n")
        let rewritten = try String(contentsOf: file, encoding: .utf8)
        #expect(rewritten.contains("    agency \"An agency\"         = 2 // the usual case\n"))
        let second = runTool(["fmt", file.path])
        #expect(second.status == 0 && second.error.isEmpty)
        #expect(try String(contentsOf: file, encoding: .utf8) == rewritten)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(leftovers == ["draft.survey"], "no temporary file is left behind")
    }

    @Test func `fmt leaves a file with syntax errors untouched and exits 1`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        let file = folder.appendingPathComponent("broken.survey")
        try FileManager.default.copyItem(at: commandFixtures.appendingPathComponent("inputs/broken.survey"), to: file)
        let before = try Data(contentsOf: file)
        let run = runTool(["fmt", file.path])
        #expect(run.status == 1)
        #expect(run.error.contains("error[E0201]"))
        #expect(try Data(contentsOf: file) == before)
    }

    @Test func `fmt - reads bytes: invalid UTF-8 is refused, and a change of line ending is a change`() {
        let invalid = runTool(["fmt", "-"], bytes: Array("section m \"M\" {\n  yesno a \"A".utf8) + [0xFF] + Array("\"\n}\n".utf8))
        #expect(invalid.status == 1 && invalid.out.isEmpty)
        #expect(invalid.error.contains("error[E0101]"), "\(invalid.error)")
        let crlf = "survey s \"S\" {\r\n  version \"1\"\r\n}\r\n"
        #expect(runTool(["fmt", "--check", "-"], input: crlf).status == 1)
        #expect(runTool(["fmt", "-"], input: crlf).out == "survey s \"S\" {\n  version \"1\"\n}\n")
    }

    @Test func `fmt --diff shows changed line endings and a missing final newline, with each line's own ending`() {
        let crlf = runTool(["fmt", "--diff", "-"], input: "survey s \"S\" {\r\n  version \"1\"\r\n}\r\n")
        #expect(crlf.out.contains("-survey s \"S\" {\r\n"), "\(crlf.out)")
        #expect(crlf.out.contains("+survey s \"S\" {\n"), "\(crlf.out)")
        let unended = runTool(["fmt", "--diff", "-"], input: "survey s \"S\" {\n  version \"1\"\n}")
        #expect(unended.out.hasSuffix("-}\n\\ No newline at end of file\n+}\n"), "\(unended.out)")
    }

    @Test func `fmt lists syntax errors in the order of the file, as check does`() {
        // The `#` is the lexer's error and the `..` the parser's: the lexer's came first.
        let run = runTool(["fmt", "-"], input: "survey a \"A\" {\n}\nsection s \"S\" {\n  number n \"N\" range 5..1 # c\n}\n")
        #expect(run.status == 1)
        let codes = run.error.split(separator: "\n").filter { $0.hasPrefix("error[") }.map { String($0.prefix(11)) }
        #expect(codes == ["error[E0201", "error[E0102"], "\(run.error)")
    }

    @Test func `fmt formats every survey in a folder`() throws {
        let (folder, remove) = try temporaryFolder()
        defer { remove() }
        for name in ["formatted.survey", "unformatted.survey"] {
            try FileManager.default.copyItem(at: commandFixtures.appendingPathComponent("inputs/\(name)"), to: folder.appendingPathComponent(name))
        }
        #expect(runTool(["fmt", "--check", folder.path]).status == 1)
        #expect(runTool(["fmt", folder.path]).status == 0)
        #expect(runTool(["fmt", "--check", folder.path]) == ToolRun(status: 0, out: "", error: ""))
    }

    @Test func `fmt without a path is a usage error`() {
        let run = runTool(["fmt"])
        #expect(run.status == 2)
        #expect(run.error.hasPrefix("error: name the files or folders to format"))
    }
}
