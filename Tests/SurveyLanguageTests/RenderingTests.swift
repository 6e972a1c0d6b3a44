import SeededRandom
@testable import SurveyLanguage
import Testing

@Suite struct RenderingTests {
    @Test func `a long line is shown as a window around the problem, with the marker under it`() {
        let text = String(repeating: "x", count: 300)
        let compilation = TestSources.compile(TestSources.header + "section a \"A\" {\n  text t \"\(text)\" max 0\n}\n")
        let rendered = compilation.rendered
        #expect(compilation.codes == [.E0201])
        let lines = rendered.split(separator: "\n").map(String.init)
        let source = lines.first { $0.hasPrefix("6 | …") }
        let marker = lines.first { $0.contains("^ expected the most characters") }
        #expect(source.map { $0.count <= SnippetWindowWidth.limit } == true, "\(rendered)")
        #expect(source?.hasSuffix("\" max 0") == true, "\(rendered)")
        // The caret stands under the `0`, the last character of the shown line.
        if let source, let marker, let caret = marker.firstIndex(of: "^") {
            #expect(marker.distance(from: marker.startIndex, to: caret) == source.count - 1, "\(rendered)")
        }
    }

    @Test func `text from the survey in a message stays on one line, and no control character reaches the terminal`() {
        // An include path with a line break (escaped in the literal), and a tab and an ESC written raw.
        let compilation = TestSources.compile(TestSources.header + "include \"x\\ny\tz\u{1B}[31m.survey\"\n")
        #expect(compilation.codes == [.E0607])
        #expect(compilation.shortRendered == "test.survey:5:9: error[E0607]: cannot read included file `x\\ny\\tz\\u{1B}[31m.survey`: no such file")
        let first = compilation.rendered.split(separator: "\n").first.map(String.init)
        #expect(first == "error[E0607]: cannot read included file `x\\ny\\tz\\u{1B}[31m.survey`: no such file")
        #expect(!compilation.rendered.unicodeScalars.contains("\u{1B}"))
    }

    @Test func `a byte order mark is neither shown nor counted as a column`() {
        let compilation = TestSources.compile("\u{FEFF}survey a \"A\" { versoin \"1\"\n}\n")
        #expect(compilation.rendered.contains("""
             --> test.survey:1:16
              |
            1 | survey a "A" { versoin "1"
              |                ^^^^^^^ not a clause
            """), "\(compilation.rendered)")
    }

    @Test func `a long line's window, read from the label or the line's end, is the characters a whole-line reading shows`() {
        var random = SplitMix64(seed: 11)
        let pieces = ["a", " ", "é", "\t", "😀", "\u{0301}", "ж"]
        for _ in 0..<300 {
            let line = (0..<random.below(400)).map { _ in pieces[random.below(pieces.count)] }.joined()
            let file = SourceFile(path: "t", text: "x\n" + line + "\r\n")
            let scalars = Array(line.unicodeScalars)
            let label = scalars.isEmpty ? 0 : random.below(scalars.count)
            let offset = 2 + String(String.UnicodeScalarView(scalars[..<label])).utf8.count
            let window = SnippetWindow(file: file, line: file.lineRange(2), length: scalars.count, firstLabel: offset)
            // The whole line's scalars, cut as the window promises.
            let width = SnippetWindow.width
            var expected = line
            if scalars.count > width {
                let first = max(0, min(label - SnippetWindow.context, scalars.count - width))
                let last = min(scalars.count, first + width)
                expected = (first > 0 ? "…" : "") + String(String.UnicodeScalarView(scalars[first..<last])) + (last < scalars.count ? "…" : "")
            }
            #expect(window.text == expected, "\(line.debugDescription) at \(label)")
            #expect(file.location(of: offset) == (2, label + 1))
        }
    }

    @Test func `a short line is shown whole`() {
        let compilation = TestSources.compile(TestSources.header + "section a \"A\" {\n  text t \"Hello\" max 0\n}\n")
        #expect(compilation.rendered.contains("6 |   text t \"Hello\" max 0\n  |                      ^ expected"))
    }
}

/// The widest source line a snippet shows: the gutter, 120 characters and two `…`.
enum SnippetWindowWidth {
    static let limit = 4 + 120 + 2
}

@Suite struct PipeLocationTests {
    @Test func `a pipe in a plain string is marked exactly`() {
        let compilation = TestSources.compile(TestSources.header + "section a \"A\" {\n  text t \"You said {wrking}.\"\n}\n")
        #expect(compilation.shortRendered.contains("test.survey:6:20: error[E0309]"), "\(compilation.shortRendered)")
    }

    @Test func `a pipe after an escape, or in a later string of a joined text, is marked exactly and fixed`() throws {
        let escaped = TestSources.compile(TestSources.header + "section a \"A\" {\n  text t \"A \\\"quote\\\" {wrking}.\"\n}\n")
        #expect(escaped.shortRendered.contains("test.survey:6:23: error[E0309]"), "\(escaped.shortRendered)")
        let text = TestSources.header + "section a \"A\" {\n  yesno working \"W\" required\n  text t \"You \" // said\n    \"said {wrking}.\"\n}\n"
        let joined = TestSources.compile(text)
        #expect(joined.shortRendered.contains("test.survey:8:11: error[E0309]"), "\(joined.shortRendered)")
        let fix = try #require(joined.diagnostics.first?.fix)
        var bytes = Array(text.utf8)
        bytes.replaceSubrange(fix.range.start..<fix.range.end, with: Array(fix.replacement.utf8))
        #expect(TestSources.compile(bytes).diagnostics.isEmpty)
    }

    @Test func `a closing curly quote inside a straight-quoted string does not end it`() {
        // `”` ends only a string that `“` opened, as the lexer reads it; the pipe is in the second string.
        let compilation = TestSources.compile(TestSources.header + "section a \"A\" {\n  text t \"a”\" \"{wrking}\" // note\n}\n")
        #expect(compilation.shortRendered.contains("test.survey:6:16: error[E0309]"), "\(compilation.shortRendered)")
    }
}
