import Foundation
import SurveyCommandLine
import Testing

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

/// Runs `survey ARGS` in-process, feeding `input` as standard input (by lines, or as one chunk of bytes), and
/// records the output.
///
/// Paths are passed as given; tests pass absolute paths, because the process's working directory is shared by
/// every suite running in parallel. To see paths as a user typing them would, use `runExecutable(_:in:)`.
func runTool(_ arguments: [String], input: String = "") -> ToolRun {
    runTool(arguments, bytes: Array(input.utf8))
}

/// Runs `survey ARGS` in-process with `bytes` as standard input.
func runTool(_ arguments: [String], bytes: [UInt8]) -> ToolRun {
    final class Recorder: @unchecked Sendable {
        let lock = NSLock()
        var out = ""
        var error = ""
        var lines: [String]
        var chunk: [UInt8]?
        init(lines: [String], chunk: [UInt8]) { (self.lines, self.chunk) = (lines, chunk) }
        func record(_ text: String, isError: Bool) { lock.withLock { if isError { error += text } else { out += text } } }
        func nextLine() -> String? { lock.withLock { lines.isEmpty ? nil : lines.removeFirst() } }
        func nextChunk() -> [UInt8]? { lock.withLock { defer { chunk = nil }; return chunk?.isEmpty == false ? chunk : nil } }
    }
    var lines = String(decoding: bytes, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    if lines.last == "" { lines.removeLast() }
    let recorder = Recorder(lines: lines, chunk: bytes)
    let context = Context(
        writeOut: { recorder.record($0, isError: false) }, writeError: { recorder.record($0, isError: true) },
        readLine: { recorder.nextLine() }, environment: [:], isOutputTerminal: false, isInputTerminal: false,
        readChunk: { recorder.nextChunk() })
    let status = Tool.main(arguments, context: context)
    return ToolRun(status: status, out: recorder.out, error: recorder.error)
}

/// The `survey` executable beside the test bundle, built with it.
let surveyExecutable: URL = {
    var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    while !FileManager.default.fileExists(atPath: folder.appendingPathComponent("survey").path), folder.path != "/" {
        folder.deleteLastPathComponent()
    }
    return folder.appendingPathComponent("survey")
}()

/// Runs the built `survey` executable with `ARGS` in its own process, working in `directory`, and records the output.
///
/// The working directory is the child's own, so relative paths resolve and print as a user in that folder
/// would see them, without changing the directory of the test process that other suites share.
func runExecutable(_ arguments: [String], in directory: URL) throws -> ToolRun {
    try #require(FileManager.default.isExecutableFile(atPath: surveyExecutable.path), "the survey executable is built beside the tests")
    let (folder, remove) = try temporaryFolder()
    defer { remove() }
    // Files rather than pipes, so a large output on one stream cannot block the child while the other is read.
    let outPath = folder.appendingPathComponent("out").path
    let errorPath = folder.appendingPathComponent("error").path
    _ = FileManager.default.createFile(atPath: outPath, contents: nil)
    _ = FileManager.default.createFile(atPath: errorPath, contents: nil)
    let out = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
    let error = try FileHandle(forWritingTo: URL(fileURLWithPath: errorPath))
    let process = Process()
    process.executableURL = surveyExecutable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    process.environment = [:]
    process.standardInput = FileHandle.nullDevice
    process.standardOutput = out
    process.standardError = error
    try process.run()
    process.waitUntilExit()
    try out.close()
    try error.close()
    return ToolRun(
        status: process.terminationStatus,
        out: try String(contentsOfFile: outPath, encoding: .utf8),
        error: try String(contentsOfFile: errorPath, encoding: .utf8))
}

/// A temporary folder, removed when the returned closure is called.
func temporaryFolder() throws -> (URL, () -> Void) {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("survey-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return (url, { try? FileManager.default.removeItem(at: url) })
}

/// Parses CSV as RFC 4180 describes it: quoted fields may hold commas, quotes (doubled) and line breaks.
func csvRecords(_ csv: String) -> [[String]] {
    var records: [[String]] = []
    var record: [String] = []
    var field = ""
    var isQuoted = false
    var characters = Array(csv.unicodeScalars)[...]
    while let scalar = characters.popFirst() {
        if isQuoted {
            if scalar == "\"" {
                if characters.first == "\"" { field.unicodeScalars.append("\""); characters.removeFirst() } else { isQuoted = false }
            } else {
                field.unicodeScalars.append(scalar)
            }
        } else if scalar == "\"" {
            isQuoted = true
        } else if scalar == "," {
            record.append(field)
            field = ""
        } else if scalar == "\r", characters.first == "\n" {
            characters.removeFirst()
            record.append(field)
            records.append(record)
            record = []
            field = ""
        } else {
            field.unicodeScalars.append(scalar)
        }
    }
    return records
}
