/// A change to a section itself, as opposed to the questions in it.
public enum SectionChange: Hashable, Sendable {
    /// The section is only in the new version.
    case added
    /// The section is only in the old version.
    case removed
    /// The section kept its identifier but its title changed.
    case retitled(old: String, new: String)
    /// The section's own condition changed (source syntax; `always` when it has none).
    case conditionChanged(old: String, new: String)
    /// The section sits at another place among the sections both versions have (its place among them, from
    /// 1, in old and in new order).
    case reordered(oldPlace: Int, newPlace: Int)

    /// A stable machine-readable name for the kind of change.
    public var code: String {
        switch self {
        case .added: "section-added"
        case .removed: "section-removed"
        case .retitled: "section-retitled"
        case .conditionChanged: "section-condition-changed"
        case .reordered: "section-reordered"
        }
    }
}
