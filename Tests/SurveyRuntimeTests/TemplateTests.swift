import SeededRandom
@testable import SurveyRuntime
import Testing

/// `Template` reads texts as UTF-8 bytes; before, it walked them character by character. This holds it to
/// that earlier reading, kept here, on random texts of braces, bars, names and non-ASCII letters (where the
/// two agree by design: they part only on a brace with a combining mark after it).
@Test func `templates split texts as the character-by-character reading did`() {
    var random = SplitMix64(seed: 123)
    let alphabet = ["{", "}", "|", "a", "b", "_", ".", "1", " ", "é", "👍", "{q}", "{q|x}", "{q.r}", "{{", "}}"]
    for _ in 0..<3_000 {
        let text = (0..<random.below(14)).map { _ in random.pick(alphabet) }.joined()
        #expect(Template(text).parts == characterReading(text), "\(text)")
        #expect(Template.mayHavePipes(text) == (text.contains("{") || text.contains("}")), "\(text)")
    }
}

private func characterReading(_ text: String) -> [Template.Part] {
    var parts: [Template.Part] = []
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
        if character == "{", let close = text[next...].firstIndex(of: "}"), let pipe = Template.pipe(text[next..<close]) {
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
    return parts
}
