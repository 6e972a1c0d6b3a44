import Foundation
import Testing

/// Every `Fixtures/<command>/*.txtar` case, run in-process; `UPDATE_GOLDEN=1` rewrites the expected output.
@Suite struct CommandGoldenTests {
    static let cases: [String] = ["fmt", "doc", "codebook", "export", "diff", "run"].flatMap { command in
        ((try? FileManager.default.contentsOfDirectory(atPath: commandFixtures.appendingPathComponent(command).path)) ?? [])
            .filter { $0.hasSuffix(".txtar") }.sorted().map { "\(command)/\($0)" }
    }

    @Test(arguments: cases)
    func `a command's output matches its golden case`(name: String) throws {
        let file = commandFixtures.appendingPathComponent(name)
        var golden = GoldenCase(parsing: try String(contentsOf: file, encoding: .utf8))
        let run = runTool(golden.arguments, input: golden["stdin"] ?? "")
        let status = "\(run.status)\n"
        let out = GoldenCase.normalised(run.out)
        let error = GoldenCase.normalised(run.error)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            golden["status"] = status
            golden["stdout"] = out
            golden["stderr"] = error
            try golden.text.write(to: file, atomically: true, encoding: .utf8)
        }
        #expect(status == golden["status"], "exit status")
        #expect(out == golden["stdout"], "standard output")
        #expect(error == golden["stderr"], "standard error")
    }
}
