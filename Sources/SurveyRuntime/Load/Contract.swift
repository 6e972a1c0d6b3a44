import SurveyBundle

/// A value that `bundle.schema.json` forbids though the bundle types can hold it, with the path to it:
/// an identifier out of pattern, a digest that is not SHA-256 hex, a negative time, a flag written `false`,
/// a text question without its limit.
struct ContractViolation: Error {
    let problem: String
    /// The steps from the value outwards, innermost first: `.id`, `[2]`.
    private var steps: [String] = []

    init(_ problem: String) {
        self.problem = problem
    }

    /// The same violation one member or element further out.
    func within(_ step: String) -> ContractViolation {
        var violation = self
        violation.steps.append(step)
        return violation
    }

    /// The path written as `survey.sections[2].items[0].question.id`.
    var path: String {
        steps.reversed().joined()
    }
}

/// Runs `body` for the value at `step`, adding the step to the path of a violation it throws; the step is
/// written only then, so a valid bundle makes no string for each of its values.
private func at(_ step: @autoclosure () -> String, _ body: () throws(ContractViolation) -> Void) throws(ContractViolation) {
    do throws(ContractViolation) {
        try body()
    } catch {
        throw error.within(step())
    }
}

/// Runs `body` for each element of the array at member `name`, naming the element's index in a violation.
private func each<Element>(
    _ name: String, _ elements: [Element], _ body: (Element) throws(ContractViolation) -> Void
) throws(ContractViolation) {
    try at(".\(name)") { () throws(ContractViolation) in
        for (index, element) in elements.enumerated() {
            try at("[\(index)]") { () throws(ContractViolation) in try body(element) }
        }
    }
}

/// Checks that the member `name` (or, when `name` is empty, the array element) is an identifier, when it is there.
private func identifier(_ name: String, _ text: String?) throws(ContractViolation) {
    guard let text, !Identifier.isValid(text) else { return }
    let violation = ContractViolation(
        "\(text.debugDescription) is not an identifier: a letter or `_`, then letters, digits and `_`, 64 at most")
    throw name.isEmpty ? violation : violation.within(".\(name)")
}

/// The schema's identifier pattern, `^[A-Za-z_][A-Za-z0-9_]{0,63}$`: the language's identifiers.
enum Identifier {
    static let maxLength = 64

    /// Whether the text is an identifier; checked on bytes, since every identifier is ASCII.
    static func isValid(_ text: String) -> Bool {
        // A native string's bytes are read in place; the view's iterator is several times slower.
        text.utf8.withContiguousStorageIfAvailable(isValid) ?? isValid(Array(text.utf8))
    }

