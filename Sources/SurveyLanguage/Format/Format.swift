/// Why a file was left as it was.
public enum FormatFailure: Error, Sendable {
    /// The file has lexical or syntax errors; the formatter only rewrites files that parse.
    case syntaxErrors([Diagnostic])
    /// The formatted text would not read back as the same tokens; a bug in the formatter, reported rather than written.
    case changesMeaning
    /// A condition kept on one line, as the formatter keeps conditions, would be longer than a line may be (`E0602`).
    case lineTooLong
}

/// Formats one file, or says why it cannot: its syntax errors, or a formatting that would change its meaning.
///
/// Only the file itself is read: includes are not followed and names are not resolved.
public func format(_ source: SourceFile) -> Result<String, FormatFailure> {
    let parsed = parse(source, index: 0)
    if parsed.diagnostics.hasErrors { return .failure(.syntaxErrors(parsed.diagnostics)) }
    let lines = formattedLines(parsed.file, source: source)
    if lines.contains(where: { $0.utf8.count > Limits.lineBytes }) { return .failure(.lineTooLong) }
    let formatted = joined(lines)
    guard isFormattingEquivalent(source.bytes, Array(formatted.utf8)) else { return .failure(.changesMeaning) }
    return .success(formatted)
}

/// Writes a parsed file in the canonical layout described in docs/format.md, keeping every comment.
public func format(_ file: SurveyFile, source: SourceFile) -> String {
    joined(formattedLines(file, source: source))
}

/// The lines of a parsed file in the canonical layout, without their line ends.
private func formattedLines(_ file: SurveyFile, source: SourceFile) -> [String] {
    var printer = FilePrinter(source: FormatSource(bytes: source.bytes, file: file.file), clauses: file.clauses)
    printer.printFile(file)
    return printer.writer.lines
}

/// Lines as a file's text: each ended by LF.
private func joined(_ lines: [String]) -> String {
    lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
}
