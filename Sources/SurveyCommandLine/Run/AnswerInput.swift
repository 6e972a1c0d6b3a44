import SurveyBundle
import SurveyLanguage
import SurveyRuntime

/// Reads an answer typed on one line, as `survey run` and answer files write it.
///
/// - choice (`single`, `multiple`, `ranking`): option numbers as listed, or option identifiers, separated by
///   commas or spaces (a ranking in order of preference); `other: Locum work` gives the typed text of a
///   "please specify" option, which must come last.
/// - `grid`: `statement: option` pairs separated by commas, each side a number or an identifier.
/// - `yesno`: `yes`, `y`, `1`, `no`, `n`, `2`.
/// - `number`, `scale`: a whole number; `decimal`: a number; `text`: the line itself.
///
/// The result still has to pass the runtime's validation; this only turns words into an `Answer`.
func parseAnswer(_ line: String, for question: Question) -> Result<Answer, AnswerInputError> {
    let text = line.trimmingSpaces
    switch question.type {
    case .single:
        let (head, specify) = splitSpecify(text)
        return option(head, in: question.options ?? []).map { .option($0, specify: specify) }
    case .multiple, .ranking:
        let (head, specify) = splitSpecify(text)
        var ids: [String] = []
        for word in words(head) {
            switch option(word, in: question.options ?? []) {
            case .success(let id): ids.append(id)
            case .failure(let error): return .failure(error)
            }
        }
        guard !ids.isEmpty else { return .failure(AnswerInputError("Please choose at least one option.")) }
        return .success(.options(ids, specify: specify.map { [ids.last!: $0] } ?? [:]))
    case .grid:
        var cells: [String: String] = [:]
        for pair in text.split(separator: ",") {
            let parts = pair.split(separator: ":", maxSplits: 1).map { String($0).trimmingSpaces }
            guard parts.count == 2 else {
                return .failure(AnswerInputError("Write each statement and its answer as `statement: option`."))
            }
            switch (row(parts[0], in: question.rows ?? []), option(parts[1], in: question.options ?? [])) {
            case (.success(let row), .success(let id)):
                // A statement answered twice is a slip, and which answer was meant cannot be told.
                guard cells.updateValue(id, forKey: row) == nil else {
                    return .failure(AnswerInputError("`\(parts[0])` is answered twice: give each statement one answer."))
                }
            case (.failure(let error), _), (_, .failure(let error)): return .failure(error)
            }
        }
        return .success(.grid(cells))
    case .yesno:
        switch text.lowercased() {
        case "yes", "y", "1", "true": return .success(.yesno(true))
        case "no", "n", "2", "false": return .success(.yesno(false))
        default: return .failure(AnswerInputError("Please answer yes or no."))
        }
    case .number, .scale:
        guard let number = Int(text) else { return .failure(AnswerInputError("Please enter a whole number.")) }
        return .success(question.type == .number ? .number(number) : .scale(number))
    case .decimal:
        guard let number = Double(text), number.isFinite else { return .failure(AnswerInputError("Please enter a number.")) }
        return .success(.decimal(number))
    case .text:
        return .success(.text(text))
    }
}

/// Why a typed answer could not be read, as a sentence for the respondent.
struct AnswerInputError: Error, Equatable {
    var message: String
    init(_ message: String) { self.message = message }
}

/// The option named by its number in the list or by its identifier.
func option(_ word: String, in options: [Option]) -> Result<String, AnswerInputError> {
    if let number = Int(word), options.indices.contains(number - 1) { return .success(options[number - 1].id) }
    if options.contains(where: { $0.id == word }) { return .success(word) }
    let range = options.isEmpty ? "" : " (1 to \(options.count))"
    let hint = closestMatch(to: word, in: options.map(\.id)).map { " Did you mean `\($0)`?" } ?? ""
    return .failure(AnswerInputError("`\(word)` is not one of the options: type an option's number\(range) or its identifier.\(hint)"))
}

/// The grid statement named by its letter, its number or its identifier.
func row(_ word: String, in rows: [Row]) -> Result<String, AnswerInputError> {
    if let number = Int(word), rows.indices.contains(number - 1) { return .success(rows[number - 1].id) }
    if word.count == 1, let letter = word.unicodeScalars.first, ("a"..."z").contains(letter) {
        let index = Int(letter.value - UnicodeScalar("a").value)
        if rows.indices.contains(index) { return .success(rows[index].id) }
    }
    if rows.contains(where: { $0.id == word }) { return .success(word) }
    let hint = closestMatch(to: word, in: rows.map(\.id)).map { " Did you mean `\($0)`?" } ?? ""
    return .failure(AnswerInputError("`\(word)` is not one of the statements.\(hint)"))
}

/// `other: Locum work` → (`other`, `Locum work`); text without a colon has no typed text.
private func splitSpecify(_ text: String) -> (head: String, specify: String?) {
    guard let colon = text.firstIndex(of: ":") else { return (text, nil) }
    let specify = String(text[text.index(after: colon)...]).trimmingSpaces
    return (String(text[..<colon]).trimmingSpaces, specify.isEmpty ? nil : specify)
}

private func words(_ text: String) -> [String] {
    text.split(whereSeparator: { $0 == "," || $0 == " " || $0 == "\t" }).map(String.init)
}
