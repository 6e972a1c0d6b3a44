import SurveyBundle

/// The renames between the two versions, used to read old conditions and text in new identifiers.
///
/// Only identifiers that differ are stored: a question or option matched under its own
/// identifier maps to itself, and so does one that was dropped.
struct Links {
    /// New question identifier by old question identifier.
    var questions: [String: String] = [:]
    /// New option identifier by old option identifier, per old question identifier.
    var options: [String: [String: String]] = [:]

    /// The new identifier of an old question.
    func question(_ old: String) -> String { questions[old] ?? old }

    /// The new identifier of an option of an old question.
    func option(_ old: String, of question: String) -> String { options[question]?[old] ?? old }

    var isEmpty: Bool { questions.isEmpty && options.isEmpty }

    /// An old condition with its question and option identifiers in new terms.
    func map(_ condition: Condition) -> Condition {
        if isEmpty { return condition }
        switch condition {
        case .and(let args): return .and(args.map(map))
        case .or(let args): return .or(args.map(map))
        case .not(let arg): return .not(map(arg))
        case .answered(let ref): return .answered(map(ref))
        case .role: return condition
        case .test(let ref, let comparison, let value):
            return .test(map(ref), comparison, map(value, of: ref.question))
        case .among(let ref, let values):
            return .among(map(ref), values.map { map($0, of: ref.question) })
        }
    }

    private func map(_ ref: Reference) -> Reference {
        Reference(question: question(ref.question), row: ref.row)
    }

    private func map(_ value: Value, of question: String) -> Value {
        switch value {
        case .option(let id): return .option(option(id, of: question))
        case .answer(let other): return .answer(self.question(other))
        case .number, .text, .bool: return value
        }
    }

    /// Old question text with `{name}` and `{name|words}` pipes renamed to new identifiers.
    func mapPipes(_ text: String) -> String {
        if questions.isEmpty || !text.utf8.contains(UInt8(ascii: "{")) { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            let afterOpen = rest.index(after: open)
            if afterOpen < rest.endIndex, rest[afterOpen] == "{" {
                result += "{{"
                rest = rest[rest.index(after: afterOpen)...]
                continue
            }
            let nameEnd = rest[afterOpen...].firstIndex { !($0.isLetter || $0.isNumber || $0 == "_") } ?? rest.endIndex
            result += "{" + question(String(rest[afterOpen..<nameEnd]))
            rest = rest[nameEnd...]
        }
        return result + rest
    }
}
