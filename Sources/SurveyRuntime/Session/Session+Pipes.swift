import SurveyBundle

extension Session {
    /// The question's text with its pipes filled in from the answers on the path.
    public func text(of question: Question) -> String {
        render(question.text)
    }

    /// The question's help with its pipes filled in, if it has help.
    public func help(of question: Question) -> String? {
        question.help.map(render)
    }

    /// The note's text with its pipes filled in.
    public func text(of note: Note) -> String {
        render(note.text)
    }

    /// Fills in `{name}` with the display text of the answer to `name`, `{name|fallback}` with the fallback
    /// when it has none, and turns `{{` and `}}` into single braces.
    ///
    /// An unanswered pipe without a fallback reads as nothing; a pipe naming no question is kept as written.
    public func render(_ text: String) -> String {
        guard Template.mayHavePipes(text) else { return text }
        var result = ""
        for part in Template(text).parts {
            switch part {
            case .literal(let literal):
                result += literal
            case .pipe(let reference, let fallback):
                guard let index = layout.questionIndex[reference.question] else {
                    result += "{" + reference.name + (fallback.map { "|" + $0 } ?? "") + "}"
                    continue
                }
                let shown = answer(at: index).flatMap {
                    layout.questions[index].displayText(of: $0, row: reference.row)
                }
                result += shown ?? fallback ?? ""
            }
        }
        return result
    }
}
