import SeededRandom
@testable import SurveyCommandLine
import SurveyDiff
import Testing

/// CSV, HTML and Markdown escaping read text by scalar: a comma, quote, bar or bracket followed by a combining
/// mark is one `Character` that equals none of them, and was left as it was.
@Suite struct EscapingTests {
    static let pieces = [",", "\"", "\n", "\r\n", "\r", "|", "`", "<", ">", "&", "'", "*", "[", "a", "é", "\u{301}", " ", "\t", "-"]

    static func texts() -> [String] {
        var random = SplitMix64(seed: 9)
        return (0..<500).map { _ in (0..<random.below(12)).map { _ in pieces[random.below(pieces.count)] }.joined() }
            + [",\u{301}", "\"\u{301}b", "x,\u{301}y"]
    }

    @Test func `a CSV field reads back as the text it was written from`() {
        for text in Self.texts() {
            #expect(csvRecords(csvField(text) + ",end\r\n") == [[text, "end"]], "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func `HTML text has no markup character left bare`() {
        for text in Self.texts() {
            // By scalar: the only markup left is the `<br>` each line break becomes.
            let html = Array(htmlText(text).unicodeScalars)
            var index = 0
            while index < html.count {
                if html[index...].starts(with: "<br>".unicodeScalars) {
                    index += 4
                    continue
                }
                #expect(!"<>\"'".unicodeScalars.contains(html[index]), "\(htmlText(text))")
                index += 1
            }
        }
    }

    @Test func `a Markdown line has every character Markdown reads escaped, and no line break`() {
        for text in Self.texts() {
            let scalars = Array(markdownLine(text).unicodeScalars)
            #expect(!scalars.contains("\n") && !scalars.contains("\r"))
            for (index, scalar) in scalars.enumerated() where "|`*[<>&".unicodeScalars.contains(scalar) {
                #expect(index > 0 && scalars[index - 1] == "\\", "\(markdownLine(text))")
            }
        }
    }
}