    private static func isValid(_ bytes: some Collection<UInt8>) -> Bool {
        guard let first = bytes.first, bytes.count <= maxLength, !isDigit(first) else { return false }
        return bytes.allSatisfy { isDigit($0) || isLetter($0) }
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func isLetter(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || byte == 0x5F
    }
}

extension Survey {
    /// Checks the survey's values against the schema; the first violation in document order is thrown.
    func checkContract() throws(ContractViolation) {
        try at("survey") { () throws(ContractViolation) in
            try identifier("id", id)
            if let minutes, minutes < 0 { throw ContractViolation("\(minutes) is negative").within(".minutes") }
            try each("roles", roles) { role throws(ContractViolation) in
                try identifier("id", role.id)
                try at(".rule") { () throws(ContractViolation) in try role.rule.checkContract() }
            }
            try each("screener", screener) { id throws(ContractViolation) in try identifier("", id) }
            try each("sections", sections) { section throws(ContractViolation) in try section.checkContract() }
            try each("summaries", summaries) { summary throws(ContractViolation) in try summary.checkContract() }
        }
    }
}

extension Section {
    fileprivate func checkContract() throws(ContractViolation) {
        try identifier("id", id)
        if let condition { try at(".condition") { () throws(ContractViolation) in try condition.checkContract() } }
        try each("items", items) { item throws(ContractViolation) in try item.checkContract() }
    }
}

extension Item {
    fileprivate func checkContract() throws(ContractViolation) {
        switch self {
        case .question(let question):
            try at(".question") { () throws(ContractViolation) in try question.checkContract() }
        case .note(let note):
            guard let condition = note.condition else { return }
            try at(".note.condition") { () throws(ContractViolation) in try condition.checkContract() }
        case .block(let block):
            try at(".block") { () throws(ContractViolation) in
                try at(".condition") { () throws(ContractViolation) in try block.condition.checkContract() }
                try each("items", block.items) { item throws(ContractViolation) in try item.checkContract() }
            }
        }
    }
}

/// Checks that the member `name` is a time in seconds: finite and not negative.
private func duration(_ name: String, _ seconds: Double) throws(ContractViolation) {
    guard !seconds.isFinite || seconds < 0 else { return }
    throw ContractViolation("\(seconds.shortText) is not a time: it must be finite and not negative").within(".\(name)")
}

/// Checks a flag the compiler writes only as `true`: `false` means the same as leaving it out, but would
/// give the same questionnaire another content digest.
private func onlyTrue(_ name: String, _ flag: Bool?) throws(ContractViolation) {
    guard flag == false else { return }
    throw ContractViolation("`false` is not allowed: the member is `true` or left out").within(".\(name)")
}

extension Digest {
    /// Checks that both digests are SHA-256 hex, before the content digest is compared with the survey's.
    func checkContract() throws(ContractViolation) {
        for (name, digest) in [("sources", sources), ("content", content)] where !Self.isSHA256(digest) {
            throw ContractViolation("\(digest.debugDescription) is not 64 lowercase hexadecimal digits")
                .within(".\(name)").within("digest")
        }
    }

    private static func isSHA256(_ text: String) -> Bool {
        text.utf8.count == 64 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}

extension Question {
    fileprivate func checkContract() throws(ContractViolation) {
        try identifier("id", id)
        if type == .text, maxLength == nil {
            throw ContractViolation("missing key `maxLength`, which every text question has")
        }
        try duration("seconds", seconds)
        if let condition { try at(".condition") { () throws(ContractViolation) in try condition.checkContract() } }
        try identifier("continues", continues)
        try identifier("choiceList", choiceList)
        try each("options", options ?? []) { option throws(ContractViolation) in try option.checkContract() }
        try each("rows", rows ?? []) { row throws(ContractViolation) in try identifier("id", row.id) }
        try each("checks", checks) { check throws(ContractViolation) in
            try at(".condition") { () throws(ContractViolation) in try check.condition.checkContract() }
        }
    }
}

extension Option {
    fileprivate func checkContract() throws(ContractViolation) {
        try identifier("id", id)
        try onlyTrue("exclusive", isExclusive)
        try onlyTrue("specify", isSpecify)
        try identifier("continues", continues)
    }
}

extension RoleSummary {
    fileprivate func checkContract() throws(ContractViolation) {
        try identifier("role", role)
        try each("questions", questions) { id throws(ContractViolation) in try identifier("", id) }
        try duration("seconds", seconds)
    }
}

extension Condition {
    fileprivate func checkContract() throws(ContractViolation) {
        switch self {
        case .and(let args), .or(let args):
            try each("args", args) { arg throws(ContractViolation) in try arg.checkContract() }
        case .not(let arg): try at(".arg") { () throws(ContractViolation) in try arg.checkContract() }
        case .answered(let reference): try reference.checkContract()
        case .role(let roles): try each("roles", roles) { id throws(ContractViolation) in try identifier("", id) }
        case .test(let reference, _, let value):
            try reference.checkContract()
            try at(".value") { () throws(ContractViolation) in try value.checkContract() }
        case .among(let reference, let values):
            try reference.checkContract()
            try each("values", values) { value throws(ContractViolation) in try value.checkContract() }
        }
    }
}

extension Reference {
    fileprivate func checkContract() throws(ContractViolation) {
        try at(".ref") { () throws(ContractViolation) in
            try identifier("question", question)
            try identifier("row", row)
        }
    }
}

extension Value {
    fileprivate func checkContract() throws(ContractViolation) {
        switch self {
        case .option(let id): try identifier("option", id)
        case .answer(let id): try identifier("answer", id)
        case .number, .text, .bool: break
        }
    }
}
