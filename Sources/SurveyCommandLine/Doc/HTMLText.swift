/// Survey text made safe for HTML: `&`, `<`, `>` and quotes become entities, and newlines line breaks.
///
/// Read by scalar, not by `Character`: a quote followed by a combining mark is one `Character`, which equals no
/// quote, and would be left as it is.
func htmlText(_ text: String) -> String {
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "&": out += "&amp;"
        case "<": out += "&lt;"
        case ">": out += "&gt;"
        case "\"": out += "&quot;"
        case "'": out += "&#39;"
        case "\n": out += "<br>"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

/// Survey text made safe for HTML where a line break cannot show, as in `<title>` or an attribute: each line
/// break becomes a space.
func htmlLine(_ text: String) -> String {
    htmlText(text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).joined(separator: " "))
}
