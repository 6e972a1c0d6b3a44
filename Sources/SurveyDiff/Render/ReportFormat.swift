/// The forms a diff can be rendered in, one per `survey diff --format` value.
public enum ReportFormat: String, CaseIterable, Hashable, Sendable {
    /// A readable report for the terminal.
    case text
    /// Markdown for a pull-request comment.
    case markdown
    /// JSON for tools, with sorted keys and the DDI term per question.
    case json
    /// A crosswalk CSV (RFC 4180), one row per question.
    case csv
}

/// Renders a diff in the given format; every rendering ends with a newline.
///
/// `colour` affects only the text format.
public func render(_ diff: Diff, as format: ReportFormat, colour: Colour = .plain) -> String {
    switch format {
    case .text: textReport(diff, colour: colour)
    case .markdown: markdownReport(diff)
    case .json: jsonReport(diff)
    case .csv: crosswalkCSV(diff)
    }
}
