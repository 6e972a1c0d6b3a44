#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

/// Why bundle JSON could not be read.
public enum BundleReadError: Error, Hashable, Sendable {
    /// The data is not JSON, or holds a malformed number or a string that is not UTF-8; the detail says where.
    case notJSON(String)
    /// A member is missing, has the wrong type or a value not allowed there; `path` reads like
    /// `survey.sections[2].items[0]`, and is empty for the whole document.
    case notABundle(path: String, problem: String)
}

/// Reads a bundle's JSON straight into the bundle types, without the generic decoder or a tree of the document.
///
/// It accepts what the types' `Codable` conformances accept, reporting the first problem they would
/// report (members in declaration order, unknown members ignored), with the wording the runtime has
/// always used; it is stricter only where `JSONDecoder` does not look (see `JSONScanner`).
/// `BundleReaderTests` holds the two to equal values.
public enum BundleReader {
    /// Reads a whole bundle.
    public static func bundle(from data: Data) throws(BundleReadError) -> Bundle {
        try read(data) { scanner throws(ReadFailure) in try scanner.bundle() }
    }

    /// Checks that the data is one JSON value, read as strictly as a bundle is: bad UTF-8, bad escapes,
    /// malformed numbers, nesting past 512 levels and a member repeated in an object are refused. `JSONDecoder`
    /// lets a repeated member through and keeps one of the two, so a reader of other documents (response
    /// records) checks them here first.
    public static func checkJSON(_ data: Data) throws(BundleReadError) {
        try read(data) { scanner throws(ReadFailure) in try scanner.skipValue() }
    }

    /// Reads only the `format` member, after checking that the whole document is JSON: what a reader
    /// looks at before it trusts the rest of the layout. A whole number too large for `Int` reads as
    /// `Int.max`, a newer format than any (and one too far below zero as `Int.min`).
    public static func format(of data: Data) throws(BundleReadError) -> Int {
        try read(data) { scanner throws(ReadFailure) in
            let start = scanner.position
            try scanner.skipValue()
            try scanner.expectEnd()
            scanner = scanner.restarted(at: start)
            var format: Int?
            let members = try scanner.object(formatKeys) { scanner, _, members throws(ReadFailure) in
                format = try members.read(0, &scanner) { scanner throws(ReadFailure) in try scanner.clampedInt() }
            }
            try members.checkAll(required: 1)
            return try present(format, "format")
        }
    }

    private static func read<Value>(
        _ data: Data, _ body: (inout JSONScanner) throws(ReadFailure) -> Value
    ) throws(BundleReadError) -> Value {
        let result: Result<Value, ReadFailure> = data.withUnsafeBytes { bytes in
            var scanner = JSONScanner(bytes)
            do throws(ReadFailure) {
                let value = try body(&scanner)
                try scanner.expectEnd()
                return .success(value)
            } catch {
                guard !error.isSyntax else { return .failure(error) }
                // Data that is not JSON is reported before any problem of layout, wherever it is.
                var whole = JSONScanner(bytes)
                do throws(ReadFailure) {
                    try whole.skipValue()
                    try whole.expectEnd()
                } catch {
                    return .failure(error)
                }
                return .failure(error)
            }
        }
        switch result {
        case .success(let value): return value
        case .failure(let failure):
            if failure.isSyntax { throw .notJSON(failure.problem) }
            throw .notABundle(path: failure.path, problem: failure.problem)
        }
    }
}

private let formatKeys = KeyTable(["format"])

/// The value of a member that `Members.checkAll` has found present: never missing in practice.
@inline(__always)
private func present<Value>(_ value: Value?, _ name: String) throws(ReadFailure) -> Value {
    guard let value else { throw .layout("missing key `\(name)`") }
    return value
}

/// The failure `JSONDecoder` reports for a string that is not one of an enumeration's raw values.
private func notAllowed(_ text: String) -> ReadFailure {
    .layout("`\(text)` is not one of the values allowed here")
}

// MARK: - The bundle types, member by member in declaration order

