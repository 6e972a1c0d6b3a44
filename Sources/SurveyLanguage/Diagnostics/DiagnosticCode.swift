/// Every diagnostic code, its severity and a one-line title; the explanations are in `Explanations.swift`.
public enum DiagnosticCode: String, Sendable, CaseIterable, Hashable, Comparable {
    case E0101, E0102, E0103, E0104, E0105
    case E0201, E0202, E0203, E0204, E0205, E0206, E0207, E0208, E0209, E0210
    case E0301, E0302, E0303, E0304, E0305, E0306, E0307, E0308, E0309
    case E0401, E0402, E0403, E0404, E0405, E0406, E0407, E0408, E0409, E0410, E0411, E0412
    case E0501, E0502, E0503, E0504, E0505
    case E0601, E0602, E0603, E0604, E0605, E0606, E0607, E0608, E0609
    case W0501, W0502, W0503, W0504, W0505, W0506

    public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Errors stop compilation; warnings do not, unless the caller is strict.
    public var severity: Severity { rawValue.hasPrefix("W") ? .warning : .error }

    /// What the code means, in a few words.
    public var title: String {
        switch self {
        case .E0101: "invalid UTF-8"
        case .E0102: "unexpected character"
        case .E0103: "unterminated string"
        case .E0104: "unknown escape sequence"
        case .E0105: "invalid number"
        case .E0201: "unexpected token"
        case .E0202: "unknown declaration"
        case .E0203: "unknown item"
        case .E0204: "unknown clause"
        case .E0205: "clause given twice"
        case .E0206: "clause does not apply to this kind of question"
        case .E0207: "unmatched closing brace"
        case .E0208: "unclosed brace"
        case .E0209: "missing or misplaced survey header"
        case .E0210: "`when` at the start of a line without a block"
        case .E0301: "duplicate identifier"
        case .E0302: "unknown option"
        case .E0303: "unknown question"
        case .E0304: "unknown choice list"
        case .E0305: "unknown role"
        case .E0306: "question tested before it is asked"
        case .E0307: "role tested before it is known"
        case .E0308: "unknown grid statement"
        case .E0309: "piped answer is unknown or not yet asked"
        case .E0401: "comparison of incompatible types"
        case .E0402: "`includes` on a question that holds one answer"
        case .E0403: "order comparison on unordered choices"
        case .E0404: "role rule reads a question that is not single choice or yes/no"
        case .E0405: "range with its low end above its high end"
        case .E0406: "invalid scale"
        case .E0407: "empty choice list"
        case .E0408: "impossible number of choices"
        case .E0409: "duplicate option code"
        case .E0410: "choice question without options"
        case .E0411: "grid without statements"
        case .E0412: "checks no answer can pass"
        case .E0501: "condition can never be true"
        case .E0502: "role no respondent can have"
        case .E0503: "respondents left without a role"
        case .E0504: "respondents with two roles"
        case .E0505: "too many screener combinations"
        case .E0601: "file too large"
        case .E0602: "line too long"
        case .E0603: "nesting too deep"
        case .E0604: "identifier too long"
        case .E0605: "string too long"
        case .E0606: "include cycle"
        case .E0607: "included file cannot be read"
        case .E0608: "survey header in an included file"
        case .E0609: "includes nested too deep"
        case .W0501: "branch hidden from respondents who skip an optional question"
        case .W0502: "unused choice list"
        case .W0503: "piped answer may be missing"
        case .W0504: "option clause has no effect"
        case .W0505: "two options or statements with the same words"
        case .W0506: "piped answer never given where the text is shown"
        }
    }
}

/// The limits that turn pathological input into diagnostics instead of crashes.
public enum Limits {
    /// The largest file, in bytes (E0601).
    public static let fileBytes = 128 << 20
    /// The longest line, in bytes (E0602).
    public static let lineBytes = 65_536
    /// The longest identifier, in characters (E0604).
    public static let identifierLength = 64
    /// The longest string, in bytes between its quotes, as written (E0605).
    public static let stringLength = 10_000
    /// How deeply `when` blocks in a section, and the parentheses and `not`s of a condition within them, may
    /// nest, counted together (E0603).
    public static let nestingDepth = 32
    /// How many includes below the main file a file may be (E0609): main → part01 → … → part16 is allowed.
    public static let includeDepth = 16
    /// How many combinations of screener answers the role rules may read (E0505).
    public static let screenerCombinations = 4_096
}
