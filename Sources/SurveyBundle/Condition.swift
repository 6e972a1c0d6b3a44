/// A display condition, validation rule or role rule, as an expression tree the runtime interprets.
///
/// Every test on a question with no answer is false; `not` is plain negation (grammar.md, section 7).
public indirect enum Condition: Hashable, Sendable {
    case and([Condition])
    case or([Condition])
    case not(Condition)
    /// The referenced question (or grid statement) has an answer.
    case answered(Reference)
    /// The respondent's role is one of these.
    case role([String])
    /// A comparison of an answer with a value.
    case test(Reference, Comparison, Value)
    /// The answer equals one of the values.
    case among(Reference, [Value])
}

/// A question, or one statement of a grid question.
public struct Reference: Hashable, Sendable, Codable {
    public var question: String
    public var row: String?

    /// Creates a reference.
    public init(question: String, row: String? = nil) {
        self.question = question
        self.row = row
    }

    /// `question` or `question.row`, as written in the source.
    public var name: String { row.map { "\(question).\($0)" } ?? question }
}

/// How an answer is compared with a value.
public enum Comparison: String, Hashable, Sendable, Codable, CaseIterable {
    case `is`, isNot, includes, less, lessOrEqual, greater, greaterOrEqual

    /// The operator as written in the source language.
    public var spelling: String {
        switch self {
        case .is: "is"
        case .isNot: "is not"
        case .includes: "includes"
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        }
    }
}

/// A literal an answer is compared with.
public enum Value: Hashable, Sendable {
    case option(String)
    case number(Double)
    case text(String)
    case bool(Bool)
    /// The answer to another number question, for rules such as `paid <= worked`.
    case answer(String)
}

extension Value: Codable {
    enum CodingKeys: String, CodingKey { case option, number, text, bool, answer }

    /// Decodes a one-member object such as `{"option": "agency"}`; a null member counts as absent.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let values = [
            try container.decodeIfPresent(String.self, forKey: .option).map(Value.option),
            try container.decodeIfPresent(Double.self, forKey: .number).map(Value.number),
            try container.decodeIfPresent(String.self, forKey: .text).map(Value.text),
            try container.decodeIfPresent(Bool.self, forKey: .bool).map(Value.bool),
            try container.decodeIfPresent(String.self, forKey: .answer).map(Value.answer),
        ].compactMap { $0 }
        guard values.count == 1 else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: Self.memberCountProblem(values.count)))
        }
        self = values[0]
    }

    /// Why an object with `count` members other than one is not a value. A value with two members used to
    /// read as the first, which would let a condition mean something other than it says.
    static func memberCountProblem(_ count: Int) -> String {
        count == 0
            ? "a value needs one of option, number, text, bool, answer"
            : "a value has only one of option, number, text, bool, answer, but this one has \(count)"
    }

    /// Encodes a one-member object such as `{"option": "agency"}`.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .option(let option): try container.encode(option, forKey: .option)
        case .number(let number): try container.encode(number, forKey: .number)
        case .text(let text): try container.encode(text, forKey: .text)
        case .bool(let bool): try container.encode(bool, forKey: .bool)
        case .answer(let question): try container.encode(question, forKey: .answer)
        }
    }
}

extension Condition: Codable {
    enum CodingKeys: String, CodingKey { case op, args, arg, ref, roles, test, value, values }
    enum Op: String, Codable { case and, or, not, answered, role, test, among = "in" }

    /// Decodes `{"op": …}` with the members that operator needs.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        switch try container.decode(Op.self, forKey: .op) {
        case .and: self = .and(try container.decode([Condition].self, forKey: .args))
        case .or: self = .or(try container.decode([Condition].self, forKey: .args))
        case .not: self = .not(try container.decode(Condition.self, forKey: .arg))
        case .answered: self = .answered(try container.decode(Reference.self, forKey: .ref))
        case .role: self = .role(try container.decode([String].self, forKey: .roles))
        case .test:
            self = .test(
                try container.decode(Reference.self, forKey: .ref),
                try container.decode(Comparison.self, forKey: .test),
                try container.decode(Value.self, forKey: .value))
        case .among:
            self = .among(
                try container.decode(Reference.self, forKey: .ref),
                try container.decode([Value].self, forKey: .values))
        }
    }

    /// Encodes `{"op": …}` with the members that operator needs.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .and(let args):
            try container.encode(Op.and, forKey: .op)
            try container.encode(args, forKey: .args)
        case .or(let args):
            try container.encode(Op.or, forKey: .op)
            try container.encode(args, forKey: .args)
        case .not(let arg):
            try container.encode(Op.not, forKey: .op)
            try container.encode(arg, forKey: .arg)
        case .answered(let ref):
            try container.encode(Op.answered, forKey: .op)
            try container.encode(ref, forKey: .ref)
        case .role(let roles):
            try container.encode(Op.role, forKey: .op)
            try container.encode(roles, forKey: .roles)
        case .test(let ref, let comparison, let value):
            try container.encode(Op.test, forKey: .op)
            try container.encode(ref, forKey: .ref)
            try container.encode(comparison, forKey: .test)
            try container.encode(value, forKey: .value)
        case .among(let ref, let values):
            try container.encode(Op.among, forKey: .op)
            try container.encode(ref, forKey: .ref)
            try container.encode(values, forKey: .values)
        }
    }
}

extension Condition {
    /// Every reference the condition reads, in order of appearance.
    public var references: [Reference] {
        var result: [Reference] = []
        collectReferences(into: &result)
        return result
    }

    private func collectReferences(into result: inout [Reference]) {
        switch self {
        case .and(let args), .or(let args): for arg in args { arg.collectReferences(into: &result) }
        case .not(let arg): arg.collectReferences(into: &result)
        case .answered(let ref), .among(let ref, _): result.append(ref)
        case .test(let ref, _, let value):
            result.append(ref)
            if case .answer(let other) = value { result.append(Reference(question: other)) }
        case .role: break
        }
    }

    /// Whether the condition tests the respondent's role anywhere.
    public var readsRole: Bool {
        switch self {
        case .and(let args), .or(let args): args.contains { $0.readsRole }
        case .not(let arg): arg.readsRole
        case .role: true
        case .answered, .test, .among: false
        }
    }
}

extension Condition {
    /// The terms that must all hold: the parts of an `and`, nested ones included; a condition that is not
    /// an `and` is one term.
    public var conjuncts: [Condition] {
        guard case .and(let parts) = self else { return [self] }
        return parts.flatMap(\.conjuncts)
    }
}
