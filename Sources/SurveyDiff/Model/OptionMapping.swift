/// How one option's identifier or export code moved between versions, for recoding data.
public struct OptionMapping: Hashable, Sendable {
    /// The option identifier in the old version.
    public var oldID: String
    /// The option identifier in the new version.
    public var newID: String
    /// The export code in the old version.
    public var oldCode: Int?
    /// The export code in the new version.
    public var newCode: Int?

    /// Creates a mapping.
    public init(oldID: String, newID: String, oldCode: Int?, newCode: Int?) {
        self.oldID = oldID
        self.newID = newID
        self.oldCode = oldCode
        self.newCode = newCode
    }

    /// The mapping in crosswalk form: `agency=2->3` (recoded), `la->local_authority` (renamed),
    /// or `la=1->local_authority=2` (both).
    public var text: String {
        let isRecoded = oldCode != newCode
        func side(_ id: String, _ code: Int?) -> String { isRecoded ? "\(id)=\(code.map(String.init) ?? "none")" : id }
        if oldID == newID { return "\(oldID)=\(oldCode.map(String.init) ?? "none")->\(newCode.map(String.init) ?? "none")" }
        return "\(side(oldID, oldCode))->\(side(newID, newCode))"
    }
}
