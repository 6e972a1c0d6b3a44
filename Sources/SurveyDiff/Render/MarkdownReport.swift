/// Markdown for a pull-request comment: a summary table, then per-section details of every changed question,
/// with the verdicts of a grid's statements.
public func markdownReport(_ diff: Diff) -> String {
    let m = Markup.markdown
    var lines: [String] = []
    lines.append("## Survey diff: \(m.code(diff.old.id)) \(m.text(diff.old.version)) → \(m.code(diff.new.id)) \(m.text(diff.new.version))")
    lines.append("")
    let summary = diff.summary, statementSummary = diff.statementSummary
    // The statements column appears only when some grid is in both versions.
    let hasStatements = statementSummary.total > 0
    func cells(_ question: String, _ statement: String) -> String { hasStatements ? " \(question) | \(statement) |" : " \(question) |" }
    lines += ["| verdict | DDI |" + cells("questions", "grid statements"), "| --- | --- |" + cells("---:", "---:")]
    for verdict in Verdict.allCases {
        lines.append("| \(verdict.label) | \(verdict.ddiCommonality) |" + cells("\(summary[verdict])", "\(statementSummary[verdict])"))
    }
    lines.append("| **total** | |" + cells("**\(summary.total)**", "**\(statementSummary.total)**"))
    lines.append("")
    if diff.hasBreakingChanges {
        var breaking = "**Breaking:** \(summary[.notComparable]) not comparable, \(summary[.dropped]) dropped"
        if statementSummary.hasBreaking {
            breaking += "; grid statements: \(statementSummary[.notComparable]) not comparable, \(statementSummary[.dropped]) dropped"
        }
        lines.append(breaking + ".")
    } else {
        lines.append(diff.hasChanges ? "No breaking changes." : "No changes.")
    }
    if !diff.metadata.isEmpty {
        lines += ["", "### Survey", ""]
        for change in diff.metadata {
            lines.append("- \(change.field.rawValue): \(m.optional(change.old)) → \(m.optional(change.new))")
        }
    }
    if !diff.roles.isEmpty {
        lines += ["", "### Roles", ""]
        lines += diff.roles.map { "- " + ReportText.role($0, m) }
    }
    for section in diff.sections {
        let changed = section.questions.filter { $0.verdict != .identical }
        guard !section.changes.isEmpty || !changed.isEmpty else { continue }
        lines += ["", "### Section \(m.code(section.id)): \(m.text(section.title))", ""]
        if !section.changes.isEmpty {
            lines.append("Section " + section.changes.map { ReportText.section($0, m) }.joined(separator: ", ") + ".")
            lines.append("")
        }
        for question in changed {
            lines.append("- **\(ReportText.identity(question, m))**: \(question.verdict.label) (\(question.verdict.ddiCommonality))")
            lines += question.reasons(m).map { "  - \($0)" }
            if !question.optionMapping.isEmpty {
                lines.append("  - option mapping: \(m.code(question.optionMapping.map(\.text).joined(separator: "; ")))")
            }
            let statements = question.statements.filter { $0.verdict != .identical }
            if !statements.isEmpty {
                lines.append("  - statements:")
                lines += statements.map {
                    "    - \(ReportText.identity($0, of: question, m)): \($0.verdict.label) (\($0.verdict.ddiCommonality))"
                }
            }
        }
    }
    return lines.joined(separator: "\n") + "\n"
}
