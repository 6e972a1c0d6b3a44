/// Whether formatted text reads back as the same file: it parses without errors, has the same tokens
/// (each run of adjacent strings compared by its joined value), and the same comments.
func isFormattingEquivalent(_ original: [UInt8], _ formatted: [UInt8]) -> Bool {
    let reparsed = parse(SourceFile(path: "", bytes: formatted), index: 0)
    guard !reparsed.diagnostics.hasErrors else { return false }
    let before = FormatSource(bytes: original, file: 0)
    let after = FormatSource(bytes: formatted, file: 0)
    return before.meaningfulTokens == after.meaningfulTokens
        && before.comments.map(before.text(of:)) == after.comments.map(after.text(of:))
}

extension FormatSource {
    /// The tokens as text, with each run of adjacent strings replaced by its joined value.
    var meaningfulTokens: [String] {
        var result: [String] = []
        var index = 0
        while index < tokens.count {
            if tokens[index].kind == .string {
                var value = ""
                while tokens[index].kind == .string {
                    value += stringValue(index)
                    index += 1
                }
                result.append(stringLiteral(value))
            } else {
                result.append(text(index))
                index += 1
            }
        }
        return result
    }
}
