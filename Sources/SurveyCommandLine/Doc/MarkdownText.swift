/// Survey text as a Markdown paragraph: punctuation Markdown reads is escaped with a backslash, each line
/// is trimmed and kept by a hard line break, and a line that would start a block (a list item, a heading
/// underline, indented code) is escaped at its start.
func markdownText(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
        .map { markdownLine(String($0)) }
        .joined(separator: "\\\n")
}

/// Survey text on one line of Markdown, as a heading, emphasis or table cell needs: line breaks and runs of
/// spaces become one space, and the ends are trimmed, since emphasis ending in a space is not emphasis and a
/// line starting `* ` is a list item.
func markdownLine(_ text: String) -> String {
    let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
    var out = ""
    for character in words.joined(separator: " ") {
        switch character {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "~":
            out += "\\" + String(character)
        default:
            out.append(character)
        }
    }
    return escapedBlockStart(out)
}

/// A line with a backslash before what would make it a list item (`-`, `+`, `1)`, `2023.`) or a setext
/// heading underline (`---`, `===`); the other block markers (`*`, `#`, `>`, backticks) are always escaped.
private func escapedBlockStart(_ line: String) -> String {
    guard let first = line.first else { return line }
    if "-+=".contains(first) { return "\\" + line }
    let digits = line.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, let marker = line.dropFirst(digits.count).first, marker == "." || marker == ")" else { return line }
    return digits + "\\" + line.dropFirst(digits.count)
}
