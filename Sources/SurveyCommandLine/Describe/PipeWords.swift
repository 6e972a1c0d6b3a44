/// Text with its pipes shown in words: `{name}` becomes "[answer to Q3]" and `{name|words}` "[answer to Q3, or “words”]".
func pipedText(_ text: String, questionName: (String) -> String) -> String {
    var out = ""
    let characters = Array(text)
    var index = 0
    while index < characters.count {
        let character = characters[index]
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        if (character == "{" || character == "}") && next == character {
            out.append(character)
            index += 2
            continue
        }
        if character == "{", let close = characters[index...].firstIndex(of: "}") {
            let inside = String(characters[(index + 1)..<close])
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            let name = questionName(String(parts[0]).trimmingSpaces)
            out += parts.count > 1 ? "[answer to \(name), or \(quoted(String(parts[1])))]" : "[answer to \(name)]"
            index = close + 1
            continue
        }
        out.append(character)
        index += 1
    }
    return out
}

extension String {
    /// The string without leading and trailing spaces, tabs and carriage returns.
    var trimmingSpaces: String {
        var text = Substring(self)
        while let first = text.first, first == " " || first == "\t" || first == "\r" { text = text.dropFirst() }
        while let last = text.last, last == " " || last == "\t" || last == "\r" { text = text.dropLast() }
        return String(text)
    }
}
