/// What happened to one question between the old and the new version, with its verdict and reasons.
public struct QuestionDiff: Hashable, Sendable {
    /// The identifier in the old version, or `nil` for a new question.
    public var oldID: String?
    /// The identifier in the new version, or `nil` for a dropped question.
    public var newID: String?
    /// The section that held the question in the old version.
    public var oldSection: String?
    /// The section that holds the question in the new version.
    public var newSection: String?
    /// The question text: the new one, or the old one for a dropped question.
    public var text: String
    /// The one verdict for the question: the worst of its changes, `identical`, `new` or `dropped`.
    public var verdict: Verdict
    /// Every change found, in a fixed order (identity, wording, answer, options, validation, audience).
    public var changes: [Change]
    /// Options whose identifier or export code differs, for recoding old data.
    public var optionMapping: [OptionMapping]
    /// Unmatched questions on the other side with very similar wording, best first.
    public var possibleRenames: [RenameHint]
    /// The new question's `continues` link, when the diff could not follow it.
    public var unfollowedLink: UnfollowedLink?
    /// For a grid matched to a grid, every statement of either version with its own verdict: the new grid's
    /// statements in order, then dropped ones in old order. Empty for other questions.
    public var statements: [StatementDiff]

    /// Creates a question diff.
    public init(
        oldID: String?, newID: String?, oldSection: String?, newSection: String?, text: String,
        verdict: Verdict, changes: [Change], optionMapping: [OptionMapping] = [],
        possibleRenames: [RenameHint] = [], unfollowedLink: UnfollowedLink? = nil, statements: [StatementDiff] = []
    ) {
        self.oldID = oldID
        self.newID = newID
        self.oldSection = oldSection
        self.newSection = newSection
        self.text = text
        self.verdict = verdict
        self.changes = changes
        self.optionMapping = optionMapping
        self.possibleRenames = possibleRenames
        self.unfollowedLink = unfollowedLink
        self.statements = statements
    }

    /// The identifier to show: the new one, or the old one for a dropped question.
    public var id: String { newID ?? oldID ?? "" }

    /// The reasons for the verdict as lines of plain text.
    public var reasons: [String] { reasons(.plain) }

    func reasons(_ m: Markup) -> [String] {
        var lines: [String] = []
        switch verdict {
        case .new: lines.append("not in the old version")
        case .dropped: lines.append("not in the new version")
        default: break
        }
        lines += changes.map { $0.message(m) }
        for hint in possibleRenames {
            let other = verdict == .dropped ? hint.newID : hint.oldID
            let direction = verdict == .dropped ? "possibly renamed to" : "possibly renamed from"
            lines.append(
                "\(direction) \(m.code(other)) (word similarity \(NumberText.fraction(hint.similarity))): "
                    + "if so, add \(m.code("continues \(hint.oldID)")) to \(m.code(hint.newID))")
        }
        if let link = unfollowedLink {
            if let claimant = link.claimedBy {
                lines.append("\(m.code("continues \(link.target)")) not followed: \(m.code(claimant)) already continues \(m.code(link.target))")
            } else {
                lines.append("\(m.code("continues \(link.target)")) not followed: the old version has no question \(m.code(link.target))")
            }
        }
        return lines
    }
}
