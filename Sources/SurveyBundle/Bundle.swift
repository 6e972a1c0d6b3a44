/// The compiled form of a survey: everything the runtime needs and nothing of the source syntax.
///
/// The JSON layout is documented in `docs/bundle.md` and `docs/bundle.schema.json`.
public struct Bundle: Codable, Hashable, Sendable {
    /// The bundle format this library reads and writes.
    public static let currentFormat = 1

    /// The format version of this bundle.
    public var format: Int
    /// Digests of the sources and of the `survey` content.
    public var digest: Digest
    /// The survey itself.
    public var survey: Survey

    /// Creates a bundle.
    public init(format: Int = Bundle.currentFormat, digest: Digest, survey: Survey) {
        self.format = format
        self.digest = digest
        self.survey = survey
    }
}

/// SHA-256 digests that identify exactly which questionnaire a response was given against.
public struct Digest: Codable, Hashable, Sendable {
    /// Always `sha256`.
    public var algorithm: String
    /// Lower-case hex SHA-256 of the source files, each as its relative path, a NUL, its bytes, a NUL.
    public var sources: String
    /// Lower-case hex SHA-256 of the canonical JSON of the `survey` member.
    public var content: String

    /// Creates a digest record.
    public init(algorithm: String = "sha256", sources: String, content: String) {
        self.algorithm = algorithm
        self.sources = sources
        self.content = content
    }
}

/// A questionnaire: metadata, roles, the items in order, and per-role summaries.
public struct Survey: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var version: String
    public var description: String?
    public var anonymous: Bool
    /// The target completion time in minutes, if the header states one.
    public var minutes: Int?
    /// The respondent roles, in declaration order; empty when the survey has a single audience.
    public var roles: [Role]
    /// The questions whose answers decide the role, in the order they are asked.
    public var screener: [String]
    /// The sections, in the order they are shown.
    public var sections: [Section]
    /// For each role (or the single audience), the questions it can be shown and the time estimate.
    public var summaries: [RoleSummary]

    /// Creates a survey.
    public init(
        id: String, title: String, version: String, description: String? = nil, anonymous: Bool,
        minutes: Int?, roles: [Role], screener: [String], sections: [Section],
        summaries: [RoleSummary]
    ) {
        self.id = id
        self.title = title
        self.version = version
        self.description = description
        self.anonymous = anonymous
        self.minutes = minutes
        self.roles = roles
        self.screener = screener
        self.sections = sections
        self.summaries = summaries
    }
}

/// A group of respondents who are asked different questions.
public struct Role: Codable, Hashable, Sendable {
    public var id: String
    public var label: String
    /// The condition over screener answers that gives a respondent this role.
    public var rule: Condition

    /// Creates a role.
    public init(id: String, label: String, rule: Condition) {
        self.id = id
        self.label = label
        self.rule = rule
    }
}

/// A page of the questionnaire.
public struct Section: Codable, Hashable, Sendable {
    public var id: String
    public var title: String
    public var condition: Condition?
    public var items: [Item]

    /// Creates a section.
    public init(id: String, title: String, condition: Condition?, items: [Item]) {
        self.id = id
        self.title = title
        self.condition = condition
        self.items = items
    }
}

/// One entry of a section: a question, a note, or a conditional block of items.
public enum Item: Hashable, Sendable {
    indirect case question(Question)
    case note(Note)
    case block(Block)
}

/// Display-only text.
public struct Note: Codable, Hashable, Sendable {
    public var text: String
    public var condition: Condition?

    /// Creates a note.
    public init(text: String, condition: Condition?) {
        self.text = text
        self.condition = condition
    }
}

/// Items shown only when a condition holds.
public struct Block: Codable, Hashable, Sendable {
    public var condition: Condition
    public var items: [Item]

    /// Creates a block.
    public init(condition: Condition, items: [Item]) {
        self.condition = condition
        self.items = items
    }
}

/// The kind of answer a question takes.
public enum QuestionType: String, Codable, Hashable, Sendable, CaseIterable {
    case single, multiple, ranking, text, number, decimal, scale, grid, yesno
}

/// A question with its answer type, options, validation and display condition.
public struct Question: Codable, Hashable, Sendable {
    public var id: String
    public var type: QuestionType
    /// The question text; `{name}` and `{name|fallback}` pipe earlier answers, `{{`/`}}` are literal braces.
    public var text: String
    public var help: String?
    public var isRequired: Bool
    public var condition: Condition?
    /// The identifier of the question in an earlier version that this one continues.
    public var continues: String?
    /// The named choice list the options came from, if any.
    public var choiceList: String?
    /// Options of `single`, `multiple` and `ranking`, and the shared scale of a `grid`.
    public var options: [Option]?
    /// Whether options may be compared by position.
    public var isOrdered: Bool?
    /// The statements of a `grid`.
    public var rows: [Row]?
    /// Fewest options a `multiple` answer may hold.
    public var minChoices: Int?
    /// Most options a `multiple` answer (or ranked options of a `ranking`) may hold.
    public var maxChoices: Int?
    /// Inclusive bounds of a `number`, `decimal` or `scale` answer.
    public var min: Double?
    public var max: Double?
    public var unit: String?
    public var lowLabel: String?
    public var highLabel: String?
    /// Whether a `text` answer is long-form.
    public var isLong: Bool?
    /// The most characters a `text` answer may have.
    public var maxLength: Int?
    /// Cross-field rules checked when the question is answered.
    public var checks: [Check]
    /// Estimated seconds to read and answer, by the model in docs/bundle.md.
    public var seconds: Double

