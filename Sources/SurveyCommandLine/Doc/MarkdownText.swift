/// Survey text as a Markdown paragraph: punctuation Markdown reads is escaped with a backslash, each line
/// is trimmed and kept by a hard line break, and a line that would start a block (a list item, a heading
/// underline, indented code) is escaped at its start.
func markdownText(_ text: String) -> String {
    text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
        .map { markdownLine(String(String.UnicodeScalarView($0))) }
        .joined(separator: "\\\n")
}

/// Survey text on one line of Markdown, as a heading, emphasis or table cell needs: line breaks and runs of
/// spaces become one space, and the ends are trimmed, since emphasis ending in a space is not emphasis and a
/// line starting `* ` is a list item.
///
/// Read by scalar, not by `Character`: a `|` or a backtick followed by a combining mark is one `Character`, which
/// equals neither, and would be left to end a table cell or start a code span.
func markdownLine(_ text: String) -> String {
    var out = ""
    var space = false
    for scalar in text.unicodeScalars {
        switch scalar {
        case " ", "\t", "\n", "\r":
            space = !out.isEmpty
            continue
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "~":
            if space { out += " " }
            out += "\\"
        default:
            if space { out += " " }
        }
        space = false
        out.unicodeScalars.append(scalar)
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
