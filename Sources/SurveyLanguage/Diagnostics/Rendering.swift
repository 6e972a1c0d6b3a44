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
        var out = style.paint("\(severity.rawValue)[\(code.rawValue)]", colour) + style.paint(": \(oneLine(message))", "1") + "\n"
        out += "\(pad)\(style.paint("-->", "1;34")) \(file.path):\(line):\(column)\n"
        out += "\(pad) \(style.paint("|", "1;34"))\n"
        var previousLine: Int?
        for lineNumber in Set(lineNumbers).sorted() {
            if let previousLine, lineNumber > previousLine + 1 { out += style.paint("...", "1;34") + "\n" }
            previousLine = lineNumber
            let line = file.lineRange(lineNumber)
            let length = file.characterCount(line)
            let lineLabels = labels.filter { file.location(of: $0.0.range.start).line == lineNumber }
            let columns = lineLabels.map { label -> (start: Int, end: Int) in
                let start = file.location(of: label.0.range.start).column
                let endLocation = file.location(of: label.0.range.end)
                return (start, endLocation.line == lineNumber ? endLocation.column : length + 1)
            }
            let firstLabel = lineLabels.map(\.0.range.start).min() ?? line.lowerBound
            let window = SnippetWindow(file: file, line: line, length: length, firstLabel: min(max(firstLabel, line.lowerBound), line.upperBound))
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
                    + style.paint("\(marker) \(oneLine(label.text))", isPrimary ? colour : "1;34") + "\n"
            }
        }
        for label in secondary where label.range.file != primary.range.file {
            let other = sources[label.range.file]
            let location = other.location(of: label.range.start)
            out += "\(pad) \(style.paint(":::", "1;34")) \(other.path):\(location.line):\(location.column): \(oneLine(label.text))\n"
        }
        if !notes.isEmpty || help != nil { out += "\(pad) \(style.paint("|", "1;34"))\n" }
        for note in notes { out += "\(pad) \(style.paint("=", "1;34")) \(style.paint("note", "1")): \(oneLine(note))\n" }
        if let help { out += "\(pad) \(style.paint("=", "1;34")) \(style.paint("help", "1")): \(oneLine(help))\n" }
        return out
    }

    /// The one-line form: `file:line:col: error[CODE]: message`.
    public func shortRendered(in sources: SourceSet) -> String {
        let file = sources[primary.range.file]
        let (line, column) = file.location(of: primary.range.start)
        return "\(file.path):\(line):\(column): \(severity.rawValue)[\(code.rawValue)]: \(oneLine(message))"
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
///
/// Only the bytes shown are read and decoded, found from the first label or the line's end: a line may be
/// 65,536 bytes long and hold thousands of diagnostics, each with its snippet.
struct SnippetWindow {
    static let width = 120
    static let context = 30

    let text: String
    /// The first column shown, and how many columns the leading `…` adds.
    private let from: Int
    private let to: Int
    private let shift: Int

    /// The window of the line whose bytes are `line` and which holds `length` characters, around the label
    /// that starts at the byte offset `firstLabel`.
    init(file: SourceFile, line: Range<Int>, length: Int, firstLabel: Int) {
        let bytes = file.bytes
        guard length > Self.width else {
            (text, from, to, shift) = (displayable(String(decoding: bytes[line], as: UTF8.self)), 1, length + 1, 0)
            return
        }
        let labelIndex = file.characterCount(line.lowerBound..<firstLabel)
        let first = max(0, min(labelIndex - Self.context, length - Self.width))
        let last = min(length, first + Self.width)
        // Moves `count` characters from a byte offset, passing over continuation bytes, within the line.
        func moved(_ count: Int, from offset: Int, forward: Bool) -> Int {
            var offset = offset
            for _ in 0..<count {
                repeat { offset += forward ? 1 : -1 } while line.contains(offset) && offset > line.lowerBound && bytes[offset] & 0xC0 == 0x80
            }
            return offset
        }
        let start = first == labelIndex - Self.context ? moved(Self.context, from: firstLabel, forward: false)
            : first == 0 ? line.lowerBound : moved(length - first, from: line.upperBound, forward: false)
        let end = moved(last - first, from: start, forward: true)
        from = first + 1
        to = last + 1
        shift = first > 0 ? 1 : 0
        text = (first > 0 ? "…" : "") + displayable(String(decoding: bytes[start..<min(end, line.upperBound)], as: UTF8.self)) + (last < length ? "…" : "")
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

/// Text from a survey (an include path, a literal) as it can be printed in a line of a report: a line break, a tab
/// or another control character is written as an escape (`\n`, `\t`, `\u{1B}`), so one problem stays one line
/// and no escape sequence reaches the terminal.
func oneLine(_ text: String) -> String {
    guard text.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) else { return text }
    var out = ""
    for scalar in text.unicodeScalars {
        switch scalar {
        case "\n": out += "\\n"
        case "\r": out += "\\r"
        case "\t": out += "\\t"
        case _ where scalar.value < 0x20 || scalar.value == 0x7F: out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
        default: out.unicodeScalars.append(scalar)
        }
    }
    return out
}

private func escapeData(_ text: String) -> String {
    text.replacingAll("%", "%25").replacingAll("\r", "%0D").replacingAll("\n", "%0A")
}

private func escapeProperty(_ text: String) -> String {
    escapeData(text).replacingAll(":", "%3A").replacingAll(",", "%2C")
}

extension String {
    /// Every `target` replaced, by scalar: a `%` or a `,` followed by a combining mark is still replaced.
    func replacingAll(_ target: Unicode.Scalar, _ replacement: String) -> String {
        var out = ""
        for scalar in unicodeScalars { if scalar == target { out += replacement } else { out.unicodeScalars.append(scalar) } }
        return out
    }
}
