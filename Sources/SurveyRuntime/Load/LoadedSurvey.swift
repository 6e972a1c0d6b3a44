#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SurveyBundle

/// A bundle that has been decoded, checked against its digest and for referential integrity, and indexed.
public struct LoadedSurvey: Sendable {
    let layout: Layout

    /// Decodes and checks a bundle from its JSON.
    public static func load(_ data: Data) throws(LoadError) -> LoadedSurvey {
        let bundle: SurveyBundle.Bundle
        do {
            bundle = try BundleReader.bundle(from: data)
        } catch {
            // The reader stops at the first problem it meets; report what matters first: data that is
            // not JSON anywhere, then a format this runtime does not read, and only then the layout.
            let format: Int
            do {
                format = try BundleReader.format(of: data)
            } catch {
                throw LoadError(error)
            }
            try Self.checkFormat(format)
            throw LoadError(error)
        }
        return try LoadedSurvey(bundle)
    }

    /// Checks and indexes a bundle that is already decoded.
    ///
    /// The content digest is worked out from the survey as decoded, written again in canonical form: a hash
    /// of the text as read would let the same questionnaire, laid out or escaped otherwise (and the digest
    /// recorded to match), load under another digest, and its responses no longer trace to one questionnaire.
    public init(_ bundle: SurveyBundle.Bundle) throws(LoadError) {
        try Self.checkFormat(bundle.format)
        guard bundle.digest.algorithm == "sha256" else { throw .unknownDigestAlgorithm(bundle.digest.algorithm) }
        do {
            // Before the digest is worked out: a value the schema forbids, such as an infinite time, may not
            // even be writable in canonical form, and deserves its own message anyway.
            try bundle.digest.checkContract()
            try bundle.survey.checkContract()
        } catch {
            throw .notABundle(path: error.path, problem: error.problem)
        }
        let computed: String
        do {
            computed = try SurveyBundle.Bundle.contentDigest(of: bundle.survey)
        } catch {
            throw .notABundle(path: "survey", problem: "cannot be encoded again: \(error)")
        }
        guard computed == bundle.digest.content else {
            throw .digestMismatch(recorded: bundle.digest.content, computed: computed)
        }
        layout = try Layout.build(bundle)
    }

    init(layout: Layout) {
        self.layout = layout
    }

    /// The bundle as decoded.
    public var bundle: SurveyBundle.Bundle { layout.bundle }

    /// The survey the bundle holds.
    public var survey: Survey { layout.bundle.survey }

    /// The content digest that identifies this version of the survey.
    public var digest: String { layout.bundle.digest.content }

    /// Every question in the order it can be shown.
    public var questions: [Question] { layout.questions.map(\.question) }

    /// The question with this identifier, if there is one.
    public func question(_ id: String) -> Question? {
        layout.questionIndex[id].map { layout.questions[$0].question }
    }

    private static func checkFormat(_ format: Int) throws(LoadError) {
        if format > SurveyBundle.Bundle.currentFormat { throw .newerFormat(format) }
        if format < 1 { throw .unknownFormat(format) }
    }
}
