/// How serious a diagnostic is.
public enum Severity: String, Sendable, Comparable {
    case warning, error

    public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs == .warning && rhs == .error }
}

/// A source range with a short text printed under it.
public struct Label: Sendable, Hashable {
    public var range: SourceRange
    public var text: String

    /// Creates a label.
    public init(_ range: SourceRange, _ text: String) {
        self.range = range
        self.text = text
    }
}

/// An edit that may fix a problem: the text of `range` replaced by `replacement`.
///
/// It is offered, not applied: a misspelt name's fix is the closest declared name, which is a guess. An
/// editor shows it as a quick fix (`survey lsp`), and `survey check --format json` lists it for tools.
public struct Fix: Sendable, Hashable {
    public var range: SourceRange
    public var replacement: String

    /// Creates a fix.
    public init(range: SourceRange, replacement: String) {
        self.range = range
        self.replacement = replacement
    }

    /// The fix that writes `word` over `range`, with a space on a side where the text would otherwise run on
    /// into it (`a&&b` becomes `a and b`).
    static func word(_ word: String, replacing range: SourceRange, in bytes: [UInt8]) -> Fix {
        func joins(_ index: Int) -> Bool {
            guard bytes.indices.contains(index) else { return false }
            let byte = bytes[index]
            return !(byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")"))
        }
        return Fix(range: range, replacement: (joins(range.start - 1) ? " " : "") + word + (joins(range.end) ? " " : ""))
    }
}

/// One problem found in the sources: a stable code, a message, where it is, and how to fix it.
///
/// Diagnostics are made only by the constructors in `Messages.swift`, so every wording lives in one place.
public struct Diagnostic: Sendable, Hashable {
    public var code: DiagnosticCode
    public var message: String
    public var primary: Label
    public var secondary: [Label]
    public var notes: [String]
    public var help: String?
    /// An edit that may fix the problem, when one can be written down; `help` says it in words.
    public var fix: Fix?

    /// The severity, which the code decides.
    public var severity: Severity { code.severity }

    init(
        _ code: DiagnosticCode, _ message: String, at primary: Label, secondary: [Label] = [], notes: [String] = [], help: String? = nil,
        fix: Fix? = nil
    ) {
        self.code = code
        self.message = message
        self.primary = primary
        self.secondary = secondary
        self.notes = notes
        self.help = help
        self.fix = fix
    }
}

extension Array where Element == Diagnostic {
    /// Whether any diagnostic is an error.
    public var hasErrors: Bool { contains { $0.severity == .error } }

    /// The diagnostics in source order: by file, then offset, then code.
    public func sortedBySource() -> [Diagnostic] {
        sorted {
            ($0.primary.range.file, $0.primary.range.start, $0.code.rawValue)
                < ($1.primary.range.file, $1.primary.range.start, $1.code.rawValue)
        }
    }
}
