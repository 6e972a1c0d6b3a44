extension Questionnaire {
    /// The questionnaire as a Markdown document.
    var markdown: String {
        var out = "# \(markdownLine(title))\n\n"
        if !facts.isEmpty { out += facts.map(markdownLine).joined(separator: " · ") + "\n\n" }
        if let description { out += markdownText(description) + "\n\n" }
        if let audience, let estimate = estimates.first {
            out += "**The questionnaire as \(markdownLine(audience)) see it:** \(estimate.questions) questions, "
                + "about \(estimate.minutes) minutes.\n\n"
        } else if !estimates.isEmpty {
            out += "Estimated time, if every question shown is answered:\n\n| Respondents | Questions | Minutes |\n|---|--:|--:|\n"
            out += estimates.map { "| \(markdownLine($0.group)) | \($0.questions) | \($0.minutes) |\n" }.joined() + "\n"
        }
        if hasRequiredQuestions { out += "Questions marked \\* must be answered.\n\n" }
        for part in sections {
            out += "## \(part.number). \(markdownLine(part.title))\n\n"
            if let routing = part.routing { out += "*\(markdownLine(routing))*\n\n" }
            for entry in part.entries {
                switch entry {
                case .note(let text, let routing):
                    if let routing { out += "*\(markdownLine(routing))*\n\n" }
                    out += "> " + markdownText(text).replacing("\\\n", with: "\\\n> ") + "\n\n"
                case .question(let question):
                    out += markdown(question)
                }
            }
        }
        return out
    }

    private func markdown(_ question: Question) -> String {
        var out = "### Q\(question.number). \(markdownLine(question.text))\(question.isRequired ? " \\*" : "")\n\n"
        if let routing = question.routing { out += "*\(markdownLine(routing))*\n\n" }
        if let help = question.help { out += "*\(markdownLine(help))*\n\n" }
        out += markdownText(question.answer) + "\n\n"
        if question.type == .grid {
            let columns = question.options.map { choice in markdownLine(choice.label) + (choice.code.map { " (\($0))" } ?? "") }
            out += "| Statement | " + columns.joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: ":-:|", count: columns.count) + "\n"
            for row in question.rows {
                out += "| \(markdownLine(row)) | " + Array(repeating: "○", count: columns.count).joined(separator: " | ") + " |\n"
            }
            out += "\n"
        } else if let earlier = question.sameOptionsAs {
            out += "The same options as Q\(earlier).\n\n"
        } else if !question.options.isEmpty {
            let hasCodes = question.options.contains { $0.code != nil }
            out += hasCodes ? "| Code | Answer |\n|--:|---|\n" : "| Answer |\n|---|\n"
            for choice in question.options {
                let notes = choice.notes.isEmpty ? "" : " *(\(choice.notes.joined(separator: "; ")))*"
                let label = markdownLine(choice.label) + notes
                out += hasCodes ? "| \(choice.code ?? "") | \(label) |\n" : "| \(label) |\n"
            }
            out += "\n"
        }
        for check in question.checks { out += "- Check: \(markdownLine(check))\n" }
        if !question.checks.isEmpty { out += "\n" }
        return out
    }
}
