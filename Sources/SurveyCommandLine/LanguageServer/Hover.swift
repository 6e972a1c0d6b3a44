import SurveyBundle
import SurveyLanguage

/// What the editor shows over a question's name, where it is declared or tested: its kind, text and
/// answer, and who is asked it, in the words of `survey doc`.
///
/// Only a survey without errors has a checked form to describe; over one with errors there is no hover.
func hoverText(for name: String, in survey: Survey) -> String? {
    guard let placed = survey.questionsInOrder.first(where: { $0.question.id == name }) else { return nil }
    let question = placed.question
    let words = ConditionWords(index: SurveyIndex(survey)) { "`\($0)`" }
    var lines = [
        "**`\(question.id)`** · \(question.type.rawValue)\(question.isRequired ? ", required" : "") · section `\(placed.section.id)`",
        pipedText(question.text, questionName: words.questionName), answerWords(question),
        words.askedOnly(placed.conditions) ?? "Asked of everyone who reaches it.",
    ]
    if let help = question.help { lines.insert("*\(pipedText(help, questionName: words.questionName))*", at: 2) }
    return lines.joined(separator: "\n\n")
}
