import Foundation
import SurveyBundle
import SurveyLanguage
import SurveyRuntime

/// libFuzzer entry for `LoadedSurvey.replay`, which `survey export` checks every response record with: any bytes
/// are a record that is refused, or one that is taken, never a crash.
///
/// Random bytes rarely carry the survey's digest, so a record that decodes is also tried as one of the 2025
/// survey's. A record that is taken must be taken again as it comes back, and encode and decode to itself.
@_cdecl("LLVMFuzzerTestOneInput")
public func responseReplayTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    guard let record = try? Response.read(bytes) else { return 0 }
    var ofThisSurvey = record
    ofThisSurvey.digest = survey.digest
    ofThisSurvey.survey = survey.survey.id
    ofThisSurvey.version = survey.survey.version
    for candidate in [record, ofThisSurvey] {
        guard let taken = try? survey.replay(candidate) else { continue }
        guard let again = try? survey.replay(taken), again == taken else {
            fatalError("a response that was taken is not taken again as it is: \(taken)")
        }
        guard let encoded = try? taken.encoded(), (try? Response.read(encoded)) == taken else {
            fatalError("a response that was taken does not encode and decode to itself: \(taken)")
        }
    }
    return 0
}

/// The 2025 survey, compiled once from `surveys/` beside this folder. It stays allocated for the whole run, and
/// LeakSanitizer, which cannot follow Swift's tagged enum payloads, takes parts of it for leaks: `fuzz.sh` runs
/// this target with `-detect_leaks=0`.
private let survey: LoadedSurvey = {
    let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("surveys")
    let path = folder.appendingPathComponent("big-conversation-2025.survey").path
    let read: ReadFile = { path in
        FileManager.default.contents(atPath: path).map { .success([UInt8]($0)) } ?? .failure(ReadFailure("no such file"))
    }
    guard let bytes = try? read(path).get(), let bundle = try? compile(path: path, bytes: bytes, read: read).bundle(),
        let loaded = try? LoadedSurvey(bundle)
    else { fatalError("surveys/big-conversation-2025.survey does not compile") }
    return loaded
}()
