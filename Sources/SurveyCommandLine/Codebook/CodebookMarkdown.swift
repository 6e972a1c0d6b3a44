extension Codebook {
    /// The codebook as a Markdown table.
    var markdown: String {
        var out = "# Codebook: \(markdownLine(title))\n\n"
        if !version.isEmpty { out += "Version \(markdownLine(version)) · " }
        out += "\(variables.count) variables. Multiple choice has one 0/1 variable per option, ranking one rank per option, "
            + "a grid one variable per statement, and a \"specify\" option a text variable of its own.\n\n"
        out += "| Variable | Question | Type | Values | Asked of | Condition |\n|---|---|---|---|---|---|\n"
        for variable in variables {
            let cells = [
                "`\(variable.name)`", markdownLine(variable.question), markdownLine(variable.type),
                markdownLine(variable.values), markdownLine(variable.askedOf),
                markdownLine(variable.condition ?? ""),
            ]
            out += "| " + cells.joined(separator: " | ") + " |\n"
        }
        return out
    }
}
