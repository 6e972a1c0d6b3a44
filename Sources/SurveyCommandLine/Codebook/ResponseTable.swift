import SurveyBundle
import SurveyDiff
import SurveyRuntime

extension Codebook {
    /// The columns of the record itself, before the variables. A leading `_`, as ODK and KoboToolbox name theirs,
    /// keeps them apart from questions named `role` or `completed`; a survey with a question named so is refused.
    static let recordColumns = ["_response", "_role", "_completed"]

    /// The responses as CSV (RFC 4180, lines ending CR LF): a row per response, named by `source`, with its role
    /// and whether it is complete, then a column per variable. A variable is empty where its question has no
    /// answer, so a multiple-choice option is 1 or 0 only in a response that answers the question.
    func csv(of responses: [(source: String, response: Response)]) -> String {
        let header = Self.recordColumns + variables.map(\.name)
        let rows = responses.map { source, response in
            [source, response.role ?? "", response.completed ? "1" : "0"]
                + variables.map { variable in response.answers[variable.questionID].map { value(of: variable.part, in: $0) } ?? "" }
        }
        return csvTable([header] + rows)
    }

    /// The part of an answer a variable holds, as the codebook describes its values.
    private func value(of part: Part, in answer: ResponseAnswer) -> String {
        switch (part, answer) {
        case (.answer, .option(let chosen)): return code(chosen)
        case (.answer, .yesno(let yes)): return yes ? "1" : "0"
        case (.answer, .text(let text)): return text
        case (.answer, .number(let number)), (.answer, .scale(let number)): return String(number)
        case (.answer, .decimal(let number)): return numberWords(number)
        case (.chosen(let option), .options(let chosen)): return chosen.contains { $0.option == option } ? "1" : "0"
        case (.rank(let option), .options(let ranked)): return ranked.firstIndex { $0.option == option }.map { String($0 + 1) } ?? ""
        case (.row(let row), .grid(let cells)): return cells[row].map(code) ?? ""
        case (.specify(let option), .option(let chosen)): return chosen.option == option ? chosen.specify ?? "" : ""
        case (.specify(let option), .options(let chosen)): return chosen.first { $0.option == option }?.specify ?? ""
        default:
            // A replayed response holds each question's answer in the kind the question takes.
            return ""
        }
    }

    /// An option's code, or its identifier when it has none, as `codes(_:)` lists them.
    private func code(_ chosen: ChosenOption) -> String {
        chosen.code.map(String.init) ?? chosen.option
    }
}
