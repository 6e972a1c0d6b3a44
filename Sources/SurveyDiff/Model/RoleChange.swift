/// A change to the respondent roles, matched by identifier.
public enum RoleChange: Hashable, Sendable {
    /// The new version has a role the old one did not.
    case added(id: String, label: String)
    /// The old version had a role the new one does not.
    case removed(id: String, label: String)
    /// The role kept its identifier but its label changed.
    case relabelled(id: String, old: String, new: String)
    /// The rule that assigns the role changed (conditions in source syntax, mapped through `continues` links).
    case ruleChanged(id: String, old: String, new: String)

    /// The identifier of the role.
    public var id: String {
        switch self {
        case .added(let id, _), .removed(let id, _), .relabelled(let id, _, _), .ruleChanged(let id, _, _): id
        }
    }

    /// A stable machine-readable name for the kind of change.
    public var code: String {
        switch self {
        case .added: "role-added"
        case .removed: "role-removed"
        case .relabelled: "role-relabelled"
        case .ruleChanged: "role-rule-changed"
        }
    }
}
