#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import Synchronization

/// What a command may touch: its output streams, standard input, environment and terminal.
///
/// Tests build one that records output in memory, so every command runs in-process.
public struct Context: Sendable {
    public var writeOut: @Sendable (String) -> Void
    public var writeError: @Sendable (String) -> Void
    public var readLine: @Sendable () -> String?
    /// The next bytes of standard input as they arrive, or nil at its end (for `survey lsp`, whose messages
    /// are not lines).
    public var readChunk: @Sendable () -> [UInt8]? = { nil }
    public var environment: [String: String]
    /// Whether standard output is a terminal (for colour).
    public var isOutputTerminal: Bool
    /// Whether standard input is a terminal (for interactive prompts).
    public var isInputTerminal: Bool
    /// Whether the process ends when the command does, so that large values can be left for the exit to
    /// reclaim (`leaveToExit`).
    public var endsWithCommand = false
    /// Why a write to standard output failed (a full disk, a closed pipe), or nil when none has: the command
    /// then exits 2, so that CI never takes a truncated report or bundle for a success.
    public var outputFailure: @Sendable () -> String? = { nil }
    /// Whether the last line `readLine` returned had bytes that are not UTF-8 (replaced by U+FFFD in it), as
    /// distinct from a line in which U+FFFD was typed.
    public var lastLineWasNotUTF8: @Sendable () -> Bool = { false }

    /// The context of the running process.
    public static var process: Context {
        Context(
            writeOut: { text in
                let code = writeText(text, to: STDOUT_FILENO)
                // The first failure is kept; later writes are still tried, as a pipe's reader may come back.
                if code != 0 { _ = standardOutputError.compareExchange(expected: 0, desired: code, ordering: .relaxed) }
            },
            writeError: { text in _ = writeText(text, to: STDERR_FILENO) },
            readLine: readStandardInputLine,
            environment: ProcessInfo.processInfo.environment,
            isOutputTerminal: isatty(STDOUT_FILENO) == 1,
            isInputTerminal: isatty(STDIN_FILENO) == 1, endsWithCommand: true, readChunk: readStandardInputChunk,
            outputFailure: {
                let code = standardOutputError.load(ordering: .relaxed)
                return code == 0 ? nil : String(cString: strerror(code))
            }, lastLineWasNotUTF8: { lastLineNotUTF8.load(ordering: .relaxed) })
    }

    /// Creates a context.
    public init(
        writeOut: @escaping @Sendable (String) -> Void, writeError: @escaping @Sendable (String) -> Void,
        readLine: @escaping @Sendable () -> String?, environment: [String: String], isOutputTerminal: Bool,
        isInputTerminal: Bool, endsWithCommand: Bool = false, readChunk: @escaping @Sendable () -> [UInt8]? = { nil },
        outputFailure: @escaping @Sendable () -> String? = { nil }, lastLineWasNotUTF8: @escaping @Sendable () -> Bool = { false }
    ) {
        self.outputFailure = outputFailure
        self.lastLineWasNotUTF8 = lastLineWasNotUTF8
        self.endsWithCommand = endsWithCommand
        self.readChunk = readChunk
        self.writeOut = writeOut
        self.writeError = writeError
        self.readLine = readLine
        self.environment = environment
        self.isOutputTerminal = isOutputTerminal
        self.isInputTerminal = isInputTerminal
    }

    /// Colour only on a terminal, and never when `NO_COLOR` is set.
    var usesColour: Bool { isOutputTerminal && (environment["NO_COLOR"] ?? "").isEmpty }

    func out(_ text: String) { writeOut(text) }
    func error(_ text: String) { writeError(text) }

    /// Ends a command's use of a large value. When the process ends with the command, the value is left
    /// for the exit to reclaim, as clang leaves its trees: freeing a big survey's tree piece by piece takes
    /// longer than the whole exit. Otherwise (tests, embedding) it is freed as usual.
    func leaveToExit<Value>(_ value: consuming Value) {
        guard endsWithCommand else { return }
        _ = Unmanaged.passRetained(LeftToExit(value))
    }
}

/// The `errno` of the first failed write to the process's standard output, or 0.
private let standardOutputError = Atomic<Int32>(0)
private let lastLineNotUTF8 = Atomic<Bool>(false)
/// Standard input as a stream for `getline`, read only by `readStandardInputLine`, one call at a time as
/// `Swift.readLine` reads it (`survey lsp` reads the descriptor itself, in its own process).
nonisolated(unsafe) private let standardInput = fdopen(STDIN_FILENO, "r")

/// A line of standard input without its LF or CR LF, or nil at the end; whether its bytes were UTF-8 is kept for
/// `lastLineWasNotUTF8` (`Swift.readLine` replaces bad bytes without a word).
@Sendable private func readStandardInputLine() -> String? {
    var buffer: UnsafeMutablePointer<CChar>?
    var capacity = 0
    defer { free(buffer) }
    let count = getline(&buffer, &capacity, standardInput)
    guard count >= 0, let buffer else { return nil }
    var bytes = Array(UnsafeRawBufferPointer(start: buffer, count: count))
    if bytes.last == UInt8(ascii: "\n") {
        bytes.removeLast()
        if bytes.last == UInt8(ascii: "\r") { bytes.removeLast() }
    }
    let text = String(validating: bytes, as: UTF8.self)
    lastLineNotUTF8.store(text == nil, ordering: .relaxed)
    return text ?? String(decoding: bytes, as: UTF8.self)
}

private final class LeftToExit<Value> {
    let value: Value
    init(_ value: consuming Value) { self.value = value }
}

/// Exit statuses shared by every command.
public enum ExitStatus {
    public static let success: Int32 = 0
    /// Errors in the survey, a failed gate, or an invalid answer.
    public static let failure: Int32 = 1
    /// Wrong arguments, or a file that cannot be read or written.
    public static let usage: Int32 = 2
}

/// A problem with the command line or the file system, reported with exit status 2.
struct UsageError: Error {
    var message: String
    var help: String?

    init(_ message: String, help: String? = nil) {
        self.message = message
        self.help = help
    }
}
