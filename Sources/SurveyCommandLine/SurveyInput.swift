import Foundation
import SurveyBundle
import SurveyLanguage

/// Loads a survey named on the command line: a `.survey` source is compiled, anything else is read as a bundle.
///
/// Diagnostics of a source with errors go to standard error, and the failure is exit status 1.
func loadSurvey(_ path: String, _ context: Context) throws(UsageError) -> SurveyBundle.Bundle? {
    if path.hasSuffix(".survey") {
        let compilation = try compileFile(path)
        if !compilation.diagnostics.isEmpty {
            let report = DiagnosticReport(compilations: [compilation])
            context.error(report.rendered(.human, style: context.usesColour ? .coloured : .plain, fileCount: 1))
        }
        do { return try compilation.bundle() } catch { throw UsageError("cannot build the bundle of `\(path)`: \(error)") }
    }
    let bytes = try readInput(path)
    return try decodeBundle(Data(bytes), path: path)
}

/// Decodes a compiled bundle.
func decodeBundle(_ data: Data, path: String) throws(UsageError) -> SurveyBundle.Bundle {
    do {
        return try JSONDecoder().decode(SurveyBundle.Bundle.self, from: data)
    } catch {
        throw UsageError("`\(path)` is not a survey bundle: \(error)")
    }
}
