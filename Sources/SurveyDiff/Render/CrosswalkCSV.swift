/// The crosswalk: one CSV row per question of either version, in report order, for analysts
/// joining the two waves' data. RFC 4180: CRLF line ends, fields quoted when they hold a comma,
/// quote, CR or LF, quotes doubled.
///
/// Columns: `old_id`, `new_id`, `verdict`, `ddi`, `reasons` (joined with `; `), and
/// `option_mapping` (such as `agency=2->3; la->local_authority`).
public func crosswalkCSV(_ diff: Diff) -> String {
    var rows = [["old_id", "new_id", "verdict", "ddi", "reasons", "option_mapping"]]
    for question in diff.questions {
        rows.append([
            question.oldID ?? "", question.newID ?? "", question.verdict.rawValue, question.verdict.ddiCommonality,
            question.reasons.joined(separator: "; "), question.optionMapping.map(\.text).joined(separator: "; "),
        ])
    }
    return csvTable(rows)
}

/// Rows as CSV (RFC 4180): fields joined by commas, quoted when they need it, each row ending CR LF.
public func csvTable(_ rows: [[String]]) -> String {
    rows.map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
}

/// A field quoted when RFC 4180 requires it: when it holds a comma, a quote, a CR or an LF, with quotes doubled.
///
/// Read by scalar, not by `Character`: a comma or a quote followed by a combining mark is one `Character`, which
/// equals neither, and would be left to split the field or end it.
public func csvField(_ value: String) -> String {
    guard value.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
    var quoted = "\""
    for scalar in value.unicodeScalars {
        if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
    }
    return quoted + "\""
}
