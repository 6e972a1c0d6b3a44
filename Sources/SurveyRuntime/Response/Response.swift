#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
import SurveyBundle

/// A respondent's answers as delivered for analysis: only the questions on their final path.
public struct Response: Codable, Hashable, Sendable {
    /// The survey identifier.
    public var survey: String
    /// The survey version (the wave).
    public var version: String
    /// The content digest of the bundle the answers were given against.
    public var digest: String
    /// The respondent's role, or `nil` when it is not known or the survey has a single audience.
    public var role: String?
    /// Whether the respondent reached the end.
    public var completed: Bool
    /// The answers to the questions on the respondent's path, by question identifier.
    public var answers: [String: ResponseAnswer]

    /// Creates a response.
    public init(
        survey: String, version: String, digest: String, role: String?, completed: Bool,
        answers: [String: ResponseAnswer]
    ) {
        self.survey = survey
        self.version = version
        self.digest = digest
        self.role = role
        self.completed = completed
        self.answers = answers
    }

    enum CodingKeys: String, CodingKey, CaseIterable { case survey, version, digest, role, completed, answers }

    /// Decodes every member; a member the record does not have is refused, not ignored.
    public init(from decoder: any Decoder) throws {
        try refuseUnknownMembers(decoder, of: CodingKeys.self, in: "a response")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        survey = try container.decode(String.self, forKey: .survey)
        version = try container.decode(String.self, forKey: .version)
        digest = try container.decode(String.self, forKey: .digest)
        role = try container.decodeIfPresent(String.self, forKey: .role)
        completed = try container.decode(Bool.self, forKey: .completed)
        answers = try container.decode([String: ResponseAnswer].self, forKey: .answers)
    }

    /// Encodes every member, writing `null` for an unknown role.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(survey, forKey: .survey)
        try container.encode(version, forKey: .version)
        try container.encode(digest, forKey: .digest)
        try container.encode(role, forKey: .role)
        try container.encode(completed, forKey: .completed)
        try container.encode(answers, forKey: .answers)
    }

    /// Reads a response record strictly: JSON as a bundle is read (a member repeated in an object is refused,
    /// where `JSONDecoder` keeps one of the two), then every member checked by `init(from:)`.
    public static func read(_ data: Data) throws -> Response {
        try BundleReader.checkJSON(data)
        return try JSONDecoder().decode(Response.self, from: data)
    }

    /// Encodes the response as JSON with sorted keys, so equal responses give equal bytes.
    public func encoded() throws -> Data {
        try SurveyBundle.Bundle.canonicalJSON(self)
    }
}

extension Session {
    /// The response so far: the answers on the path already passed, with option codes.
    public var response: Response {
        var answers: [String: ResponseAnswer] = [:]
        for position in path {
            guard case .question(let index) = layout.items[position].content, let answer = stored[index] else {
                continue
            }
            let entry = layout.questions[index]
            answers[entry.question.id] = entry.recorded(answer)
        }
        let survey = layout.bundle.survey
        return Response(
            survey: survey.id, version: survey.version, digest: layout.bundle.digest.content, role: role,
            completed: isComplete, answers: answers)
    }
}

extension QuestionEntry {
    /// The answer with the codes of its options.
    func recorded(_ answer: Answer) -> ResponseAnswer {
        switch answer {
        case .option(let id, let specify): .option(chosen(id, specify))
        case .options(let ids, let specify): .options(ids.map { chosen($0, specify[$0]) })
        case .text(let text): .text(text)
        case .number(let number): .number(number)
        case .decimal(let decimal): .decimal(decimal)
        case .scale(let scale): .scale(scale)
        case .grid(let cells): .grid(cells.mapValues { chosen($0, nil) })
        case .yesno(let yesno): .yesno(yesno)
        }
    }

    private func chosen(_ id: String, _ specify: String?) -> ChosenOption {
        ChosenOption(option: id, code: positions[id].flatMap { question.options![$0].code }, specify: specify)
    }
}
