import SurveyDiff
extension Codebook {
    /// The codebook as CSV (RFC 4180): a header row, then one row per variable, lines ending CR LF.
    var csv: String {
        let header = ["variable", "question", "type", "values", "asked_of", "condition"]
        let rows = variables.map { [$0.name, $0.question, $0.type, $0.values, $0.askedOf, $0.condition ?? ""] }
        return csvTable([header] + rows)
    }
}
