import SurveyLanguage

/// How the client counts the characters of a line in a position: the protocol's default is UTF-16 code
/// units; a client that offers `utf-8` gets byte counts, which need no conversion.
enum PositionEncoding: String {
    case utf8 = "utf-8"
    case utf16 = "utf-16"

    /// The position of a byte offset in a file: its zero-based line, and the characters before it on that line.
    func position(of offset: Int, in file: SourceFile) -> LSP.Position {
        let clamped = max(0, min(offset, file.bytes.count))
        let line = file.lineIndex(of: clamped)
        let start = min(file.textStart(ofLine: line), clamped)
        guard self == .utf16 else { return LSP.Position(line: line, character: clamped - start) }
        var character = 0
        for byte in file.bytes[start..<clamped] where byte & 0xC0 != 0x80 {
            // A sequence of four bytes is a character outside the Basic Multilingual Plane: two UTF-16 units.
            character += byte >= 0xF0 ? 2 : 1
        }
        return LSP.Position(line: line, character: character)
    }

    /// The byte offset of a position in a file; a position past the end of its line is the line's end.
    func offset(of position: LSP.Position, in file: SourceFile) -> Int {
        guard position.line < file.lineStarts.count else { return file.bytes.count }
        var offset = file.textStart(ofLine: max(0, position.line))
        var character = 0
        // A position past the end of a line is its end, before a LF, a CR LF or a CR alone.
        func endsLine(_ index: Int) -> Bool {
            file.bytes[index] == UInt8(ascii: "\n") || file.bytes[index] == UInt8(ascii: "\r")
        }
        while offset < file.bytes.count, !endsLine(offset), character < position.character {
            let byte = file.bytes[offset]
            let length = byte < 0x80 ? 1 : byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
            character += self == .utf8 ? length : (length == 4 ? 2 : 1)
            offset += length
        }
        return min(offset, file.bytes.count)
    }

    func range(of range: SourceRange, in file: SourceFile) -> LSP.Range {
        LSP.Range(start: position(of: range.start, in: file), end: position(of: range.end, in: file))
    }
}

/// `file:` URIs and the paths they name.
enum FileURI {
    /// The path of a `file:` URI, percent-decoded; nil for another scheme (an unsaved buffer, say).
    static func path(of uri: String) -> String? {
        guard uri.hasPrefix("file://") else { return nil }
        var path = uri.dropFirst("file://".count)
        // `file://host/path`: only the local host, written as nothing or `localhost`, is a path here.
        if path.hasPrefix("localhost/") { path = path.dropFirst("localhost".count) }
        guard path.hasPrefix("/") else { return nil }
        var bytes: [UInt8] = []
        var utf8 = Array(path.utf8)[...]
        while let byte = utf8.popFirst() {
            if byte == UInt8(ascii: "%"), utf8.count >= 2, let value = UInt8(String(decoding: utf8.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(value)
                utf8 = utf8.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The `file:` URI of an absolute path, with every byte outside the unreserved characters and `/` escaped.
    static func uri(of path: String) -> String {
        var uri = "file://"
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                uri.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                uri += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return uri
    }
}
