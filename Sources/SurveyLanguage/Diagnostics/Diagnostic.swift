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

    /// The severity, which the code decides.
    public var severity: Severity { code.severity }

    init(_ code: DiagnosticCode, _ message: String, at primary: Label, secondary: [Label] = [], notes: [String] = [], help: String? = nil) {
        self.code = code
        self.message = message
        self.primary = primary
        self.secondary = secondary
        self.notes = notes
        self.help = help
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
