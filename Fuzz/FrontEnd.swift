import SurveyBundle
import SurveyLanguage
import SurveyRuntime
import Foundation

/// libFuzzer entry for the front end: any bytes are lexed, parsed, checked and formatted without a crash.
///
/// Beyond not crashing, three properties trap when broken: a survey that compiles emits a bundle the
/// runtime loads; a file that formats formats to itself again; and formatting never changes the tokens.
@_cdecl("LLVMFuzzerTestOneInput")
public func frontEndTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let compilation = compile(path: "fuzz.survey", bytes: bytes) { path in
        // An include of the fuzzed file itself, under another name, exercises include handling without files.
        path == "again.survey" ? .success(bytes) : .failure(ReadFailure("no such file"))
    }
    for diagnostic in compilation.diagnostics {
        _ = diagnostic.rendered(in: compilation.sources, style: .plain)
    }
    if let bundle = try? compilation.bundle() {
        let encoded = try! bundle.encoded()
        do {
            _ = try LoadedSurvey.load(encoded)
        } catch {
            fatalError("a compiled survey's bundle is refused: \(error)")
        }
    }
    switch format(SourceFile(path: "fuzz.survey", bytes: bytes)) {
    case .success(let once):
        guard case .success(let twice) = format(SourceFile(path: "fuzz.survey", text: once)), twice == once else {
            fatalError("formatting is not stable")
        }
    case .failure(.changesMeaning):
        fatalError("formatting would change the meaning")
    case .failure(.syntaxErrors), .failure(.lineTooLong):
        // A condition past the line limit is the input's, not the formatter's.
        break
    }
    return 0
}
