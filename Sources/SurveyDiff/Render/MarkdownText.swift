/// Escaping of survey text for GitHub-flavoured Markdown.
enum MarkdownText {
    private static let special: Set<Unicode.Scalar> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&"]

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

    /// A code span that survives backticks inside it: fenced by one backtick more than the longest run of them
    /// inside (counted by scalar, so a backtick with a combining mark counts), with spaces inside the fence when
    /// the text has a backtick at all.
    @Sendable static func codeSpan(_ text: String) -> String {
        let flat = text.replacingNewlines()
        var longest = 0
        var run = 0
        for scalar in flat.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longest = max(longest, run)
        }
        if longest == 0 { return "`\(flat)`" }
        let fence = String(repeating: "`", count: longest + 1)
        return "\(fence) \(flat) \(fence)"
    }
}

extension String {
    fileprivate func replacingNewlines() -> String {
        String(map { $0.isNewline ? " " : $0 })
    }
}
