/// A string value written as one literal, with `\`, `"` and newlines escaped.
///
/// Read by scalar, not by character: a quote followed by a combining mark is one character, and would not
/// be escaped.
func stringLiteral(_ value: String) -> String {
    var literal = "\""
    for scalar in value.unicodeScalars {
        switch scalar {
        case "\\": literal += "\\\\"
        case "\"": literal += "\\\""
        case "\n": literal += "\\n"
        default: literal.unicodeScalars.append(scalar)
        }
    }
    return literal + "\""
}

/// Splits a string value into literals that fit the widths, breaking after spaces and never inside a `{pipe}`.
///
/// The first literal fits `first` columns, the rest fit `rest`, and the last also leaves `suffix` columns free.
/// A literal holds at least one word, so a word wider than the line overflows it.
func wrappedLiterals(_ value: String, first: Int, rest: Int, suffix: Int) -> [String] {
    let words = breakableWords(value)
    var pieces: [[String]] = []
    var current: [String] = []
    for word in words {
        let limit = pieces.isEmpty ? first : rest
        if current.isEmpty || stringLiteral((current + [word]).joined()).count <= limit {
            current.append(word)
        } else {
            pieces.append(current)
            current = [word]
        }
    }
    pieces.append(current)
    let lastLimit = pieces.count == 1 ? first : rest
    if let last = pieces.last, last.count > 1, stringLiteral(last.joined()).count + suffix > lastLimit {
        pieces[pieces.count - 1].removeLast()
        pieces.append([last[last.count - 1]])
    }
    return pieces.map { stringLiteral($0.joined()) }
}

/// The value cut after each run of spaces or newline, outside `{…}` pipes; joined, the words are the value.
func breakableWords(_ value: String) -> [String] {
    var words: [String] = []
    var current = ""
    var depth = 0
    let characters = Array(value)
    var index = 0
    while index < characters.count {
        let character = characters[index]
        current.append(character)
        if character == "{" {
            if index + 1 < characters.count, characters[index + 1] == "{" {
                current.append("{")
                index += 1
            } else {
                depth += 1
            }
        } else if character == "}" {
            if depth > 0 { depth -= 1 }
        }
        let next: Character? = index + 1 < characters.count ? characters[index + 1] : nil
        let isBreak = depth == 0 && ((character == " " && next != " ") || character == "\n")
        if isBreak, next != nil {
            words.append(current)
            current = ""
        }
        index += 1
    }
    if !current.isEmpty { words.append(current) }
    return words
}
