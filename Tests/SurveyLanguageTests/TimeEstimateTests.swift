import SeededRandom
@testable import SurveyLanguage
import Testing

/// The time estimate counts words with a byte loop over ASCII text; it must count what splitting the
/// characters at spaces and newlines counts, CR LF included (one character, so not a separator).
@Test func `words are counted as the character split counts them`() {
    var random = SplitMix64(seed: 60)
    let pieces = ["a", "word", " ", "  ", "\n", "\r", "\r\n", "\t", "-", "é", "👍", "e\u{301}", " \r\n "]
    for _ in 0..<3_000 {
        let text = (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
        #expect(wordCount(text) == text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count, "\(text.debugDescription)")
    }
}

/// Long ASCII text is counted eight bytes at a time; words and separators falling anywhere in a word of
/// eight bytes, and text of every length, count as the character split counts them.
@Test func `long ASCII text is counted as the character split counts it`() {
    var random = SplitMix64(seed: 62)
    let pieces = ["a", "word", "longer-word", " ", "  ", "\n", "\n\n", "\t", "x y"]
    for _ in 0..<3_000 {
        let text = (0..<random.below(60)).map { _ in random.pick(pieces) }.joined()
        #expect(wordCount(text) == text.split(whereSeparator: { $0 == " " || $0 == "\n" }).count, "\(text.debugDescription)")
    }
}