    /// Creates a question with no options, bounds or rules; set the rest as properties.
    public init(id: String, type: QuestionType, text: String, seconds: Double = 0) {
        self.id = id
        self.type = type
        self.text = text
        self.isRequired = false
        self.checks = []
        self.seconds = seconds
    }

    enum CodingKeys: String, CodingKey {
        case id, type, text, help, condition, continues, choiceList, options, rows
        case minChoices, maxChoices, min, max, unit, lowLabel, highLabel, maxLength, checks, seconds
        case isRequired = "required", isOrdered = "ordered", isLong = "long"
    }
}

/// One answer option of a choice question, with its stable identifier and export code.
public struct Option: Codable, Hashable, Sendable {
    public var id: String
    public var label: String
    public var code: Int?
    /// Chosen alone in a `multiple` ("None of these").
    public var isExclusive: Bool?
    /// The respondent also types text ("Other, please specify").
    public var isSpecify: Bool?
    /// The identifier of the option in an earlier version that this one continues.
    public var continues: String?

    /// Creates an option.
    public init(
        id: String, label: String, code: Int? = nil, isExclusive: Bool? = nil,
        isSpecify: Bool? = nil, continues: String? = nil
    ) {
        self.id = id
        self.label = label
        self.code = code
        self.isExclusive = isExclusive
        self.isSpecify = isSpecify
        self.continues = continues
    }

    enum CodingKeys: String, CodingKey {
        case id, label, code, continues
        case isExclusive = "exclusive", isSpecify = "specify"
    }
}

/// One statement of a grid question.
public struct Row: Codable, Hashable, Sendable {
    public var id: String
    public var text: String

    /// Creates a row.
    public init(id: String, text: String) {
        self.id = id
        self.text = text
    }
}

/// A validation rule with the message shown when it fails.
public struct Check: Codable, Hashable, Sendable {
    public var condition: Condition
    public var message: String

    /// Creates a rule.
    public init(condition: Condition, message: String) {
        self.condition = condition
        self.message = message
    }
}

/// What one role can be shown, and how long it takes.
public struct RoleSummary: Codable, Hashable, Sendable {
    /// The role identifier, or `null` for a survey with a single audience.
    public var role: String?
    /// The questions this role can be shown, in order.
    public var questions: [String]
    /// Estimated seconds to complete if every question the role can be shown is answered.
    public var seconds: Double

    /// Creates a summary.
    public init(role: String?, questions: [String], seconds: Double) {
        self.role = role
        self.questions = questions
        self.seconds = seconds
    }
}

extension Item: Codable {
    enum CodingKeys: String, CodingKey { case kind, question, note, block }
    enum Kind: String, Codable { case question, note, block }

    /// Decodes `{"kind": …, "<kind>": {…}}`.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Kind.self, forKey: .kind) {
        case .question: self = .question(try container.decode(Question.self, forKey: .question))
        case .note: self = .note(try container.decode(Note.self, forKey: .note))
        case .block: self = .block(try container.decode(Block.self, forKey: .block))
        }
    }

    /// Encodes `{"kind": …, "<kind>": {…}}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .question(let question):
            try container.encode(Kind.question, forKey: .kind)
            try container.encode(question, forKey: .question)
        case .note(let note):
            try container.encode(Kind.note, forKey: .kind)
            try container.encode(note, forKey: .note)
        case .block(let block):
            try container.encode(Kind.block, forKey: .kind)
            try container.encode(block, forKey: .block)
        }
    }
}

extension Survey {
    /// Every question in order, with the conditions of its section, enclosing blocks and itself.
    public var questionsInOrder: [(question: Question, section: Section, conditions: [Condition])] {
        var result: [(Question, Section, [Condition])] = []
        func walk(_ items: [Item], section: Section, conditions: [Condition]) {
            for item in items {
                switch item {
                case .question(let question):
                    result.append((question, section, conditions + (question.condition.map { [$0] } ?? [])))
                case .block(let block):
                    walk(block.items, section: section, conditions: conditions + [block.condition])
                case .note:
                    break
                }
            }
        }
        for section in sections {
            walk(section.items, section: section, conditions: section.condition.map { [$0] } ?? [])
        }
        return result
    }
}