private let bundleKeys = KeyTable(["format", "digest", "survey"])
private let digestKeys = KeyTable(["algorithm", "sources", "content"])
private let surveyKeys = KeyTable([
    "id", "title", "version", "description", "anonymous", "minutes", "roles", "screener", "sections", "summaries",
])
private let roleKeys = KeyTable(["id", "label", "rule"])
private let sectionKeys = KeyTable(["id", "title", "condition", "items"])
private let itemKeys = KeyTable(["kind", "question", "note", "block"])
private let noteKeys = KeyTable(["text", "condition"])
private let blockKeys = KeyTable(["condition", "items"])
private let questionKeys = KeyTable([
    "id", "type", "text", "help", "required", "condition", "continues", "choiceList", "options", "ordered", "rows",
    "minChoices", "maxChoices", "min", "max", "unit", "lowLabel", "highLabel", "long", "maxLength", "checks",
    "seconds",
])
private let optionKeys = KeyTable(["id", "label", "code", "exclusive", "specify", "continues"])
private let rowKeys = KeyTable(["id", "text"])
private let checkKeys = KeyTable(["condition", "message"])
private let summaryKeys = KeyTable(["role", "questions", "seconds"])
private let conditionKeys = KeyTable(["op", "args", "arg", "ref", "roles", "test", "value", "values"])
private let referenceKeys = KeyTable(["question", "row"])
private let valueKeys = KeyTable(["option", "number", "text", "bool", "answer"])

extension JSONScanner {
    /// A scanner over the same bytes, at `offset`, with no nesting open.
    fileprivate func restarted(at offset: Int) -> JSONScanner {
        var scanner = self
        scanner.reset(to: offset)
        return scanner
    }

    fileprivate mutating func optionalString() throws(ReadFailure) -> String? {
        try isNull() ? nil : string()
    }

    fileprivate mutating func strings() throws(ReadFailure) -> [String] {
        try array { scanner throws(ReadFailure) in try scanner.string() }
    }

