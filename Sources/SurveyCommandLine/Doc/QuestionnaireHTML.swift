extension Questionnaire {
    /// The questionnaire as a standalone HTML page with its style inline.
    var html: String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(htmlLine(title))</title>
            <style>
            \(questionnaireStyle)
            </style>
            </head>
            <body>
            <main>
            <header>
            <h1>\(htmlText(title))</h1>

            """
        if !facts.isEmpty { out += "<p class=\"facts\">\(facts.map(htmlText).joined(separator: " · "))</p>\n" }
        if let description { out += "<p>\(htmlText(description))</p>\n" }
        if let audience, let estimate = estimates.first {
            out += "<p class=\"audience\"><strong>The questionnaire as \(htmlText(audience)) see it:</strong> "
                + "\(estimate.questions) questions, about \(estimate.minutes) minutes.</p>\n"
        } else if !estimates.isEmpty {
            out += "<div class=\"table-wrap\"><table class=\"estimates\">\n<caption>Estimated time, if every question shown is answered</caption>\n"
                + "<thead><tr><th scope=\"col\">Respondents</th><th scope=\"col\">Questions</th><th scope=\"col\">Minutes</th></tr></thead>\n<tbody>\n"
            out += estimates.map { "<tr><td>\(htmlText($0.group))</td><td>\($0.questions)</td><td>\($0.minutes)</td></tr>\n" }.joined()
            out += "</tbody>\n</table></div>\n"
        }
        if hasRequiredQuestions { out += "<p class=\"legend\">Questions marked <span class=\"required\">*</span> must be answered.</p>\n" }
        out += "</header>\n"
        for part in sections {
            out += "<section>\n<h2>\(part.number). \(htmlText(part.title))</h2>\n"
            if let routing = part.routing { out += "<p class=\"routing\">\(htmlText(routing))</p>\n" }
            for entry in part.entries {
                switch entry {
                case .note(let text, let routing):
                    out += "<aside class=\"note\">"
                    if let routing { out += "<p class=\"routing\">\(htmlText(routing))</p>" }
                    out += "<p>\(htmlText(text))</p></aside>\n"
                case .question(let question):
                    out += html(question)
                }
            }
            out += "</section>\n"
        }
        return out + "</main>\n</body>\n</html>\n"
    }

    private func html(_ question: Question) -> String {
        let required = question.isRequired ? "&#160;<span class=\"required\" title=\"Required\">*</span>" : ""
        var out = "<article class=\"question\" id=\"q\(question.number)\">\n"
        out += "<h3><span class=\"number\">Q\(question.number).</span> \(htmlText(question.text))\(required)</h3>\n"
        if let routing = question.routing { out += "<p class=\"routing\">\(htmlText(routing))</p>\n" }
        if let help = question.help { out += "<p class=\"help\">\(htmlText(help))</p>\n" }
        out += "<p class=\"answer\">\(htmlText(question.answer))</p>\n"
        if question.type == .grid {
            out += "<div class=\"table-wrap\"><table class=\"grid\">\n<thead><tr><th scope=\"col\">Statement</th>"
            for choice in question.options {
                out += "<th scope=\"col\">\(htmlText(choice.label))" + (choice.code.map { "<br><span class=\"code\">\(htmlText($0))</span>" } ?? "") + "</th>"
            }
            out += "</tr></thead>\n<tbody>\n"
            // Each cell carries its column's label, which a narrow screen shows in place of the header row.
            let cells = question.options.map { choice in
                "<td data-label=\"\(htmlLine(choice.label + (choice.code.map { " (\($0))" } ?? "")))\">○</td>"
            }.joined()
            for row in question.rows {
                out += "<tr><th scope=\"row\">\(htmlText(row))</th>\(cells)</tr>\n"
            }
            out += "</tbody>\n</table></div>\n"
        } else if let earlier = question.sameOptionsAs {
            out += "<p class=\"same-options\">The same options as <a href=\"#q\(earlier)\">Q\(earlier)</a>.</p>\n"
        } else if !question.options.isEmpty {
            let mark = question.type == .single ? "○" : question.type == .multiple ? "☐" : "___"
            out += question.options.count > 12 ? "<ul class=\"options long\">\n" : "<ul class=\"options\">\n"
            for choice in question.options {
                let notes = choice.notes.isEmpty ? "" : " <span class=\"option-note\">(\(htmlText(choice.notes.joined(separator: "; "))))</span>"
                let code = choice.code.map { "<span class=\"code\">\(htmlText($0))</span>" } ?? ""
                out += "<li>\(code)<span class=\"mark\">\(mark)</span><span>\(htmlText(choice.label))\(notes)</span></li>\n"
            }
            out += "</ul>\n"
        }
        for check in question.checks { out += "<p class=\"check\">Check: \(htmlText(check))</p>\n" }
        return out + "</article>\n"
    }
}
