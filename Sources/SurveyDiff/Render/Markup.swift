/// How a report marks up the parts of a message: survey text, identifiers and word-diff runs.
struct Markup: Sendable {
    /// Escapes survey text for the output format.
    var text: @Sendable (String) -> String
    /// Marks an identifier or a condition.
    var code: @Sendable (String) -> String
    /// Marks words only in the old text.
    var removed: @Sendable (String) -> String
    /// Marks words only in the new text.
    var added: @Sendable (String) -> String

    /// Plain text: `` `id` `` and `[-old-]{+new+}`.
    static let plain = Markup(
        text: { $0 }, code: { "`\($0)`" }, removed: { "[-\($0)-]" }, added: { "{+\($0)+}" })

    /// Plain text with ANSI colours on the word-diff runs.
    static let ansi = Markup(
        text: { $0 }, code: { "`\($0)`" },
        removed: { "\(ANSI.red)[-\($0)-]\(ANSI.reset)" }, added: { "\(ANSI.green){+\($0)+}\(ANSI.reset)" })

    /// GitHub-flavoured Markdown: escaped text, code spans, `<del>`/`<ins>` runs.
    static let markdown = Markup(
        text: MarkdownText.escape, code: MarkdownText.codeSpan,
        removed: { "<del>\(MarkdownText.escape($0))</del>" }, added: { "<ins>\(MarkdownText.escape($0))</ins>" })

    func quote(_ value: String) -> String { "\"\(text(value))\"" }

    func optional(_ value: String?) -> String { value.map(quote) ?? "(none)" }

    func list(_ values: [String]) -> String { values.isEmpty ? "(none)" : values.map(quote).joined(separator: ", ") }

    func codes(_ values: [String]) -> String { values.map(code).joined(separator: ", ") }

    func conditions(_ values: [String]) -> String { values.isEmpty ? "(none)" : codes(values) }

    func population(_ population: Population) -> String {
        switch population {
        case .everyone: "everyone"
        case .roles(let roles) where roles.isEmpty: "nobody"
        case .roles(let roles): "only \(codes(roles))"
        }
    }
}

/// The escape sequences the coloured text report uses.
enum ANSI {
    static let red = "\u{1B}[31m"
    static let green = "\u{1B}[32m"
    static let yellow = "\u{1B}[33m"
    static let cyan = "\u{1B}[36m"
    static let bold = "\u{1B}[1m"
    static let reset = "\u{1B}[0m"
}
