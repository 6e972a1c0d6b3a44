extension Codebook {
    /// The codebook as CSV (RFC 4180): a header row, then one row per variable, lines ending CR LF.
    var csv: String {
        let header = ["variable", "question", "type", "values", "asked_of", "condition"]
        let rows = variables.map { [$0.name, $0.question, $0.type, $0.values, $0.askedOf, $0.condition ?? ""] }
        return ([header] + rows).map { $0.map(csvField).joined(separator: ",") + "\r\n" }.joined()
    }
}

/// A CSV field, quoted when it holds a comma, a quote or a line break, with quotes doubled.
func csvField(_ text: String) -> String {
    guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return text }
    return "\"" + text.replacing("\"", with: "\"\"") + "\""
}
