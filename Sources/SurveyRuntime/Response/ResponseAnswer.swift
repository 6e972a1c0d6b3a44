/// An answer as recorded in a response, with option codes beside option identifiers.
///
/// JSON: `{"option": "agency", "code": 2}` for `single`;
/// `{"options": [{"option": "caseload", "code": 2}, …]}` for `multiple` and `ranking` (in the order given);
/// `{"grid": {"valued": {"option": "agree", "code": 4}}}` for `grid`; the other kinds as in `Answer`.
public enum ResponseAnswer: Hashable, Sendable {
    /// The option of a `single` question.
    case option(ChosenOption)
    /// The options of a `multiple` question, or of a `ranking` in order of preference.
    case options([ChosenOption])
    /// A `text` answer.
    case text(String)
    /// A `number` answer.
    case number(Int)
    /// A `decimal` answer.
    case decimal(Double)
    /// A `scale` answer.
    case scale(Int)
    /// The option chosen for each answered statement of a `grid`.
    case grid([String: ChosenOption])
    /// A `yesno` answer.
    case yesno(Bool)
}

extension ResponseAnswer: Codable {
    enum CodingKeys: String, CodingKey, CaseIterable { case option, options, text, number, decimal, scale, grid, yesno }

    /// Decodes the object whose member names the kind of answer; another member beside it is refused (an
    /// option's `code` and `specify` go with `option`).
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        if let kind = CodingKeys.allCases.first(where: container.contains) {
            let known = kind == .option ? Set(ChosenOption.CodingKeys.allCases.map(\.rawValue)) : [kind.rawValue]
            try refuseUnknownMembers(decoder, known: known, in: "an answer of kind `\(kind.rawValue)`")
        }
        if container.contains(.option) {
            self = .option(try ChosenOption(from: decoder))
        } else if let options = try container.decodeIfPresent([ChosenOption].self, forKey: .options) {
            self = .options(options)
        } else if let text = try container.decodeIfPresent(String.self, forKey: .text) {
            self = .text(text)
        } else if let number = try Self.wholeNumber(in: container, forKey: .number) {
            self = .number(number)
        } else if let decimal = try container.decodeIfPresent(Double.self, forKey: .decimal) {
            self = .decimal(decimal)
        } else if let scale = try Self.wholeNumber(in: container, forKey: .scale) {
            self = .scale(scale)
        } else if let grid = try container.decodeIfPresent([String: ChosenOption].self, forKey: .grid) {
            self = .grid(grid)
        } else if let yesno = try container.decodeIfPresent(Bool.self, forKey: .yesno) {
            self = .yesno(yesno)
        } else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath,
                    debugDescription: "a response answer needs one of option, options, text, number, decimal, scale, grid, yesno"))
        }
    }

    /// A whole number, read exactly as an `Int`; a number that is not one is refused with what it is, where
    /// `JSONDecoder` reports `3.5` read as an `Int` as "not valid JSON".
    private static func wholeNumber(in container: KeyedDecodingContainer<CodingKeys>, forKey key: CodingKeys) throws -> Int? {
        guard container.contains(key) else { return nil }
        if let whole = try? container.decode(Int.self, forKey: key) { return whole }
        let value = try container.decode(Double.self, forKey: key)
        let problem = value.rounded() == value ? "is too large for a whole number" : "is not a whole number"
        throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: "\(value) \(problem)")
    }

    /// Encodes the object whose member names the kind of answer.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .option(let chosen): try chosen.encode(to: encoder)
        case .options(let chosen): try container.encode(chosen, forKey: .options)
        case .text(let text): try container.encode(text, forKey: .text)
        case .number(let number): try container.encode(number, forKey: .number)
        case .decimal(let decimal): try container.encode(decimal, forKey: .decimal)
        case .scale(let scale): try container.encode(scale, forKey: .scale)
        case .grid(let grid): try container.encode(grid, forKey: .grid)
        case .yesno(let yesno): try container.encode(yesno, forKey: .yesno)
        }
    }
}
