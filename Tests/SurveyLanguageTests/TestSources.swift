import Foundation
import SurveyLanguage

/// Where the tests' inputs live, found from this file's path, since `Package.swift` excludes the fixtures from the target.
enum TestSources {
    static let testsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    static let repositoryRoot = testsFolder.deletingLastPathComponent().deletingLastPathComponent()
    static let fixturesFolder = testsFolder.appendingPathComponent("Fixtures")

    /// The header that test surveys start with.
    static let header = "survey workforce \"Social work workforce survey\" {\n  version \"2025\"\n}\n\n"

    /// Compiles one file's bytes with no other files to include.
    static func compile(_ bytes: [UInt8], path: String = "test.survey") -> Compilation {
        SurveyLanguage.compile(path: path, bytes: bytes) { _ in .failure(ReadFailure("no such file")) }
    }

    /// Compiles a survey's text as one file.
    static func compile(_ text: String, path: String = "test.survey") -> Compilation {
        compile(Array(text.utf8), path: path)
    }

    /// Compiles a fixture named by its path under `Fixtures`, reading the files it includes from there too.
    static func compileFixture(_ path: String) throws -> Compilation {
        let bytes = try [UInt8](Data(contentsOf: fixturesFolder.appendingPathComponent(path)))
        return SurveyLanguage.compile(path: path, bytes: bytes) { included in
            guard let data = try? Data(contentsOf: fixturesFolder.appendingPathComponent(included)) else {
                return .failure(ReadFailure("no such file"))
            }
            return .success([UInt8](data))
        }
    }
}

extension Compilation {
    /// The codes of the diagnostics, in source order.
    var codes: [DiagnosticCode] { diagnostics.map(\.code) }

    /// Every diagnostic in full, plain, as `survey check` prints them before its summary.
    var rendered: String { diagnostics.map { $0.rendered(in: sources, style: .plain) + "\n" }.joined() }

    /// Every diagnostic in the one-line form, for failure messages.
    var shortRendered: String { diagnostics.map { $0.shortRendered(in: sources) }.joined(separator: "\n") }
}

/// Inputs too large to commit, generated the same way every time.
enum GeneratedSources {
    /// A section with `depth` `when` blocks nested inside each other, each indented two more spaces.
    static func nestedBlocks(depth: Int) -> String {
        var text = TestSources.header + "section work \"Your work\" {\n  yesno working \"Are you working at the moment?\" required\n"
        for level in 1...depth { text += String(repeating: "  ", count: level) + "when working is yes {\n" }
        text += String(repeating: "  ", count: depth + 1) + "note \"Thank you.\"\n"
        for level in (1...depth).reversed() { text += String(repeating: "  ", count: level) + "}\n" }
        return text + "}\n"
    }

    /// A question whose condition is wrapped in `depth` pairs of parentheses.
    static func nestedParentheses(depth: Int) -> String {
        TestSources.header + "section work \"Your work\" {\n  yesno working \"Are you working at the moment?\" required\n"
            + "  text why \"Why?\" when " + String(repeating: "(", count: depth) + "working is yes"
            + String(repeating: ")", count: depth) + "\n}\n"
    }

    /// A note on line 6 made of `pieces` joined strings, all on one line.
    static func longLine(pieces: Int) -> String {
        TestSources.header + "section work \"Your work\" {\n  note"
            + String(repeating: " \"Barking and Dagenham, \"", count: pieces) + "\n}\n"
    }

    /// A note on line 6 whose string holds `length` characters.
    static func longString(length: Int) -> String {
        TestSources.header + "section consent \"Consent\" {\n  note \"" + String(repeating: "a", count: length) + "\"\n}\n"
    }
}
