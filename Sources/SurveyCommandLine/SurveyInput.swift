#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyBundle
import SurveyLanguage
import SurveyRuntime

/// A survey named on the command line, loaded, with the files it was read from.
struct SurveyInput {
    var loaded: LoadedSurvey
    /// The source and every file it includes, or the bundle: what no output of the command may replace.
    var files: [String]

    var survey: Survey { loaded.survey }
}

/// Loads a survey named on the command line: a `.survey` source is compiled, anything else is read as a bundle.
///
/// Diagnostics of a source with errors go to standard error, and the result is `nil`. A bundle is
/// validated by the runtime (format, digest, references), so a tampered bundle is refused.
func loadSurvey(_ path: String, _ context: Context) throws(UsageError) -> SurveyInput? {
    if path.hasSuffix(".survey") {
        let compilation = try compileFile(path)
        if !compilation.diagnostics.isEmpty {
            let report = DiagnosticReport(compilations: [compilation])
            context.error(report.rendered(.human, style: context.usesColour ? .coloured : .plain, fileCount: 1))
        }
        guard let bundle = try? compilation.bundle() else { return nil }
        do {
            return SurveyInput(loaded: try LoadedSurvey(bundle), files: [path] + compilation.sources.files.dropFirst().map(\.path))
        } catch {
            throw UsageError("the compiled bundle of `\(path)` does not load: \(error)")
        }
    }
    let bytes = try readInput(path)
    do {
        return SurveyInput(loaded: try LoadedSurvey.load(Data(bytes)), files: [path])
    } catch {
        throw UsageError("cannot load `\(path)`: \(error)")
    }
}

/// What is wrong with JSON that does not decode, in a few words: the member and what it lacks.
func decodingProblem(_ error: any Error) -> String {
    func place(_ path: [any CodingKey]) -> String {
        path.isEmpty ? "the record" : "`" + path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".") + "`"
    }
    if let strict = error as? BundleReadError {
        switch strict {
        case .notJSON(let problem): return problem
        case .notABundle(let path, let problem): return path.isEmpty ? problem : "`\(path)`: \(problem)"
        }
    }
    switch error as? DecodingError {
    case .keyNotFound(let key, let context): return "\(place(context.codingPath)) has no `\(key.stringValue)` member"
    case .typeMismatch(_, let context), .valueNotFound(_, let context):
        return "\(place(context.codingPath)) is not of the right kind: \(context.debugDescription)"
    case .dataCorrupted(let context):
        return context.codingPath.isEmpty ? "not JSON, or not a JSON object" : "\(place(context.codingPath)): \(context.debugDescription)"
    default: return "\(error)"
    }
}
