import SurveyBundle
import SurveyLanguage

/// What the editor shows over a question's name, where it is declared or tested: its kind, text and
/// answer, and who is asked it, in the words of `survey doc`.
///
/// Only a survey without errors has a checked form to describe; over one with errors there is no hover.
func hoverText(for name: String, in survey: Survey) -> String? {
    guard let placed = placedQuestions(survey).first(where: { $0.question.id == name }) else { return nil }
    let question = placed.question
    let words = ConditionWords(index: SurveyIndex(survey)) { "`\($0)`" }
    let conditions = (placed.section.condition.map { [$0] } ?? []) + placed.conditions
    var lines = [
        "**`\(question.id)`** · \(question.type.rawValue)\(question.isRequired ? ", required" : "") · section `\(placed.section.id)`",
        pipedText(question.text, questionName: words.questionName), answerWords(question),
        words.askedOnly(conditions) ?? "Asked of everyone who reaches it.",
    ]
    if let help = question.help { lines.insert("*\(pipedText(help, questionName: words.questionName))*", at: 2) }
    return lines.joined(separator: "\n\n")
}

/// The identifier token at a byte offset of a file (the cursor may be just after it), unless it names a
/// grid statement (`q.row`).
func identifier(at offset: Int, in file: SourceFile) -> SourceRange? {
    let tokens = lex(file.bytes, file: 0).tokens
    guard let index = tokens.firstIndex(where: { $0.kind == .identifier && $0.start <= offset && offset <= $0.end }) else { return nil }
    if index > 0, tokens[index - 1].kind == .dot { return nil }
    return SourceRange(file: 0, start: tokens[index].start, end: tokens[index].end)
}
