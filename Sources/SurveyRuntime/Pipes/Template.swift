#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyBundle

/// Question, help or note text split into literal text and pipes such as `{employer|your employer}`.
struct Template {
    enum Part: Equatable {
        case literal(String)
        case pipe(Reference, fallback: String?)
    }

    let parts: [Part]

    /// Splits text at `{name}` and `{name|fallback}`, turning `{{` and `}}` into literal braces.
    ///
    /// A brace that does not start a well-formed pipe is kept as literal text. The text is read as UTF-8
    /// bytes, as the compiler reads pipes: braces are ASCII, so every split falls between characters.
    init(_ text: String) {
        let utf8 = text.utf8
        var parts: [Part] = []
        var literal = ""
        var literalStart = utf8.startIndex
        var index = utf8.startIndex
        while let brace = utf8[index...].firstIndex(where: { $0 == openBrace || $0 == closeBrace }) {
            let next = utf8.index(after: brace)
            if next < utf8.endIndex, utf8[next] == utf8[brace] {
                // `{{` or `}}`: the literal so far and one brace.
                literal += Substring(utf8[literalStart..<next])
                index = utf8.index(after: next)
                literalStart = index
            } else if utf8[brace] == openBrace, let close = utf8[next...].firstIndex(of: closeBrace),
                let pipe = Template.pipe(Substring(utf8[next..<close]))
            {
                literal += Substring(utf8[literalStart..<brace])
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(pipe)
                index = utf8.index(after: close)
                literalStart = index
            } else {
                index = next
            }
        }
        literal += Substring(utf8[literalStart...])
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// Whether a text has a brace, so may hold a pipe or an escaped brace: most texts have none.
    static func mayHavePipes(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { bytes in
            guard let base = bytes.baseAddress else { return false }
            return memchr(base, Int32(openBrace), bytes.count) != nil || memchr(base, Int32(closeBrace), bytes.count) != nil
        } ?? text.utf8.contains { $0 == openBrace || $0 == closeBrace }
    }

    /// Every question reference the template pipes, in order.
    var references: [Reference] {
        parts.compactMap { part in
            if case .pipe(let reference, _) = part { return reference }
            return nil
        }
    }

    static func pipe(_ inner: Substring) -> Part? {
        let name: Substring, fallback: String?
        if let bar = inner.firstIndex(of: "|") {
            name = inner[..<bar]
            fallback = String(inner[inner.index(after: bar)...])
        } else {
            (name, fallback) = (inner, nil)
        }
        let pieces = name.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count), pieces.allSatisfy(isIdentifier) else { return nil }
        let reference = Reference(question: String(pieces[0]), row: pieces.count == 2 ? String(pieces[1]) : nil)
        return .pipe(reference, fallback: fallback)
    }

    private static func isIdentifier(_ text: Substring) -> Bool {
        guard let first = text.unicodeScalars.first, first == "_" || (first.isASCII && first.properties.isAlphabetic)
        else { return false }
        return text.unicodeScalars.allSatisfy { $0 == "_" || ($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) }
    }
}

private let openBrace = UInt8(ascii: "{")
private let closeBrace = UInt8(ascii: "}")
