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
