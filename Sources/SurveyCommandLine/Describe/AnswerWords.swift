import SurveyBundle

/// What kind of answer a question takes and what makes it valid, in words: "A whole number from 0 to 80 (cases)."
func answerWords(_ question: Question) -> String {
    let unit = question.unit.map { " (\($0))" } ?? ""
    switch question.type {
    case .single:
        return "Choose one."
    case .yesno:
        return "Yes or no."
    case .multiple:
        switch (question.minChoices, question.maxChoices) {
        case (let low?, let high?) where low == high: return "Choose \(low)."
        case (let low?, let high?): return "Choose from \(low) to \(high)."
        case (let low?, nil): return "Choose at least \(low)."
        case (nil, let high?): return "Choose up to \(high)."
        case (nil, nil): return "Choose all that apply."
        }
    case .ranking:
        let count = question.options?.count ?? 0
        // The runtime takes fewer than the most, as it takes a ranking of some of the options.
        if let top = question.maxChoices, top < count { return "Rank up to \(top) in order of preference." }
        return "Put them in order of preference; you may leave some out."
    case .text:
        let limit = question.maxLength.map { ", up to \($0) characters" } ?? ""
        return (question.isLong == true ? "A longer written answer" : "A short written answer") + limit + "."
    case .number, .decimal:
        let kind = question.type == .number ? "A whole number" : "A number"
        let decimals = question.type == .decimal ? ", decimals allowed" : ""
        guard let low = question.min, let high = question.max else { return "\(kind)\(decimals)\(unit)." }
        return "\(kind) from \(numberWords(low)) to \(numberWords(high))\(decimals)\(unit)."
    case .scale:
        let low = question.min.map(numberWords) ?? "?"
        let high = question.max.map(numberWords) ?? "?"
        let lowLabel = question.lowLabel.map { " (\(quoted($0)))" } ?? ""
        let highLabel = question.highLabel.map { " (\(quoted($0)))" } ?? ""
        return "A point on a scale from \(low)\(lowLabel) to \(high)\(highLabel)."
    case .grid:
        return "For each statement, choose one."
    }
}

/// What an option's clauses mean to a respondent: "please specify", "only on its own".
func optionNotes(_ option: Option, in question: Question) -> [String] {
    var notes: [String] = []
    if option.isSpecify == true { notes.append("please specify") }
    if option.isExclusive == true && question.type == .multiple { notes.append("only on its own") }
    return notes
}
