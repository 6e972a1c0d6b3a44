import Foundation
import SurveyBundle
import SurveyRuntime

/// libFuzzer entry for the bundle loader: any bytes load or are refused with a `LoadError`, never a crash.
///
/// Random bytes rarely keep the content digest right, so a bundle that decodes is also loaded with its digest
/// recomputed; that reaches the integrity checks. A bundle that loads is then run: a session answers, skips
/// and goes back as the input's bytes decide, and must end within a bound of steps.
@_cdecl("LLVMFuzzerTestOneInput")
public func bundleLoaderTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Data(UnsafeBufferPointer(start: data, count: size))
    _ = try? LoadedSurvey.load(bytes)
    guard var bundle = try? JSONDecoder().decode(SurveyBundle.Bundle.self, from: bytes),
        let digest = try? SurveyBundle.Bundle.contentDigest(of: bundle.survey)
    else { return 0 }
    bundle.digest.content = digest
    guard let loaded = try? LoadedSurvey(bundle) else { return 0 }
    run(loaded, choices: Array(bytes))
    return 0
}

/// Walks one session, taking each decision from the next input byte; traps if it does not end.
private func run(_ loaded: LoadedSurvey, choices: [UInt8]) {
    var session = Session(loaded)
    var next = 0
    func choice() -> Int {
        defer { next += 1 }
        return choices.isEmpty ? 0 : Int(choices[next % choices.count])
    }
    let bound = 4 * loaded.questions.count + 64
    for _ in 0..<bound {
        switch session.current {
        case .question(let question)?:
            let options = (question.options ?? []).map(\.id)
            switch choice() % 8 {
            case 0: session.back()
            case 1: try? session.skip()
            case 2: try? session.answer(.text("x"))
            case 3: try? session.answer(.number(choice() - 128))
            case 4 where !options.isEmpty: try? session.answer(.option(options[choice() % options.count]))
            case 5: try? session.answer(.options(options.filter { _ in choice() % 2 == 0 }))
            case 6: try? session.answer(.yesno(choice() % 2 == 0))
            default:
                // Each question's first acceptable answer, or a skip: this is what moves a walk forward.
                if (try? session.skip()) == nil { _ = firstAcceptedAnswer(&session, question, options) }
            }
        case .note?:
            try? session.proceed()
        case nil:
            _ = session.response
            if let state = try? session.state.encoded(),
                let decoded = try? JSONDecoder().decode(SessionState.self, from: state)
            {
                _ = try? Session(resuming: decoded, in: loaded)
            }
            return
        }
    }
}

/// Tries a few plausible answers to a question in turn; true when one was accepted.
private func firstAcceptedAnswer(_ session: inout Session, _ question: Question, _ options: [String]) -> Bool {
    var candidates: [Answer] = options.map { .option($0) } + [.options(Array(options.prefix(1))), .options(options), .yesno(true), .text("x")]
    let low = question.min.flatMap { Int(exactly: $0.rounded(.up)) } ?? 0
    candidates += [.number(low), .decimal(question.min ?? 0), .scale(low)]
    if let rows = question.rows, let first = options.first {
        candidates.append(.grid(Dictionary(uniqueKeysWithValues: rows.map { ($0.id, first) })))
    }
    for answer in candidates where (try? session.answer(answer)) != nil { return true }
    return false
}