    /// The bundle, and where the text of its survey is.
    fileprivate mutating func bundle() throws(ReadFailure) -> Bundle {
        var format: Int?, digest: Digest?, survey: Survey?
        let members = try object(bundleKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: format = try members.read(0, &scanner) { scanner throws(ReadFailure) in try scanner.int() }
            case 1: digest = try members.read(1, &scanner) { scanner throws(ReadFailure) in try scanner.digest() }
            default:
                survey = try members.read(2, &scanner) { scanner throws(ReadFailure) in try scanner.survey() }
            }
        }
        try members.checkAll(required: 0b111)
        return Bundle(
            format: try present(format, "format"), digest: try present(digest, "digest"),
            survey: try present(survey, "survey"))
    }

    private mutating func digest() throws(ReadFailure) -> Digest {
        var algorithm: String?, sources: String?, content: String?
        let members = try object(digestKeys) { scanner, index, members throws(ReadFailure) in
            let value = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            switch index {
            case 0: algorithm = value
            case 1: sources = value
            default: content = value
            }
        }
        try members.checkAll(required: 0b111)
        return Digest(
            algorithm: try present(algorithm, "algorithm"), sources: try present(sources, "sources"),
            content: try present(content, "content"))
    }

    private mutating func survey() throws(ReadFailure) -> Survey {
        var id: String?, title: String?, version: String?, description: String?, anonymous: Bool?, minutes: Int?
        var roles: [Role]?, screener: [String]?, sections: [Section]?, summaries: [RoleSummary]?
        let members = try object(surveyKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: id = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 1: title = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 2: version = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 3:
                description = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.optionalString()
                } ?? nil
            case 4: anonymous = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.bool() }
            case 5:
                minutes = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.isNull() ? nil : scanner.int()
                } ?? nil
            case 6:
                roles = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.array { scanner throws(ReadFailure) in try scanner.role() }
                }
            case 7: screener = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.strings() }
            case 8:
                sections = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.array { scanner throws(ReadFailure) in try scanner.section() }
                }
            default:
                summaries = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.array { scanner throws(ReadFailure) in try scanner.summary() }
                }
            }
        }
        try members.checkAll(required: 0b11_1101_0111)
        return Survey(
            id: try present(id, "id"), title: try present(title, "title"), version: try present(version, "version"),
            description: description, anonymous: try present(anonymous, "anonymous"), minutes: minutes,
            roles: try present(roles, "roles"), screener: try present(screener, "screener"),
            sections: try present(sections, "sections"), summaries: try present(summaries, "summaries"))
    }

    private mutating func role() throws(ReadFailure) -> Role {
        var id: String?, label: String?, rule: Condition?
        let members = try object(roleKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: id = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 1: label = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            default: rule = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.condition() }
            }
        }
        try members.checkAll(required: 0b111)
        return Role(id: try present(id, "id"), label: try present(label, "label"), rule: try present(rule, "rule"))
    }

    private mutating func section() throws(ReadFailure) -> Section {
        var id: String?, title: String?, condition: Condition?, items: [Item]?
        let members = try object(sectionKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: id = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 1: title = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 2: condition = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalCondition() } ?? nil
            default: items = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.items() }
            }
        }
        try members.checkAll(required: 0b1011)
        return Section(
            id: try present(id, "id"), title: try present(title, "title"), condition: condition,
            items: try present(items, "items"))
    }

    private mutating func items() throws(ReadFailure) -> [Item] {
        try array { scanner throws(ReadFailure) in try scanner.item() }
    }

    /// `{"kind": …, "<kind>": {…}}`: the kind first, then only the member it names.
    private mutating func item() throws(ReadFailure) -> Item {
        var kind: String?, question: Question?, note: Note?, block: Block?
        let members = try object(itemKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: kind = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.itemKind() }
            case 1: question = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.question() }
            case 2: note = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.note() }
            default: block = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.block() }
            }
        }
        try members.check(0, isRequired: true)
        switch try present(kind, "kind") {
        case "question":
            try members.check(1, isRequired: true)
            return .question(try present(question, "question"))
        case "note":
            try members.check(2, isRequired: true)
            return .note(try present(note, "note"))
        default:
            try members.check(3, isRequired: true)
            return .block(try present(block, "block"))
        }
    }

    private mutating func itemKind() throws(ReadFailure) -> String {
        let kind = try string()
        guard kind == "question" || kind == "note" || kind == "block" else { throw notAllowed(kind) }
        return kind
    }

    private mutating func note() throws(ReadFailure) -> Note {
        var text: String?, condition: Condition?
        let members = try object(noteKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: text = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            default: condition = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalCondition() } ?? nil
            }
        }
        try members.checkAll(required: 0b01)
        return Note(text: try present(text, "text"), condition: condition)
    }

    private mutating func block() throws(ReadFailure) -> Block {
        var condition: Condition?, items: [Item]?
        let members = try object(blockKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: condition = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.condition() }
            default: items = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.items() }
            }
        }
        try members.checkAll(required: 0b11)
        return Block(condition: try present(condition, "condition"), items: try present(items, "items"))
    }

    private mutating func question() throws(ReadFailure) -> Question {
        var id: String?, type: QuestionType?, text: String?, isRequired: Bool?, checks: [Check]?, seconds: Double?
        var question = Question(id: "", type: .text, text: "")
        let members = try object(questionKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: id = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 1: type = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.questionType() }
            case 2: text = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 3: question.help = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 4: isRequired = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.bool() }
            case 5:
                question.condition = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.optionalCondition()
                } ?? nil
            case 6: question.continues = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 7: question.choiceList = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 8:
                question.options = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.isNull() ? nil : scanner.array { scanner throws(ReadFailure) in try scanner.option() }
                } ?? nil
            case 9: question.isOrdered = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalBool() } ?? nil
            case 10:
                question.rows = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.isNull() ? nil : scanner.array { scanner throws(ReadFailure) in try scanner.row() }
                } ?? nil
            case 11: question.minChoices = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalInt() } ?? nil
            case 12: question.maxChoices = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalInt() } ?? nil
            case 13: question.min = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalDouble() } ?? nil
            case 14: question.max = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalDouble() } ?? nil
            case 15: question.unit = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 16: question.lowLabel = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 17: question.highLabel = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 18: question.isLong = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalBool() } ?? nil
            case 19: question.maxLength = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalInt() } ?? nil
            case 20:
                checks = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.array { scanner throws(ReadFailure) in try scanner.check() }
                }
            default: seconds = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.double() }
            }
        }
        try members.checkAll(required: 1 << 0 | 1 << 1 | 1 << 2 | 1 << 4 | 1 << 20 | 1 << 21)
        question.id = try present(id, "id")
        question.type = try present(type, "type")
        question.text = try present(text, "text")
        question.isRequired = try present(isRequired, "required")
        question.checks = try present(checks, "checks")
        question.seconds = try present(seconds, "seconds")
        return question
    }

    private mutating func questionType() throws(ReadFailure) -> QuestionType {
        let text = try string()
        guard let type = QuestionType(rawValue: text) else { throw notAllowed(text) }
        return type
    }

    private mutating func optionalBool() throws(ReadFailure) -> Bool? {
        try isNull() ? nil : bool()
    }

    private mutating func optionalInt() throws(ReadFailure) -> Int? {
        try isNull() ? nil : int()
    }

    private mutating func optionalDouble() throws(ReadFailure) -> Double? {
        try isNull() ? nil : double()
    }

    private mutating func option() throws(ReadFailure) -> Option {
        var id: String?, label: String?
        var option = Option(id: "", label: "")
        let members = try object(optionKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: id = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 1: label = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            case 2: option.code = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalInt() } ?? nil
            case 3: option.isExclusive = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalBool() } ?? nil
            case 4: option.isSpecify = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalBool() } ?? nil
            default: option.continues = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            }
        }
        try members.checkAll(required: 0b11)
        option.id = try present(id, "id")
        option.label = try present(label, "label")
        return option
    }

    private mutating func row() throws(ReadFailure) -> Row {
        var id: String?, text: String?
        let members = try object(rowKeys) { scanner, index, members throws(ReadFailure) in
            let value = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            if index == 0 { id = value } else { text = value }
        }
        try members.checkAll(required: 0b11)
        return Row(id: try present(id, "id"), text: try present(text, "text"))
    }

    private mutating func check() throws(ReadFailure) -> Check {
        var condition: Condition?, message: String?
        let members = try object(checkKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: condition = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.condition() }
            default: message = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            }
        }
        try members.checkAll(required: 0b11)
        return Check(condition: try present(condition, "condition"), message: try present(message, "message"))
    }

    private mutating func summary() throws(ReadFailure) -> RoleSummary {
        var role: String?, questions: [String]?, seconds: Double?
        let members = try object(summaryKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: role = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 1: questions = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.strings() }
            default: seconds = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.double() }
            }
        }
        try members.checkAll(required: 0b110)
        return RoleSummary(
            role: role, questions: try present(questions, "questions"), seconds: try present(seconds, "seconds"))
    }

    // MARK: Conditions

    private mutating func optionalCondition() throws(ReadFailure) -> Condition? {
        try isNull() ? nil : condition()
    }

    private mutating func conditions() throws(ReadFailure) -> [Condition] {
        try array { scanner throws(ReadFailure) in try scanner.condition() }
    }

    /// `{"op": …}` with the members that operator needs; the others are not looked at, as in `Codable`.
    private mutating func condition() throws(ReadFailure) -> Condition {
        var op: String?, args: [Condition]?, arg: Condition?, ref: Reference?, roles: [String]?
        var test: Comparison?, value: Value?, values: [Value]?
        let members = try object(conditionKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: op = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.conditionOp() }
            case 1: args = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.conditions() }
            case 2: arg = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.condition() }
            case 3: ref = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.reference() }
            case 4: roles = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.strings() }
            case 5: test = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.comparison() }
            case 6: value = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.value() }
            default:
                values = try members.read(index, &scanner) { scanner throws(ReadFailure) in
                    try scanner.array { scanner throws(ReadFailure) in try scanner.value() }
                }
            }
        }
        try members.check(0, isRequired: true)
        switch try present(op, "op") {
        case "and", "or":
            try members.check(1, isRequired: true)
            let args = try present(args, "args")
            return op == "and" ? .and(args) : .or(args)
        case "not":
            try members.check(2, isRequired: true)
            return .not(try present(arg, "arg"))
        case "answered":
            try members.check(3, isRequired: true)
            return .answered(try present(ref, "ref"))
        case "role":
            try members.check(4, isRequired: true)
            return .role(try present(roles, "roles"))
        case "test":
            try members.check(3, isRequired: true)
            try members.check(5, isRequired: true)
            try members.check(6, isRequired: true)
            return .test(try present(ref, "ref"), try present(test, "test"), try present(value, "value"))
        default:
            try members.check(3, isRequired: true)
            try members.check(7, isRequired: true)
            return .among(try present(ref, "ref"), try present(values, "values"))
        }
    }

    private mutating func conditionOp() throws(ReadFailure) -> String {
        let op = try string()
        switch op {
        case "and", "or", "not", "answered", "role", "test", "in": return op
        default: throw notAllowed(op)
        }
    }

    private mutating func comparison() throws(ReadFailure) -> Comparison {
        let text = try string()
        guard let comparison = Comparison(rawValue: text) else { throw notAllowed(text) }
        return comparison
    }

    private mutating func reference() throws(ReadFailure) -> Reference {
        var question: String?, row: String?
        let members = try object(referenceKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: question = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.string() }
            default: row = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            }
        }
        try members.checkAll(required: 0b01)
        return Reference(question: try present(question, "question"), row: row)
    }

    /// A one-member object such as `{"option": "agency"}`; a null member counts as absent.
    private mutating func value() throws(ReadFailure) -> Value {
        var option: String?, number: Double?, text: String?, bool: Bool?, answer: String?
        let members = try object(valueKeys) { scanner, index, members throws(ReadFailure) in
            switch index {
            case 0: option = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 1: number = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalDouble() } ?? nil
            case 2: text = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            case 3: bool = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalBool() } ?? nil
            default: answer = try members.read(index, &scanner) { scanner throws(ReadFailure) in try scanner.optionalString() } ?? nil
            }
        }
        try members.checkAll(required: 0)
        let values = [
            option.map(Value.option), number.map(Value.number), text.map(Value.text), bool.map(Value.bool),
            answer.map(Value.answer),
        ].compactMap { $0 }
        guard values.count == 1 else { throw .layout(Value.memberCountProblem(values.count)) }
        return values[0]
    }
}
