import SeededRandom
import Testing

@testable import SurveyDiff

@Suite struct WordDiffTests {
    @Test func `a replaced word shows as a removal then an addition`() {
        #expect(WordDiffing.diff("Do you feel valued at work?", "Do you feel appreciated at work?").text
            == "Do you feel [-valued-]{+appreciated+} at work?")
    }

    @Test func `insertions and deletions at the ends are marked`() {
        #expect(WordDiffing.diff("How many hours", "Roughly how many hours last week").text
            == "[-How-]{+Roughly how+} many hours {+last week+}")
        #expect(WordDiffing.diff("", "New text").text == "{+New text+}")
        #expect(WordDiffing.diff("Old text", "").text == "[-Old text-]")
    }

    @Test func `the kept words of a diff spell both texts`() {
        var generator = SplitMix64(seed: 7)
        let vocabulary = ["a", "b", "c", "d", "e"]
        for _ in 0..<200 {
            let old = (0..<generator.below(8)).map { _ in vocabulary[generator.below(5)] }
            let new = (0..<generator.below(8)).map { _ in vocabulary[generator.below(5)] }
            let segments = WordDiffing.diff(old.joined(separator: " "), new.joined(separator: " ")).segments
            var before: [String] = [], after: [String] = []
            for segment in segments {
                switch segment {
                case .same(let words):
                    before += words.split(separator: " ").map(String.init)
                    after += words.split(separator: " ").map(String.init)
                case .removed(let words): before += words.split(separator: " ").map(String.init)
                case .added(let words): after += words.split(separator: " ").map(String.init)
                }
            }
            #expect(before == old)
            #expect(after == new)
        }
    }

    @Test func `texts split into the same words as splitting on whitespace characters`() {
        // Bytes and scalars where the ASCII fast path could part from `Character.isWhitespace`: every ASCII
        // control, a CR LF pair, and non-ASCII spaces and a combining mark, which take the slow path.
        let pieces = ["a", "Bc", "?", " ", "\t", "\n", "\r\n", "\u{0B}", "\u{0C}", "\u{1F}", "\u{7F}", "\u{A0}", "\u{2003}", "\u{301}", "é"]
        var generator = SplitMix64(seed: 11)
        for _ in 0..<500 {
            let text = (0..<generator.below(10)).map { _ in pieces[generator.below(pieces.count)] }.joined()
            #expect(WordDiffing.words(text) == text.split(whereSeparator: \.isWhitespace).map(String.init), "\(Array(text.unicodeScalars))")
        }
        #expect(WordDiffing.words(" Do  you\tfeel\r\nvalued? ") == ["Do", "you", "feel", "valued?"])
    }

    @Test func `words are normalised to lower-case letters and digits`() {
        #expect(Words.all("Children's social-work: 12 MONTHS") == ["children", "s", "social", "work", "12", "months"])
        #expect(Words.content("Do you feel valued at work?") == ["feel", "valued", "work"])
        #expect(Words.content("None of these") == ["none"])
        #expect(Words.content("Is it?") == ["is", "it"])
    }
}
