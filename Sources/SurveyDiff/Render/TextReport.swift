/// The readable report: summary counts, header, roles and sections, then every changed question
/// under its section with its verdict, reasons and word diffs, and the verdicts of a grid's statements.
/// Identical questions and statements are counted, not listed.
public func textReport(_ diff: Diff, colour: Colour = .plain) -> String {
    let m = colour.markup
    var lines: [String] = []
    lines.append(
        colour.paint("survey diff", ANSI.bold)
            + ": \(m.code(diff.old.id)) \(diff.old.version) → \(m.code(diff.new.id)) \(diff.new.version)")
    lines.append("")
    let summary = diff.summary
    lines.append("Summary: \(summary.total) question\(summary.total == 1 ? "" : "s")")
    lines += counts(summary, colour)
    let statementSummary = diff.statementSummary
    if statementSummary.total > 0 {
        lines.append("Statements of grids in both versions: \(statementSummary.total)")
        lines += counts(statementSummary, colour)
    }
    if diff.hasBreakingChanges {
        let what = [summary.hasBreaking ? "questions" : nil, statementSummary.hasBreaking ? "grid statements" : nil]
        let message = "Breaking: some \(what.compactMap { $0 }.joined(separator: " and ")) are not comparable or were dropped."
        lines.append(colour.paint(message, ANSI.red))
    } else {
        lines.append(diff.hasChanges ? "No breaking changes." : "No changes.")
    }

    if !diff.metadata.isEmpty {
        lines += ["", "Survey"]
        for change in diff.metadata {
            lines.append("  \(change.field.rawValue): \(m.optional(change.old)) → \(m.optional(change.new))")
        }
    }
    if !diff.roles.isEmpty {
        lines += ["", "Roles"]
        lines += diff.roles.map { "  " + ReportText.role($0, m) }
    }
    for section in diff.sections {
        let changed = section.questions.filter { $0.verdict != .identical }
        guard !section.changes.isEmpty || !changed.isEmpty else { continue }
        lines.append("")
        var heading = "Section \(m.code(section.id)) \(m.quote(section.title))"
        if !section.changes.isEmpty { heading += ": " + section.changes.map { ReportText.section($0, m) }.joined(separator: ", ") }
        lines.append(colour.paint(heading, ANSI.bold))
        for question in changed {
            lines.append("  \(ReportText.identity(question, m)): \(colour.paint(question.verdict))")
            lines += question.reasons(m).map { "    - \($0)" }
            if !question.optionMapping.isEmpty {
                lines.append("    option mapping: \(question.optionMapping.map(\.text).joined(separator: "; "))")
            }
            let statements = question.statements.filter { $0.verdict != .identical }
            if !statements.isEmpty {
                lines.append("    statements:")
                lines += statements.map { "      \(ReportText.identity($0, of: question, m)): \(colour.paint($0.verdict))" }
            }
        }
    }
    return lines.joined(separator: "\n") + "\n"
}

/// One line per verdict with its count, aligned.
private func counts(_ summary: Summary, _ colour: Colour) -> [String] {
    let width = Verdict.allCases.map(\.label.count).max() ?? 0
    return Verdict.allCases.map { verdict in
        let padding = String(repeating: " ", count: width - verdict.label.count)
        let count = String(summary[verdict])
        return "  \(colour.paint(verdict))\(padding)  \(String(repeating: " ", count: Swift.max(0, 6 - count.count)))\(count)"
    }
}
