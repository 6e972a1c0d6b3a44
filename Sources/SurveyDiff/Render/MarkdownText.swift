/// Escaping of survey text for GitHub-flavoured Markdown.
enum MarkdownText {
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~"]

    /// The text with every character Markdown could interpret mid-line backslash-escaped, and newlines as spaces.
    @Sendable static func escape(_ text: String) -> String {
        // By scalar: a special character followed by a combining mark is one `Character`, and equals none.
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var previous: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            defer { previous = scalar }
            if scalar == "\n" && previous == "\r" { continue }
            if scalar == "\n" || scalar == "\r" {
                result.append(" ")
            } else {
                if special.contains(scalar) { result.append("\\") }
                result.unicodeScalars.append(scalar)
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
