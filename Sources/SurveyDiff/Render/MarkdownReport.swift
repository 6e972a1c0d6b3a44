/// Markdown for a pull-request comment: a summary table, then per-section details of every changed question.
public func markdownReport(_ diff: Diff) -> String {
    let m = Markup.markdown
    var lines: [String] = []
    lines.append("## Survey diff: \(m.code(diff.old.id)) \(m.text(diff.old.version)) → \(m.code(diff.new.id)) \(m.text(diff.new.version))")
    lines.append("")
    let summary = diff.summary
    lines += ["| verdict | DDI | questions |", "| --- | --- | ---: |"]
    for verdict in Verdict.allCases {
        lines.append("| \(verdict.label) | \(verdict.ddiCommonality) | \(summary[verdict]) |")
    }
    lines.append("| **total** | | **\(summary.total)** |")
    lines.append("")
    if diff.hasBreakingChanges {
        lines.append(
            "**Breaking:** \(summary[.notComparable]) not comparable, \(summary[.dropped]) dropped.")
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
        }
    }
    return lines.joined(separator: "\n") + "\n"
}
