import Foundation
import SurveyBundle
import SurveyRuntime

/// A small survey written in Swift, turned into a bundle with a correct digest.
struct Fixture {
    var id = "fixture"
    var minutes: Int? = 5
    var roles: [Role] = []
    var screener: [String] = []
    var sections: [Section]
    /// Role summaries; by default every audience can be shown every question.
    var summaries: [RoleSummary]?

    init(roles: [Role] = [], screener: [String] = [], _ sections: Section...) {
        self.roles = roles
        self.screener = screener
        self.sections = sections
    }

    var survey: Survey {
        let ids = questionIDs
        let seconds = Double(ids.count) * 10
        let audiences: [String?] = roles.isEmpty ? [nil] : roles.map(\.id)
        return Survey(
            id: id, title: "Fixture", version: "1", anonymous: true, minutes: minutes, roles: roles, screener: screener,
            sections: sections,
            summaries: summaries ?? audiences.map { RoleSummary(role: $0, questions: ids, seconds: seconds) })
    }

    var bundle: SurveyBundle.Bundle {
        let survey = self.survey
        return SurveyBundle.Bundle(
            digest: Digest(sources: String(repeating: "0", count: 64), content: try! SurveyBundle.Bundle.contentDigest(of: survey)),
            survey: survey)
    }

    var data: Data { try! bundle.encoded() }

    func load() throws -> LoadedSurvey { try LoadedSurvey.load(data) }

    func session() throws -> Session { Session(try load()) }

    private var questionIDs: [String] {
        var ids: [String] = []
        func walk(_ items: [Item]) {
            for item in items {
                switch item {
                case .question(let question): ids.append(question.id)
                case .note: break
                case .block(let block): walk(block.items)
                }
            }
        }
        for section in sections { walk(section.items) }
        return ids
    }
}

/// A section of items.
func section(_ id: String, when condition: Condition? = nil, _ items: Item...) -> Section {
    Section(id: id, title: id.capitalized, condition: condition, items: items)
}

/// A block of items shown when the condition holds.
func block(_ condition: Condition, _ items: Item...) -> Item {
    .block(Block(condition: condition, items: items))
}

/// A note.
func note(_ text: String, when condition: Condition? = nil) -> Item {
    .note(Note(text: text, condition: condition))
}

/// A question taking 10 seconds (a text question at most 500 characters, or 5000 when long); options are named by identifier, labelled by it in title case, coded 1, 2, 3…;
/// a trailing `!` marks an option exclusive and a trailing `*` marks it specify.
func ask(
    _ type: QuestionType, _ id: String, text: String? = nil, options: [String] = [], rows: [String] = [],
    _ configure: (inout Question) -> Void = { _ in }
) -> Item {
    var question = Question(id: id, type: type, text: text ?? "\(id)?", seconds: 10)
    if !options.isEmpty {
        question.options = options.enumerated().map { index, name in
            let id = name.trimmingCharacters(in: CharacterSet(charactersIn: "!*"))
            return Option(
                id: id, label: id.replacingOccurrences(of: "_", with: " ").capitalized, code: index + 1,
                isExclusive: name.hasSuffix("!") ? true : nil, isSpecify: name.hasSuffix("*") ? true : nil)
        }
    }
    if !rows.isEmpty { question.rows = rows.map { Row(id: $0, text: $0.capitalized) } }
    configure(&question)
    // As the compiler writes it: every text question has its limit.
    if type == .text, question.maxLength == nil { question.maxLength = question.isLong == true ? 5000 : 500 }
    return .question(question)
}

/// A reference written `question` or `question.row`.
func ref(_ name: String) -> Reference {
    let parts = name.split(separator: ".").map(String.init)
    return Reference(question: parts[0], row: parts.count > 1 ? parts[1] : nil)
}

/// `name is value` and the other comparisons.
func test(_ name: String, _ comparison: Comparison, _ value: Value) -> Condition {
    .test(ref(name), comparison, value)
}

/// `name in (values)`.
func among(_ name: String, _ values: Value...) -> Condition {
    .among(ref(name), values)
}

/// `answered name`.
func answered(_ name: String) -> Condition {
    .answered(ref(name))
}

/// A role with a rule.
func role(_ id: String, _ rule: Condition) -> Role {
    Role(id: id, label: id.capitalized, rule: rule)
}

extension Session {
    /// The identifier of the current question, or a description of the note or completion.
    var here: String {
        switch current {
        case .question(let question): question.id
        case .note(let note): "note: \(note.text)"
        case nil: "complete"
        }
    }

    /// The ids of the questions answered in the response, sorted.
    var responded: [String] { response.answers.keys.sorted() }
}
