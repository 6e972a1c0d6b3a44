/// Survey text made safe for HTML: `&`, `<`, `>` and quotes become entities, and newlines line breaks.
func htmlText(_ text: String) -> String {
    var out = ""
    for character in text {
        switch character {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\n": out += "<br>"
        default: out.append(character)
        }
    }
    return out
}

/// Survey text made safe for HTML where a line break cannot show, as in `<title>` or an attribute: each line
/// break becomes a space.
func htmlLine(_ text: String) -> String {
    htmlText(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " "))
}
