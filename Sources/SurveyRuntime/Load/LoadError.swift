import SurveyBundle

/// Why a bundle could not be loaded.
public enum LoadError: Error, Hashable, Sendable {
    /// The data is not JSON at all.
    case notJSON(String)
    /// The JSON is not a bundle: a member is missing or has the wrong type.
    case notABundle(path: String, problem: String)
    /// The bundle's format is newer than this runtime reads.
    case newerFormat(Int)
    /// The bundle's format is older than any this runtime reads.
    case unknownFormat(Int)
    /// The digest uses an algorithm this runtime does not check.
    case unknownDigestAlgorithm(String)
    /// The survey content does not hash to the recorded digest.
    case digestMismatch(recorded: String, computed: String)
    /// The survey contradicts itself, for example a condition names a question that does not exist.
    case inconsistent([Inconsistency])
}

extension LoadError: CustomStringConvertible {
    /// The problem as a sentence a survey author understands.
    public var description: String {
        switch self {
        case .notJSON(let detail):
            "this is not a survey bundle: the data is not valid JSON (\(detail))"
        case .notABundle(let path, let problem):
            path.isEmpty ? "this is not a survey bundle: \(problem)" : "this is not a survey bundle: \(path): \(problem)"
        case .newerFormat(let format):
            "this bundle uses \(Self.formatWords(format)), but this runtime reads format \(SurveyBundle.Bundle.currentFormat) at most: upgrade the runtime"
        case .unknownFormat(let format):
            "this bundle uses \(Self.formatWords(format)), which no runtime reads: formats start at 1"
        case .unknownDigestAlgorithm(let algorithm):
            "this bundle's digest uses `\(algorithm)`, but this runtime only checks `sha256`"
        case .digestMismatch:
            "the bundle's content does not match its digest: it was edited or corrupted after compiling"
        case .inconsistent(let problems):
            problems.count == 1
                ? "the bundle is inconsistent: \(problems[0])"
                : "the bundle is inconsistent in \(problems.count) ways:\n"
                    + problems.map { "  - \($0)" }.joined(separator: "\n")
        }
    }
}

extension LoadError {
    /// The format in words; the reader reads a format number beyond 64 bits as `Int.max` or `Int.min`.
    private static func formatWords(_ format: Int) -> String {
        format == .max || format == .min ? "a format number beyond 64 bits" : "format \(format)"
    }

    /// The load error for bundle JSON that could not be read.
    init(_ error: BundleReadError) {
        switch error {
        case .notJSON(let detail): self = .notJSON(detail)
        case .notABundle(let path, let problem): self = .notABundle(path: path, problem: problem)
        }
    }
}
