import Foundation

/// One golden command-line case in a txtar-like file: `-- args --` (one argument per line, paths relative
/// to the Fixtures folder), an optional `-- stdin --`, and the expected `-- status --`, `-- stdout --` and `-- stderr --`.
struct GoldenCase {
    var comment: String
    var sections: [(name: String, text: String)]

    init(parsing text: String) {
        comment = ""
        sections = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast(text.hasSuffix("\n") ? 1 : 0) {
            let line = String(line)
            if line.hasPrefix("-- "), line.hasSuffix(" --"), line.count > 6 {
                sections.append((String(line.dropFirst(3).dropLast(3)), ""))
            } else if sections.isEmpty {
                comment += line + "\n"
            } else {
                sections[sections.count - 1].text += line + "\n"
            }
        }
    }

    subscript(name: String) -> String? {
        get { sections.first { $0.name == name }?.text }
        set {
            if let index = sections.firstIndex(where: { $0.name == name }) {
                sections[index].text = newValue ?? ""
            } else {
                sections.append((name, newValue ?? ""))
            }
        }
    }

    var text: String {
        comment + sections.map { "-- \($0.name) --\n" + $0.text }.joined()
    }

    /// The arguments, with paths (those holding a `/`) made absolute under the Fixtures folder.
    var arguments: [String] {
        (self["args"] ?? "").split(separator: "\n").map(String.init).map { argument in
            argument.contains("/") && !argument.hasPrefix("/") ? commandFixtures.appendingPathComponent(argument).path : argument
        }
    }

    /// Output as stored: fixture paths relative again, and CR LF line ends as LF (CSV line ends are tested on their own).
    static func normalised(_ output: String) -> String {
        output.replacingOccurrences(of: commandFixtures.path + "/", with: "").replacingOccurrences(of: "\r\n", with: "\n")
    }
}
