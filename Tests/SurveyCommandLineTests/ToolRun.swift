import Foundation
import SurveyCommandLine

/// The fixtures of the command-line tests.
let commandFixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

/// The repository root.
let commandRepository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// What one in-process run of `survey` did.
struct ToolRun: Equatable {
    var status: Int32
    var out: String
    var error: String
}

/// Runs `survey ARGS` in-process, feeding `input` as standard input, and records the output.
///
/// Paths are passed as given; tests pass absolute paths, because other suites change the working directory.
func runTool(_ arguments: [String], input: String = "") -> ToolRun {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var out = ""
        var error = ""
        var lines: [String]
        init(lines: [String]) { self.lines = lines }
        func record(_ text: String, isError: Bool) { lock.withLock { if isError { error += text } else { out += text } } }
        func nextLine() -> String? { lock.withLock { lines.isEmpty ? nil : lines.removeFirst() } }
    }
    var lines = input.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let recorder = Recorder(lines: lines)
    let context = Context(
        writeOut: { recorder.record($0, isError: false) }, writeError: { recorder.record($0, isError: true) },
        readLine: { recorder.nextLine() }, environment: [:], isOutputTerminal: false, isInputTerminal: false)
    let status = Tool.main(arguments, context: context)
    return ToolRun(status: status, out: recorder.out, error: recorder.error)
}

/// A temporary folder, removed when the returned closure is called.
func temporaryFolder() throws -> (URL, () -> Void) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("survey-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return (url, { try? FileManager.default.removeItem(at: url) })
}
