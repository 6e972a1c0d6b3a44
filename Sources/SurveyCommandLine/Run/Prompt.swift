import SurveyBundle
import SurveyRuntime

/// How `survey run` shows the current question: its text, help, numbered options and what to type.
func questionPrompt(_ question: Question, in session: Session) -> String {
    var out = session.text(of: question)
    if question.isRequired { out += " (required)" }
    out += "\n"
    if let help = session.help(of: question) { out += "  \(help)\n" }
    let options = question.options ?? []
    if question.type != .grid {
        let width = String(options.count).count
        for (index, option) in options.enumerated() {
            let number = String(index + 1)
            let notes = optionNotes(option, in: question)
            out += "  " + String(repeating: " ", count: width - number.count) + number + ". " + option.label
            out += notes.isEmpty ? "\n" : " (\(notes.joined(separator: ", ")))\n"
        }
    } else {
        out += "  " + options.enumerated().map { "\($0.offset + 1) \($0.element.label)" }.joined(separator: " · ") + "\n"
    }
    out += "  " + answerWords(question) + " " + typingHint(question) + "\n"
    if let previous = session.previousAnswer {
        out += "  Your answer was: \(answerText(previous, for: question)). Press Enter to keep it.\n"
    }
    return out
}

/// What to type for the question's kind of answer.
private func typingHint(_ question: Question) -> String {
    let skip = question.isRequired ? "" : " Enter skips."
    switch question.type {
    case .single: return "Type its number." + specifyHint(question) + skip
    case .multiple: return "Type their numbers, separated by commas." + specifyHint(question) + skip
    case .ranking: return "Type their numbers, most important first." + skip
    case .grid: return "Type a number for each statement; Enter leaves it blank."
    case .yesno: return "Type yes or no." + skip
    case .number, .decimal, .scale: return "Type the number." + skip
    case .text: return "Type your answer on one line." + skip
    }
}

private func specifyHint(_ question: Question) -> String {
    guard let option = question.options?.first(where: { $0.isSpecify == true }) else { return "" }
    let number = (question.options?.firstIndex(of: option) ?? 0) + 1
    return " For \(quoted(option.label)), add your words after a colon: `\(number): …`."
}

/// An answer in the respondent's words: option labels, statements with their options, the number or text.
func answerText(_ answer: Answer, for question: Question) -> String {
    let options = question.options ?? []
    func label(_ id: String, _ specify: String?) -> String {
        let label = options.first { $0.id == id }?.label ?? id
        return specify.map { "\(label): \($0)" } ?? label
    }
    switch answer {
    case .option(let id, let specify): return label(id, specify)
    case .options(let ids, let specify): return ids.map { label($0, specify[$0]) }.joined(separator: "; ")
    case .text(let text): return quoted(text)
    case .number(let number), .scale(let number): return String(number)
    case .decimal(let number): return numberWords(number)
    case .yesno(let yes): return yes ? "Yes" : "No"
    case .grid(let cells):
        return (question.rows ?? []).compactMap { row in cells[row.id].map { "\(row.text): \(label($0, nil))" } }
            .joined(separator: "; ")
    }
}

/// "[12 answered · about 6 minutes left]"
func progressLine(_ progress: Progress) -> String {
    let minutes = Int((progress.secondsRemaining / 60).rounded(.up))
    let left = minutes <= 1 ? "about a minute left" : "about \(minutes) minutes left"
    return "[\(plural(progress.answered, "answer")) so far · \(left)]"
}
