import SurveyBundle

/// The variables the response data of a survey will have, one per answer value, with what each holds.
struct Codebook {
    var title: String
    var version: String
    var variables: [Variable]

    /// One column of the response data.
    struct Variable {
        /// The identifier of the question whose answer holds the value.
        var questionID: String
        /// Which part of the answer the value is.
        var part: Part
        /// The question's text, with the option or statement for a variable of one.
        var question: String
        var type: String
        /// The codes and labels, or the range, of the values.
        var values: String
        /// Role labels, "everyone", or "no one" when no role is asked the question.
        var askedOf: String
        /// The routing in words, when the question is not shown to everyone it could be.
        var condition: String?

        /// `question`, `question.option`, `question.row` or `question.option.specify`.
        var name: String {
            switch part {
            case .answer: questionID
            case .chosen(let option), .rank(let option): "\(questionID).\(option)"
            case .row(let row): "\(questionID).\(row)"
            case .specify(let option): "\(questionID).\(option).specify"
            }
        }
    }

    /// Which part of a question's answer a variable holds.
    enum Part {
        /// The whole answer: the code of a single choice, 1 or 0 for yes or no, the text or the number.
        case answer
        /// Whether a multiple-choice answer holds the option: 1 or 0.
        case chosen(option: String)
        /// The option's place in a ranking, from 1.
        case rank(option: String)
        /// The code of the option chosen for a grid's statement.
        case row(String)
        /// The text typed for a "specify" option.
        case specify(option: String)
    }
}

extension Codebook {
    /// The codebook of a survey: grids by statement, multiple choice and ranking by option, typed text of
    /// "specify" options as variables of their own.
    init(_ survey: Survey) {
        let index = SurveyIndex(survey)
        let words = ConditionWords(index: index) { $0 }
        title = survey.title
        version = survey.version
        variables = []
        for placed in survey.questionsInOrder {
            let question = placed.question
            let roles = index.roles(asked: question.id)
            // A survey with roles lists who is asked in its roles' summaries: a question in none is asked of no one.
            let askedOf = survey.roles.isEmpty || roles.count == survey.roles.count ? "everyone"
                : roles.isEmpty ? "no one" : roles.map { index.roleLabels[$0] ?? $0 }.joined(separator: "; ")
            let condition = words.askedOnly(words.audience(placed.conditions).rest)
            let text = pipedText(question.text, questionName: { $0 })
            func variable(_ part: Part, _ text: String, _ type: String, _ values: String) -> Variable {
                Variable(questionID: question.id, part: part, question: text, type: type, values: values, askedOf: askedOf, condition: condition)
            }
            let options = question.options ?? []
            switch question.type {
            case .single:
                variables.append(variable(.answer, text, "single choice", codes(options)))
            case .yesno:
                variables.append(variable(.answer, text, "yes or no", "1 = Yes; 0 = No"))
            case .multiple:
                for option in options {
                    variables.append(variable(.chosen(option: option.id), "\(text) — \(option.label)", "chosen", "1 = chosen; 0 = not chosen"))
                }
            case .ranking:
                let ranks = min(question.maxChoices ?? options.count, options.count)
                for option in options {
                    variables.append(variable(
                        .rank(option: option.id), "\(text) — \(option.label)", "rank",
                        "1 to \(ranks), 1 the most preferred; empty when not ranked"))
                }
            case .grid:
                for row in question.rows ?? [] {
                    variables.append(variable(.row(row.id), "\(text) — \(row.text)", "single choice", codes(options)))
                }
            case .text:
                variables.append(variable(.answer, text, "text", question.maxLength.map { "up to \($0) characters" } ?? "text"))
            case .number, .decimal:
                let range = question.min.flatMap { low in question.max.map { "\(numberWords(low)) to \(numberWords($0))" } } ?? "any"
                variables.append(variable(
                    .answer, text, question.type == .number ? "whole number" : "decimal number",
                    range + (question.unit.map { " (\($0))" } ?? "")))
            case .scale:
                let low = question.min.map(numberWords) ?? "?"
                let high = question.max.map(numberWords) ?? "?"
                let values = "\(low)\(question.lowLabel.map { " (\($0))" } ?? "") to \(high)\(question.highLabel.map { " (\($0))" } ?? "")"
                variables.append(variable(.answer, text, "scale", values))
            }
            // Named after the response's `specify` member: a second dot cannot clash with an option identifier
            // (`other_text` did, with an option named so).
            for option in options where option.isSpecify == true && question.type != .grid {
                variables.append(variable(
                    .specify(option: option.id), "\(text) — text typed for \(quoted(option.label))", "text", "the typed text"))
            }
        }
    }
}

/// Options as "1 = Strongly disagree; 2 = Disagree", or by identifier when they have no codes.
func codes(_ options: [Option]) -> String {
    options.map { "\($0.code.map(String.init) ?? $0.id) = \($0.label)" }.joined(separator: "; ")
}
