/// Writes a synthetic survey in the survey language (grammar.md).
func surveySource(_ survey: SyntheticSurvey) -> String {
    var writer = SourceWriter()
    writer.write(survey)
    return writer.text
}

private struct SourceWriter {
    var text = ""

    mutating func line(_ depth: Int, _ content: String) {
        for _ in 0..<depth { text += "  " }
        text += content
        text += "\n"
    }

    mutating func write(_ survey: SyntheticSurvey) {
        text.reserveCapacity(survey.questionCount * 260)
        line(0, "// A synthetic survey of \(survey.questionCount) questions for benchmarks (survey-bench generate).")
        line(0, "survey \(survey.id) \"A synthetic survey of \(survey.questionCount) questions\" {")
        line(1, "version \"\(survey.version)\"")
        line(1, "anonymous")
        line(1, "minutes 30")
        line(1, "description \"Generated from a seed: role-conditional sections, routing, lists, grids and rules.\"")
        line(0, "}")
        text += "\n"
        line(0, "roles {")
        for role in survey.roles { line(1, "\(role.id) \(quoted(role.label)) when \(source(role.rule))") }
        line(0, "}")
        for list in survey.lists {
            text += "\n"
            line(0, "choices \(list.id)\(list.isOrdered ? " ordered" : "") {")
            for option in list.options { line(1, optionLine(option)) }
            line(0, "}")
        }
        for section in survey.sections {
            text += "\n"
            let condition = section.condition.map { " when \(source($0))" } ?? ""
            line(0, "section \(section.id) \(quoted(section.title))\(condition) {")
            items(section.items, depth: 1)
            line(0, "}")
        }
    }

    mutating func items(_ items: [SyntheticItem], depth: Int) {
        for item in items {
            switch item {
            case .note(let text, let condition):
                line(depth, "note \(render(text))" + (condition.map { " when \(source($0))" } ?? ""))
            case .block(let condition, let inner):
                line(depth, "when \(source(condition)) {")
                self.items(inner, depth: depth + 1)
                line(depth, "}")
            case .question(let question):
                self.question(question, depth: depth)
            }
        }
    }

    mutating func question(_ q: QuestionSpec, depth: Int) {
        var head = "\(q.kind.rawValue) \(q.id) \(render(q.text))"
        if q.isRequired { head += " required" }
        if let help = q.help { head += " help \(quoted(help))" }
        if let list = q.list { head += " from \(list)" }
        if q.options != nil && q.isListOrdered { head += " ordered" }
        if let upTo = q.upTo { head += " up to \(upTo)" }
        if let atLeast = q.atLeast { head += " at least \(atLeast)" }
        if let top = q.top { head += " top \(top)" }
        if let range = q.range { head += " range \(range.low)...\(range.high)" }
        if let unit = q.unit { head += " unit \(quoted(unit))" }
        if let low = q.lowLabel { head += " low \(quoted(low))" }
        if let high = q.highLabel { head += " high \(quoted(high))" }
        if q.isLong { head += " long" }
        if let max = q.maxLength { head += " max \(max)" }
        if let old = q.continues { head += " continues \(old)" }
        if let condition = q.condition { head += " when \(source(condition))" }
        for check in q.checks { head += " check \(source(check.rule)) else \(quoted(check.message))" }
        if let options = q.options {
            line(depth, head + " {")
            for option in options { line(depth + 1, optionLine(option)) }
            line(depth, "}")
        } else if let rows = q.rows {
            line(depth, head + " {")
            for row in rows { line(depth + 1, "\(row.id) \(quoted(row.text))") }
            line(depth, "}")
        } else {
            line(depth, head)
        }
    }

    func optionLine(_ option: OptionSpec) -> String {
        var text = "\(option.id) \(quoted(option.label))"
        if let code = option.code { text += " = \(code)" }
        if option.isExclusive { text += " exclusive" }
        if option.isSpecify { text += " specify" }
        return text
    }

    func render(_ text: TextSpec) -> String {
        guard let pipe = text.pipe else { return quoted(text.words) }
        return quoted("About {\(pipe.question)|\(pipe.fallback)}: \(text.words)")
    }

    func quoted(_ text: String) -> String { "\"\(text)\"" }
}

/// A condition in the survey language; `not` binds tightest, then `and`, then `or`.
func source(_ rule: Rule) -> String {
    switch rule {
    case .isOption(let q, let option): "\(q) is \(option)"
    case .isNotOption(let q, let option): "\(q) is not \(option)"
    case .among(let q, let options): "\(q) in (\(options.joined(separator: ", ")))"
    case .yes(let q, let isYes): "\(q) is \(isYes ? "yes" : "no")"
    case .compare(let q, let op, let value): "\(q) \(op) \(value)"
    case .compareAnswers(let q, let op, let other): "\(q) \(op) \(other)"
    case .includes(let q, let option): "\(q) includes \(option)"
    case .orderedAtLeast(let q, let option, _): "\(q) >= \(option)"
    case .role(let roles): roles.count == 1 ? "role is \(roles[0])" : "role in (\(roles.joined(separator: ", ")))"
    case .not(let inner): "not " + grouped(inner, unless: { _ in false })
    case .and(let terms): terms.map { grouped($0, unless: { if case .and = $0 { true } else { false } }) }.joined(separator: " and ")
    case .or(let terms): terms.map { source($0) }.joined(separator: " or ")
    }
}

/// A term in parentheses when it is an `and` or `or` that would otherwise bind differently.
private func grouped(_ rule: Rule, unless isSafe: (Rule) -> Bool) -> String {
    switch rule {
    case .and, .or: isSafe(rule) ? source(rule) : "(\(source(rule)))"
    default: source(rule)
    }
}
