/// How far the answers to one question can be compared between the old and the new version.
///
/// The rules that give each change its verdict are in `docs/diff.md`.
public enum Verdict: String, CaseIterable, Hashable, Sendable {
    /// Nothing about the question changed.
    case identical
    /// Only presentation changed; answers mean the same.
    case comparable
    /// Answers can be compared, but the change may shift how people answer.
    case caution
    /// The answers measure something different and must not be pooled or trended.
    case notComparable = "not_comparable"
    /// The question is only in the new version.
    case new
    /// The question is only in the old version.
    case dropped

    /// The verdict as words for people, such as `comparable with caution`.
    public var label: String {
        switch self {
        case .identical: "identical"
        case .comparable: "comparable"
        case .caution: "comparable with caution"
        case .notComparable: "not comparable"
        case .new: "new"
        case .dropped: "dropped"
        }
    }

    /// The term for the DDI Lifecycle `CommonalityTypeCoded` of the correspondence between the two versions.
    public var ddiCommonality: String {
        switch self {
        case .identical: "Identical"
        case .comparable: "High"
        case .caution: "Medium"
        case .notComparable: "Low"
        case .new, .dropped: "None"
        }
    }

    /// Whether CI should stop a change with this verdict under `--fail-on breaking`.
    public var isBreaking: Bool { self == .notComparable || self == .dropped }

    /// The worst verdict of the changes, or `identical` when there are none.
    static func worst(of changes: [Change]) -> Verdict {
        changes.map(\.verdict).max { $0.severity < $1.severity } ?? .identical
    }

    /// Rank among the verdicts a matched question can have; the worst change decides.
    var severity: Int {
        switch self {
        case .identical: 0
        case .comparable: 1
        case .caution: 2
        case .notComparable: 3
        case .new, .dropped: 4
        }
    }
}
