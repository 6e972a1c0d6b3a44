#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SurveyBundle

/// Everything needed to resume a session later: the survey version, every stored answer, the path and position.
public struct SessionState: Codable, Hashable, Sendable {
    /// The content digest of the bundle the session ran against.
    public var digest: String
    /// Every stored answer by question identifier, including answers to questions no longer on the path.
    public var answers: [String: Answer]
    /// The identifiers of the questions passed on the current path, in order.
    public var path: [String]
    /// The position of the current item among all questions and notes in document order; `nil` when complete.
    public var position: Int?

    /// Creates a saved state.
    public init(digest: String, answers: [String: Answer], path: [String], position: Int?) {
        self.digest = digest
        self.answers = answers
        self.path = path
        self.position = position
    }

    /// Encodes the state as JSON with sorted keys, so equal states give equal bytes.
    public func encoded() throws -> Data {
        try SurveyBundle.Bundle.canonicalJSON(self)
    }
}

extension Session {
    /// A snapshot of the session that `Session(resuming:in:)` turns back into an identical session.
    public var state: SessionState {
        var answers: [String: Answer] = [:]
        for (index, answer) in stored.enumerated() {
            if let answer { answers[layout.questions[index].question.id] = answer }
        }
        let passed = path.compactMap { position -> String? in
            guard case .question(let index) = layout.items[position].content else { return nil }
            return layout.questions[index].question.id
        }
        return SessionState(digest: layout.bundle.digest.content, answers: answers, path: passed, position: cursor)
    }
}
