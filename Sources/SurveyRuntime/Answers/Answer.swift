/// A respondent's answer to one question.
///
/// Encoded as a one-member object named after the case, with extra members where noted:
/// `{"option": "other", "specify": "Locum"}`, `{"options": ["a", "b"], "specify": {"b": "…"}}`,
/// `{"text": "…"}`, `{"number": 12}`, `{"decimal": 37.5}`, `{"scale": 7}`,
/// `{"grid": {"valued": "agree"}}`, `{"yesno": true}`.
public enum Answer: Hashable, Sendable {
    /// One option of a `single` question, with the typed text of a `specify` option.
    ///
    /// JSON: `{"option": "agency"}` or `{"option": "other", "specify": "Locum"}`.
    case option(String, specify: String? = nil)
    /// Options of a `multiple` question, or of a `ranking` question in order of preference.
    ///
    /// JSON: `{"options": ["caseload", "other"], "specify": {"other": "Parking"}}`; `specify` is left out when empty.
    case options([String], specify: [String: String] = [:])
    /// The text of a `text` question. JSON: `{"text": "Senior practitioner"}`.
    case text(String)
    /// The whole number of a `number` question. JSON: `{"number": 12}`.
    case number(Int)
    /// The finite number of a `decimal` question. JSON: `{"decimal": 37.5}`.
    case decimal(Double)
    /// The point chosen on a `scale` question. JSON: `{"scale": 7}`.
    case scale(Int)
    /// The option chosen for each answered statement of a `grid`. JSON: `{"grid": {"valued": "agree"}}`.
    case grid([String: String])
    /// The answer to a `yesno` question. JSON: `{"yesno": true}`.
    case yesno(Bool)
}

extension Answer: Codable {
    enum CodingKeys: String, CodingKey { case option, options, specify, text, number, decimal, scale, grid, yesno }

    /// Decodes the one-member object that names the case.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let id = try container.decodeIfPresent(String.self, forKey: .option) {
            self = .option(id, specify: try container.decodeIfPresent(String.self, forKey: .specify))
        } else if let ids = try container.decodeIfPresent([String].self, forKey: .options) {
            let specify = try container.decodeIfPresent([String: String].self, forKey: .specify) ?? [:]
            self = .options(ids, specify: specify)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else if let number = try container.decodeIfPresent(Int.self, forKey: .number) {
            self = .number(number)
        } else if let decimal = try container.decodeIfPresent(Double.self, forKey: .decimal) {
            self = .decimal(decimal)
        } else if let scale = try container.decodeIfPresent(Int.self, forKey: .scale) {
            self = .scale(scale)
        } else if let grid = try container.decodeIfPresent([String: String].self, forKey: .grid) {
            self = .grid(grid)
        } else if let yesno = try container.decodeIfPresent(Bool.self, forKey: .yesno) {
            self = .yesno(yesno)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "an answer needs one of option, options, text, number, decimal, scale, grid, yesno"))
        }
    }

    /// Encodes the one-member object that names the case.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .option(let id, let specify):
            try container.encode(id, forKey: .option)
            try container.encodeIfPresent(specify, forKey: .specify)
        case .options(let ids, let specify):
            try container.encode(ids, forKey: .options)
            if !specify.isEmpty { try container.encode(specify, forKey: .specify) }
        case .text(let text): try container.encode(text, forKey: .text)
        case .number(let number): try container.encode(number, forKey: .number)
        case .decimal(let decimal): try container.encode(decimal, forKey: .decimal)
        case .scale(let scale): try container.encode(scale, forKey: .scale)
        case .grid(let grid): try container.encode(grid, forKey: .grid)
        case .yesno(let yesno): try container.encode(yesno, forKey: .yesno)
        }
    }
}
