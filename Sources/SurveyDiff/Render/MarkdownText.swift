/// Escaping of survey text for GitHub-flavoured Markdown.
enum MarkdownText {
    private static let special: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// The text with every character Markdown could interpret mid-line backslash-escaped, and newlines as spaces.
    @Sendable static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            if character == "\n" || character == "\r\n" || character == "\r" {
                result.append(" ")
            } else {
                if special.contains(character) { result.append("\\") }
                result.append(character)
            }
        }
        return result
    }

    /// A code span that survives backticks inside it.
    @Sendable static func codeSpan(_ text: String) -> String {
        let flat = text.replacingNewlines()
        if !flat.contains("`") { return "`\(flat)`" }
        return "`` \(flat) ``"
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
