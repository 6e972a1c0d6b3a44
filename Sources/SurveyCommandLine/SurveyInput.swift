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

/// Loads a survey named on the command line: a `.survey` source is compiled, anything else is read as a bundle.
///
/// Diagnostics of a source with errors go to standard error, and the result is `nil`. A bundle is
/// validated by the runtime (format, digest, references), so a tampered bundle is refused.
func loadSurvey(_ path: String, _ context: Context) throws(UsageError) -> LoadedSurvey? {
    if path.hasSuffix(".survey") {
        let compilation = try compileFile(path)
        if !compilation.diagnostics.isEmpty {
            let report = DiagnosticReport(compilations: [compilation])
            context.error(report.rendered(.human, style: context.usesColour ? .coloured : .plain, fileCount: 1))
        }
        guard let bundle = try? compilation.bundle() else { return nil }
        do { return try LoadedSurvey(bundle) } catch { throw UsageError("the compiled bundle of `\(path)` does not load: \(error)") }
    }
    let bytes = try readInput(path)
    do {
        return try LoadedSurvey.load(Data(bytes))
    } catch {
        throw UsageError("cannot load `\(path)`: \(error)")
    }
}
