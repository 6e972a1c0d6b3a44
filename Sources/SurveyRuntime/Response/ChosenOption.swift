/// An option as recorded in a response: its identifier, its export code and any typed text.
///
/// JSON: `{"option": "other", "code": 9, "specify": "Locum"}`; `code` and `specify` are left out when absent.
public struct ChosenOption: Codable, Hashable, Sendable {
    /// The option identifier.
    public var option: String
    /// The option's numeric code for data export, if it has one.
    public var code: Int?
    /// The text typed for a `specify` option.
    public var specify: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case option, code, specify }

    /// Decodes the option; a member other than `option`, `code` and `specify` is refused, not ignored.
    public init(from decoder: any Decoder) throws {
        try refuseUnknownMembers(decoder, of: CodingKeys.self, in: "a chosen option")
        let container = try decoder.container(keyedBy: CodingKeys.self)
        option = try container.decode(String.self, forKey: .option)
        code = try container.decodeIfPresent(Int.self, forKey: .code)
        specify = try container.decodeIfPresent(String.self, forKey: .specify)
    }

    /// Creates a recorded option.
    public init(option: String, code: Int? = nil, specify: String? = nil) {
        self.option = option
        self.code = code
        self.specify = specify
    }
}
