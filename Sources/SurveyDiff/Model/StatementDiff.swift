/// What happened to one statement of a grid that both versions have, with the statement's own verdict.
///
/// Each statement is a variable of its own in the data (`grid.statement`), so a grid is compared
/// statement by statement: a statement in both versions gets the worst of its own change and the changes
/// to the grid as a whole; one only in the new grid is `new`, one only in the old grid is `dropped`.
public struct StatementDiff: Hashable, Sendable {
    /// The statement identifier in the old version, or `nil` for a new statement.
    public var oldID: String?
    /// The statement identifier in the new version, or `nil` for a dropped statement.
    public var newID: String?
    /// The statement text: the new one, or the old one for a dropped statement.
    public var text: String
    /// The one verdict for the statement's data series.
    public var verdict: Verdict
    /// The statement's own change, if any, then the grid's changes that hold for every statement
    /// (`Change.appliesToEveryStatement`); empty for a new or dropped statement.
    public var changes: [Change]

    /// Creates a statement diff.
    public init(oldID: String?, newID: String?, text: String, verdict: Verdict, changes: [Change]) {
        self.oldID = oldID
        self.newID = newID
        self.text = text
        self.verdict = verdict
        self.changes = changes
    }

    /// The identifier to show: the new one, or the old one for a dropped statement.
    public var id: String { newID ?? oldID ?? "" }
}
