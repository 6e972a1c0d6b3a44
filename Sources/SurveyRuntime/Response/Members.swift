/// Any member name of a JSON object, to see every member it has (a type's own `CodingKeys` see only theirs).
struct MemberName: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

/// Refuses an object with a member that is not one of `Keys`, the members its type decodes.
func refuseUnknownMembers<Keys: CodingKey & CaseIterable>(_ decoder: any Decoder, of keys: Keys.Type, in what: String) throws {
    try refuseUnknownMembers(decoder, known: Set(keys.allCases.map(\.stringValue)), in: what)
}

/// Refuses an object with a member outside `known`: decoding ignores such a member, so an answer written
/// `{"option": "a", "text": "…"}` would lose its text without a word.
func refuseUnknownMembers(_ decoder: any Decoder, known: Set<String>, in what: String) throws {
    let container = try decoder.container(keyedBy: MemberName.self)
    guard let unknown = container.allKeys.first(where: { !known.contains($0.stringValue) }) else { return }
    throw DecodingError.dataCorruptedError(
        forKey: unknown, in: container,
        debugDescription: "not a member of \(what), which has \(known.sorted().map { "`\($0)`" }.joined(separator: ", "))")
}
