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
    /// A brace that does not start a well-formed pipe is kept as literal text.
    init(_ text: String) {
        var parts: [Part] = []
        var literal = ""
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "{" || character == "}", next < text.endIndex, text[next] == character {
                literal.append(character)
                index = text.index(after: next)
                continue
            }
            if character == "{", let close = text[next...].firstIndex(of: "}"),
                let pipe = Template.pipe(text[next..<close])
            {
                if !literal.isEmpty { parts.append(.literal(literal)) }
                literal = ""
                parts.append(pipe)
                index = text.index(after: close)
                continue
            }
            literal.append(character)
            index = next
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
        self.parts = parts
    }

    /// Every question reference the template pipes, in order.
    var references: [Reference] {
        parts.compactMap { part in
            if case .pipe(let reference, _) = part { return reference }
            return nil
        }
    }

    private static func pipe(_ inner: Substring) -> Part? {
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
