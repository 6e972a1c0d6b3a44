/// Writes a synthetic survey as an XLSForm in pyxform's markdown-table form (`xls2xform form.md`).
///
/// The same questions, relevance, constraints, choice lists and groups as the `.survey` file: sections
/// and `when` blocks are groups with `relevant`, the role is a `calculate` over the screener, a grid is a
/// field-list group of `select_one` rows, a `specify` option adds a text question shown when it is chosen.
func xlsForm(_ survey: SyntheticSurvey) -> String {
    var writer = XLSFormWriter()
    writer.write(survey)
    return writer.text
}

private struct XLSFormWriter {
    static let columns = [
        "type", "name", "label", "hint", "required", "relevant", "constraint", "constraint_message",
        "calculation", "parameters", "appearance",
    ]
    var text = ""
    var choices: [(list: String, option: OptionSpec)] = []
    var groups = 0

    mutating func row(_ cells: [String: String]) {
        text += "| |"
        for column in XLSFormWriter.columns {
            text += " "
            text += cells[column] ?? ""
            text += " |"
        }
        text += "\n"
    }

    mutating func write(_ survey: SyntheticSurvey) {
        text.reserveCapacity(survey.questionCount * 400)
        text += "| survey |\n| | " + XLSFormWriter.columns.joined(separator: " | ") + " |\n"
        for list in survey.lists {
            for option in list.options { choices.append((list.id, option)) }
        }
        choices.append(("yes_no", OptionSpec(id: "yes", label: "Yes")))
        choices.append(("yes_no", OptionSpec(id: "no", label: "No")))
        for (index, section) in survey.sections.enumerated() {
            row(["type": "begin_group", "name": section.id, "label": section.title, "relevant": section.condition.map(xpath) ?? ""])
            items(section.items)
            if index == 0 {
                // The role, as the survey's `roles` block gives it once the screener has been answered.
                row(["type": "calculate", "name": "role", "calculation": roleCalculation])
            }
            row(["type": "end_group", "name": section.id])
        }
        text += "| choices |\n| | list_name | name | label |\n"
        for (list, option) in choices { text += "| | \(list) | \(option.id) | \(option.label) |\n" }
        text += "| settings |\n| | form_title | form_id | version |\n"
        text += "| | A synthetic survey of \(survey.questionCount) questions | \(survey.id) | \(survey.version) |\n"
    }

    let roleCalculation = "if(${employment} = 'student', 'student', if(${employment} = 'local_authority', "
        + "concat('la_', ${level}), concat('agency_', ${level})))"

    mutating func items(_ items: [SyntheticItem]) {
        for item in items {
            switch item {
            case .note(let text, let condition):
                groups += 1
                row(["type": "note", "name": "note_\(groups)", "label": label(text), "relevant": condition.map(xpath) ?? ""])
            case .block(let condition, let inner):
                groups += 1
                let name = "block_\(groups)"
                row(["type": "begin_group", "name": name, "relevant": xpath(condition)])
                self.items(inner)
                row(["type": "end_group", "name": name])
            case .question(let question):
                self.question(question)
            }
        }
    }

    mutating func question(_ q: QuestionSpec) {
        var cells: [String: String] = ["name": q.id, "label": label(q.text)]
        if let help = q.help { cells["hint"] = help }
        if q.isRequired { cells["required"] = "yes" }
        if let condition = q.condition { cells["relevant"] = xpath(condition) }
        var constraints: [String] = []
        let list = q.list ?? q.id
        if q.options != nil {
            for option in q.options! { choices.append((q.id, option)) }
        }
        switch q.kind {
        case .single: cells["type"] = "select_one \(list)"
        case .multiple:
            cells["type"] = "select_multiple \(list)"
            if let upTo = q.upTo { constraints.append("count-selected(.) <= \(upTo)") }
            if let atLeast = q.atLeast { constraints.append("count-selected(.) >= \(atLeast)") }
            for option in q.effectiveOptions where option.isExclusive {
                constraints.append("(not(selected(., '\(option.id)')) or count-selected(.) = 1)")
            }
        case .ranking: cells["type"] = "rank \(list)"
        case .text:
            cells["type"] = "text"
            constraints.append("string-length(.) <= \(q.maxLength ?? (q.isLong ? 5000 : 500))")
            if q.isLong { cells["appearance"] = "multiline" }
        case .number, .decimal:
            cells["type"] = q.kind == .number ? "integer" : "decimal"
            if let range = q.range { constraints.append(". >= \(range.low) and . <= \(range.high)") }
        case .scale:
            cells["type"] = "range"
            let range = q.range ?? (0, 10)
            cells["parameters"] = "start=\(range.low) end=\(range.high) step=1"
            if q.help == nil, let low = q.lowLabel, let high = q.highLabel {
                cells["hint"] = "\(range.low) = \(low), \(range.high) = \(high)"
            }
        case .grid:
            row(["type": "begin_group", "name": q.id, "label": label(q.text), "hint": q.help ?? "",
                 "relevant": cells["relevant"] ?? "", "appearance": "field-list"])
            for statement in q.rows ?? [] {
                row(["type": "select_one \(list)", "name": "\(q.id)_\(statement.id)", "label": statement.text,
                     "required": q.isRequired ? "yes" : "", "appearance": "list-nolabel"])
            }
            row(["type": "end_group", "name": q.id])
            return
        case .yesno: cells["type"] = "select_one yes_no"
        }
        for check in q.checks { constraints.append(xpath(check.rule)) }
        if !constraints.isEmpty {
            cells["constraint"] = constraints.joined(separator: " and ")
            cells["constraint_message"] = q.checks.first?.message ?? "The answer is outside the allowed values."
        }
        cells["label"] = label(q.text)
        row(cells)
        for option in q.effectiveOptions where option.isSpecify {
            row(["type": "text", "name": "\(q.id)_\(option.id)_text", "label": "Please specify",
                 "relevant": "selected(${\(q.id)}, '\(option.id)')"])
        }
    }

    func label(_ text: TextSpec) -> String {
        guard let pipe = text.pipe else { return text.words }
        return "About ${\(pipe.question)}: \(text.words)"
    }
}

/// A condition as an XPath relevance or constraint expression with the survey language's meaning:
/// every test on an unanswered question is false, `not` is plain negation.
func xpath(_ rule: Rule) -> String {
    switch rule {
    case .isOption(let q, let option): "${\(q)} = '\(option)'"
    case .isNotOption(let q, let option): "(${\(q)} != '' and ${\(q)} != '\(option)')"
    case .among(let q, let options): "(" + options.map { "${\(q)} = '\($0)'" }.joined(separator: " or ") + ")"
    case .yes(let q, let isYes): "${\(q)} = '\(isYes ? "yes" : "no")'"
    case .compare(let q, let op, let value): "${\(q)} \(op) \(value)"
    // A rule holds while the question it reads is unanswered.
    case .compareAnswers(_, let op, let other): "(string-length(${\(other)}) = 0 or . \(op) ${\(other)})"
    case .includes(let q, let option): "selected(${\(q)}, '\(option)')"
    case .orderedAtLeast(let q, _, let options): "(" + options.map { "${\(q)} = '\($0)'" }.joined(separator: " or ") + ")"
    case .role(let roles): "(" + roles.map { "${role} = '\($0)'" }.joined(separator: " or ") + ")"
    case .not(let inner): "not(\(xpath(inner)))"
    case .and(let terms): "(" + terms.map(xpath).joined(separator: " and ") + ")"
    case .or(let terms): "(" + terms.map(xpath).joined(separator: " or ") + ")"
    }
}
