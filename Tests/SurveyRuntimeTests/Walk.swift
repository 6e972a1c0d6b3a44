import Foundation
import SurveyBundle
import SurveyRuntime

/// The error a load produces, or `nil` when it succeeds.
func loadError(_ data: Data) -> LoadError? {
    do {
        _ = try LoadedSurvey.load(data)
        return nil
    } catch {
        return error
    }
}

/// The inconsistencies a fixture's bundle is refused for, or an empty list when it loads.
func inconsistencies(_ fixture: Fixture) -> [Inconsistency] {
    switch loadError(fixture.data) {
    case .inconsistent(let problems): problems
    case nil: []
    case let other?: [.unknownScreener("unexpected error: \(other)")]
    }
}

/// Why answering the fixture's first question with `answer` is refused, or `nil` when it is accepted.
func refusal(_ item: Item, _ answer: Answer) throws -> ValidationError.Reason? {
    var session = try Fixture(section("s", item)).session()
    do {
        try session.answer(answer)
        return nil
    } catch {
        return error.reason
    }
}

extension Session {
    /// Answers each question from the script (skipping those it leaves out) and reads every note,
    /// returning the identifiers of the questions shown, in order.
    @discardableResult
    mutating func walk(_ script: [String: Answer]) throws -> [String] {
        var shown: [String] = []
        while let item = current {
            switch item {
            case .question(let question):
                shown.append(question.id)
                if let given = script[question.id] { try answer(given) } else { try skip() }
            case .note:
                try proceed()
            }
        }
        return shown
    }
}
