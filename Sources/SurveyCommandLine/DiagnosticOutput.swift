import SurveyLanguage

/// How diagnostics are printed: for people, one line each, JSON, or GitHub Actions annotations.
enum DiagnosticFormat: String, CaseIterable {
    case human, short, json, github

    static let option = "--format"

    static func parse(_ arguments: Arguments) throws(UsageError) -> DiagnosticFormat {
        DiagnosticFormat(rawValue: try arguments.choice(option, from: allCases.map(\.rawValue), default: "human")) ?? .human
    }
}

/// Diagnostics of several compilations, printed together with a summary.
struct DiagnosticReport {
    /// Every compilation's diagnostics; one in a file that two surveys include is reported once.
    let diagnostics: [(Diagnostic, SourceSet)]

    /// Gathers the compilations' diagnostics once: the counts and the rendering all read them.
    init(compilations: [Compilation]) {
        var seen: Set<String> = []
        diagnostics = compilations.flatMap { compilation in
            compilation.diagnostics.filter { diagnostic in
                let range = diagnostic.primary.range
                let path = normalizedPath(compilation.sources.files[range.file].path)
                return seen.insert("\(path)\u{0}\(range.start)\u{0}\(range.end)\u{0}\(diagnostic.code)\u{0}\(diagnostic.message)").inserted
            }.map { ($0, compilation.sources) }
        }
    }

    var errorCount: Int { diagnostics.filter { $0.0.severity == .error }.count }
    var warningCount: Int { diagnostics.filter { $0.0.severity == .warning }.count }

    func rendered(_ format: DiagnosticFormat, style: TextStyle, fileCount: Int) -> String {
        switch format {
        case .human:
            var out = diagnostics.map { $0.0.rendered(in: $0.1, style: style) + "\n" }.joined()
            out += "checked \(plural(fileCount, "file")): \(plural(errorCount, "error")), \(plural(warningCount, "warning"))\n"
            return out
        case .short:
            return diagnostics.map { $0.0.shortRendered(in: $0.1) + "\n" }.joined()
        case .github:
            return diagnostics.map { $0.0.githubAnnotation(in: $0.1) + "\n" }.joined()
        case .json:
            let items = diagnostics.map { "    " + $0.0.json(in: $0.1) }.joined(separator: ",\n")
            return "{\n  \"diagnostics\": [\n\(items)\(items.isEmpty ? "" : "\n")  ],\n"
                + "  \"summary\": {\"files\": \(fileCount), \"errors\": \(errorCount), \"warnings\": \(warningCount)}\n}\n"
        }
    }
}

func plural(_ count: Int, _ noun: String) -> String {
    "\(count) \(noun)\(count == 1 ? "" : "s")"
}
