/// Wording shared by the text and Markdown reports.
enum ReportText {
    /// `` `q` ``, or `` `old` → `new` `` for a question that continues another under a new identifier.
    static func identity(_ question: QuestionDiff, _ m: Markup) -> String {
        if let old = question.oldID, let new = question.newID, old != new { return "\(m.code(old)) → \(m.code(new))" }
        return m.code(question.id)
    }

    /// `` `grid.statement` ``, the statement's variable, or `` `old.statement` → `new.statement` `` for a
    /// grid that continues another under a new identifier.
    static func identity(_ statement: StatementDiff, of grid: QuestionDiff, _ m: Markup) -> String {
        var old: String?, new: String?
        if let gridID = grid.oldID, let id = statement.oldID { old = "\(gridID).\(id)" }
        if let gridID = grid.newID, let id = statement.newID { new = "\(gridID).\(id)" }
        if let old, let new, old != new { return "\(m.code(old)) → \(m.code(new))" }
        return m.code(new ?? old ?? "")
    }

    static func role(_ change: RoleChange, _ m: Markup) -> String {
        switch change {
        case .added(let id, let label): "added \(m.code(id)) \(m.quote(label))"
        case .removed(let id, let label): "removed \(m.code(id)) \(m.quote(label))"
        case .relabelled(let id, let old, let new): "\(m.code(id)) relabelled: \(m.quote(old)) → \(m.quote(new))"
        case .ruleChanged(let id, let old, let new): "\(m.code(id)) rule changed: \(m.code(old)) → \(m.code(new))"
        }
    }

    static func section(_ change: SectionChange, _ m: Markup) -> String {
        switch change {
        case .added: "added"
        case .removed: "removed"
        case .retitled(let old, let new): "retitled from \(m.quote(old)) to \(m.quote(new))"
        case .conditionChanged(let old, let new): "condition changed: \(m.code(old)) → \(m.code(new))"
        case .reordered(let old, let new): "moved from place \(old) to \(new) among the sections both versions have"
        }
    }
}
