extension Condition {
    /// The condition written in the source language, such as `employer is agency and not answered hours`.
    public var sourceText: String { text(precedence: 0) }

    private func text(precedence: Int) -> String {
        switch self {
        case .or(let terms):
            let joined = terms.map { $0.text(precedence: 1) }.joined(separator: " or ")
            return terms.isEmpty ? "false" : precedence > 1 ? "(\(joined))" : joined
        case .and(let terms):
            let joined = terms.map { $0.text(precedence: 2) }.joined(separator: " and ")
            return terms.isEmpty ? "true" : precedence > 2 ? "(\(joined))" : joined
        case .not(let inner):
            return "not " + inner.text(precedence: 3)
        case .answered(let ref):
            return "answered \(ref.name)"
        case .role(let roles):
            return roles.count == 1 ? "role is \(roles[0])" : "role in (\(roles.joined(separator: ", ")))"
        case .test(let ref, let comparison, let value):
            return "\(ref.name) \(comparison.spelling) \(value.sourceText)"
        case .among(let ref, let values):
            return "\(ref.name) in (\(values.map(\.sourceText).joined(separator: ", ")))"
        }
    }
}

extension Value {
    /// The value as written in the source language.
    public var sourceText: String {
        switch self {
        case .option(let id): id
        case .number(let number): number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
        case .text(let text): "\"\(text)\""
        case .bool(let bool): bool ? "yes" : "no"
        case .answer(let question): question
        }
    }
}
