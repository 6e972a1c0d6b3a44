import Foundation
import Testing

/// `doc`, `codebook` and `fmt` over every survey in surveys/, whatever exists when the tests run.
@Suite struct ShippedSurveyCommandTests {
    static let surveys: [String] = {
        let folder = commandRepository.appendingPathComponent("surveys")
        let names = (FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String]) ?? []
        return names.filter { $0.hasSuffix(".survey") }.sorted().map { folder.appendingPathComponent($0).path }
    }()

    /// Whether a file is a whole survey rather than a file of shared declarations that others include.
    func isMain(_ path: String) -> Bool {
        (try? String(contentsOfFile: path, encoding: .utf8))?.contains("\nsurvey ") == true
            || (try? String(contentsOfFile: path, encoding: .utf8))?.hasPrefix("survey ") == true
    }

    @Test(arguments: surveys)
    func `a shipped survey gets a questionnaire for everyone and for each role, and a codebook`(path: String) throws {
        guard isMain(path) else { return }
        let markdown = runTool(["doc", path])
        #expect(markdown.status == 0, "\(markdown.error)")
        #expect(runTool(["doc", path, "--format", "html"]).status == 0)
        #expect(runTool(["codebook", path]).status == 0)
        #expect(runTool(["codebook", path, "--format", "markdown"]).status == 0)
        let roles = try String(contentsOfFile: path, encoding: .utf8).split(separator: "\n")
            .drop { !$0.hasPrefix("roles {") }.dropFirst().prefix { !$0.hasPrefix("}") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { !$0.hasPrefix("//") }
        for role in roles {
            let run = runTool(["doc", path, "--role", role, "--format", "html"])
            #expect(run.status == 0, "\(role): \(run.error)")
        }
    }

    @Test(arguments: surveys)
    func `fmt accepts a shipped survey`(path: String) {
        let run = runTool(["fmt", "--diff", path])
        #expect(run.status == 0, "\(run.error)")
    }
}
