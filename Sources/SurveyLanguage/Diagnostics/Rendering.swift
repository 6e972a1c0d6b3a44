import SurveyBundle

/// Whether rendered diagnostics use terminal colours.
public enum TextStyle: Sendable {
    case plain, coloured

    func paint(_ text: String, _ code: String) -> String {
        self == .coloured ? "\u{1B}[\(code)m\(text)\u{1B}[0m" : text
    }
}

extension Diagnostic {
    /// The full form: `error[CODE]: message`, the location, the source lines with labels, notes and help.
    public func rendered(in sources: SourceSet, style: TextStyle = .plain) -> String {
        let colour = severity == .error ? "1;31" : "1;33"
        let file = sources[primary.range.file]
        let (line, column) = file.location(of: primary.range.start)
        var labels = [(primary, true)] + secondary.map { ($0, false) }
        labels = labels.filter { $0.0.range.file == primary.range.file }
        let lineNumbers = labels.map { file.location(of: $0.0.range.start).line }
        let gutter = String(lineNumbers.max() ?? line).count
        let pad = String(repeating: " ", count: gutter)
        var out = style.paint("\(severity.rawValue)[\(code.rawValue)]", colour) + style.paint(": \(message)", "1") + "\n"
        out += "\(pad)\(style.paint("-->", "1;34")) \(file.path):\(line):\(column)\n"
        out += "\(pad) \(style.paint("|", "1;34"))\n"
        var previousLine: Int?
        for lineNumber in Set(lineNumbers).sorted() {
            if let previousLine, lineNumber > previousLine + 1 { out += style.paint("...", "1;34") + "\n" }
            previousLine = lineNumber
            let fullText = displayable(file.lineText(lineNumber))
            let lineLabels = labels.filter { file.location(of: $0.0.range.start).line == lineNumber }
            let columns = lineLabels.map { label -> (start: Int, end: Int) in
                let start = file.location(of: label.0.range.start).column
                let endLocation = file.location(of: label.0.range.end)
                return (start, endLocation.line == lineNumber ? endLocation.column : fullText.unicodeScalars.count + 1)
            }
            let window = SnippetWindow(line: fullText, firstColumn: columns.map(\.start).min() ?? 1)
            let text = window.text
            let number = String(lineNumber)
            out += style.paint(String(repeating: " ", count: gutter - number.count) + number + " |", "1;34") + " \(text)\n"
            for ((label, isPrimary), column) in zip(lineLabels, columns) {
                let start = window.shown(column.start)
                let end = window.shown(column.end)
                let width = max(1, end - start)
                let marker = String(repeating: isPrimary ? "^" : "-", count: width)
                // Tabs are copied under the source line, so the marker lines up however wide a terminal draws them.
                let indent = String(String.UnicodeScalarView(text.unicodeScalars.prefix(start - 1).map { $0 == "\t" ? "\t" : " " }))
                out += "\(pad) \(style.paint("|", "1;34")) " + indent + String(repeating: " ", count: max(0, start - 1 - indent.unicodeScalars.count))
                    + style.paint("\(marker) \(label.text)", isPrimary ? colour : "1;34") + "\n"
            }
        }
        for label in secondary where label.range.file != primary.range.file {
            let other = sources[label.range.file]
            let location = other.location(of: label.range.start)
            out += "\(pad) \(style.paint(":::", "1;34")) \(other.path):\(location.line):\(location.column): \(label.text)\n"
        }
        if !notes.isEmpty || help != nil { out += "\(pad) \(style.paint("|", "1;34"))\n" }
        for note in notes { out += "\(pad) \(style.paint("=", "1;34")) \(style.paint("note", "1")): \(note)\n" }
        if let help { out += "\(pad) \(style.paint("=", "1;34")) \(style.paint("help", "1")): \(help)\n" }
        return out
    }

    /// The one-line form: `file:line:col: error[CODE]: message`.
    public func shortRendered(in sources: SourceSet) -> String {
        let file = sources[primary.range.file]
        let (line, column) = file.location(of: primary.range.start)
        return "\(file.path):\(line):\(column): \(severity.rawValue)[\(code.rawValue)]: \(message)"
    }

    /// A GitHub Actions workflow command that annotates the line in a pull request.
    public func githubAnnotation(in sources: SourceSet) -> String {
        let file = sources[primary.range.file]
        let start = file.location(of: primary.range.start)
        let end = file.location(of: primary.range.end)
        var properties = "file=\(escapeProperty(file.path)),line=\(start.line),col=\(start.column)"
        if end.line == start.line { properties += ",endColumn=\(end.column)" }
        properties += ",title=\(escapeProperty("\(code.rawValue) \(code.title)"))"
        var text = message
        if let help { text += "\nhelp: \(help)" }
        return "::\(severity == .error ? "error" : "warning") \(properties)::\(escapeData(text))"
    }

    /// A JSON object with the code, severity, message, every location, notes, help and the fix.
    public func json(in sources: SourceSet) -> String {
        func place(_ range: SourceRange) -> String {
            let file = sources[range.file]
            let start = file.location(of: range.start)
            let end = file.location(of: range.end)
            return "\"file\":\(jsonString(file.path)),\"line\":\(start.line),\"column\":\(start.column),"
                + "\"endLine\":\(end.line),\"endColumn\":\(end.column)"
        }
        func location(_ label: Label) -> String { "{\(place(label.range)),\"label\":\(jsonString(label.text))}" }
        var fields = [
            "\"code\":\(jsonString(code.rawValue))", "\"severity\":\(jsonString(severity.rawValue))",
            "\"message\":\(jsonString(message))", "\"primary\":\(location(primary))",
            "\"secondary\":[\(secondary.map(location).joined(separator: ","))]",
            "\"notes\":[\(notes.map(jsonString).joined(separator: ","))]",
        ]
        fields.append("\"help\":" + (help.map(jsonString) ?? "null"))
        fields.append("\"fix\":" + (fix.map { "{\(place($0.range)),\"replacement\":\(jsonString($0.replacement))}" } ?? "null"))
        return "{" + fields.joined(separator: ",") + "}"
    }
}

/// The part of a long source line that a snippet shows: at most `width` characters, starting a little
/// before the first label, with `…` where text was left out; short lines are shown whole.
struct SnippetWindow {
    static let width = 120
    static let context = 30

    let text: String
    /// The first column shown, and how many columns the leading `…` adds.
    private let from: Int
    private let to: Int
    private let shift: Int

    init(line: String, firstColumn: Int) {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > Self.width else {
            (text, from, to, shift) = (line, 1, scalars.count + 1, 0)
            return
        }
        let first = max(0, min(firstColumn - 1 - Self.context, scalars.count - Self.width))
        let last = min(scalars.count, first + Self.width)
        from = first + 1
        to = last + 1
        shift = first > 0 ? 1 : 0
        text = (first > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[first..<last])) + (last < scalars.count ? "…" : "")
    }

    /// Where a column of the source line falls in the shown text, clamped to it.
    func shown(_ column: Int) -> Int {
        min(max(column, from), to) - from + 1 + shift
    }
}

/// A source line safe to print on a terminal: control characters, as in a binary file, become `�`.
private func displayable(_ line: String) -> String {
    guard line.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }) else { return line }
    return String(String.UnicodeScalarView(line.unicodeScalars.map { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F ? "\u{FFFD}" : $0 }))
}

private func escapeData(_ text: String) -> String {
    text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
}

private func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
}

extension String {
    func replacingAll(_ target: Character, _ replacement: String) -> String {
        var out = ""
        for character in self { if character == target { out += replacement } else { out.append(character) } }
        return out
    }
}
