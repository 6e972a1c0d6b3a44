/// Survey text made safe for Markdown: punctuation that Markdown reads is escaped with a backslash.
func markdownText(_ text: String, inTable: Bool = false) -> String {
    var out = ""
    for character in text {
        switch character {
        case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "&", "~":
            out += "\\" + String(character)
        case "\n":
            out += inTable ? " " : "\\\n"
        default:
            out.append(character)
        }
    }
    // A line that starts like a list item or a quote would change the structure.
    if let first = out.first, "-+".contains(first) { out = "\\" + out }
    return out
}
