import SurveyBundle

extension QuestionEntry {
    /// The answer as it reads inside a sentence, for one grid statement when `row` is given.
    ///
    /// Options read as their labels (or the typed text of a `specify` option), several joined by ", ";
    /// numbers as written; yes and no in lower case; a whole grid as "statement: label" pairs joined by "; ".
    func displayText(of answer: Answer, row: String? = nil) -> String? {
        switch answer {
        case .option(let id, let specify):
            return label(of: id, specify: specify)
        case .options(let ids, let specify):
            return ids.map { label(of: $0, specify: specify[$0]) }.joined(separator: ", ")
        case .text(let text):
            return text
        case .number(let number), .scale(let number):
            return String(number)
        case .decimal(let decimal):
            return decimal.shortText
        case .yesno(let yes):
            return yes ? "yes" : "no"
        case .grid(let cells):
            if let row { return cells[row].map { label(of: $0, specify: nil) } }
            let pairs = (question.rows ?? []).compactMap { row in
                cells[row.id].map { "\(row.text): \(label(of: $0, specify: nil))" }
            }
            return pairs.joined(separator: "; ")
        }
    }

    private func label(of id: String, specify: String?) -> String {
        if let specify, !specify.allSatisfy(\.isWhitespace) { return specify }
        return positions[id].map { question.options![$0].label } ?? id
    }
}
