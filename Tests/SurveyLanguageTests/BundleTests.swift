import Foundation
import SurveyBundle
import SurveyLanguage
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
private let fixtures = repository.appendingPathComponent("Tests/SurveyLanguageTests/Fixtures/bundles")

/// Compiles a file the way `survey compile` does, with paths relative to `base` so output is stable.
private func compiledBundle(_ relativePath: String, base: URL) throws -> Data? {
    let read: ReadFile = { path in
        guard let data = FileManager.default.contents(atPath: base.appendingPathComponent(path).path) else {
            return .failure(ReadFailure("no such file"))
        }
        return .success([UInt8](data))
    }
    let bytes = try read(relativePath).get()
    let compilation = compile(path: relativePath, bytes: bytes, read: read)
    #expect(!compilation.diagnostics.hasErrors, "\(relativePath): \(compilation.diagnostics.map { $0.shortRendered(in: compilation.sources) })")
    return try compilation.bundle()?.encoded()
}

private func surveyPaths(under folder: URL, relativeTo base: URL) -> [String] {
    let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    let prefix = String(folder.path.dropFirst(base.path.count + 1))
    return names.filter { $0.hasSuffix(".survey") && !$0.hasPrefix("shared/") }.sorted().map { "\(prefix)/\($0)" }
}

@Suite struct BundleTests {
    static let fixtureNames = (try? FileManager.default.contentsOfDirectory(atPath: fixtures.path))?
        .filter { $0.hasSuffix(".survey") }.sorted() ?? []

    @Test(arguments: fixtureNames)
    func `the bundle of a fixture survey matches its golden file`(name: String) throws {
        let data = try #require(try compiledBundle(name, base: fixtures))
        let golden = fixtures.appendingPathComponent(name.replacingOccurrences(of: ".survey", with: ".bundle.json"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1" {
            try data.write(to: golden)
        }
        let expected = try Data(contentsOf: golden)
        #expect(String(decoding: data, as: UTF8.self) == String(decoding: expected, as: UTF8.self))
    }

    @Test func `compiling the same sources twice gives identical bytes`() throws {
        let paths = surveyPaths(under: repository.appendingPathComponent("surveys"), relativeTo: repository) + Self.fixtureNames.map { "Tests/SurveyLanguageTests/Fixtures/bundles/\($0)" }
        #expect(!paths.isEmpty)
        for path in paths {
            let first = try compiledBundle(path, base: repository)
            let second = try compiledBundle(path, base: repository)
            #expect(first != nil && first == second, "\(path)")
        }
    }

    @Test func `the content digest is the hash of the survey's canonical JSON`() throws {
        let data = try #require(try compiledBundle("roles.survey", base: fixtures))
        let bundle = try JSONDecoder().decode(Bundle.self, from: data)
        #expect(bundle.digest.content == (try Bundle.contentDigest(of: bundle.survey)))
        #expect(bundle.digest.sources.count == 64)
        #expect((try bundle.encoded()) == data)
    }

    @Test func `every shipped survey's bundle is valid against the JSON Schema`() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let paths = surveyPaths(under: repository.appendingPathComponent("surveys"), relativeTo: repository) + Self.fixtureNames.map { "Tests/SurveyLanguageTests/Fixtures/bundles/\($0)" }
        var files: [String] = []
        for (index, path) in paths.enumerated() {
            let data = try #require(try compiledBundle(path, base: repository))
            let file = folder.appendingPathComponent("\(index).json")
            try data.write(to: file)
            files.append(file.path)
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", repository.appendingPathComponent("scripts/validate-bundles.py").path,
                             repository.appendingPathComponent("docs/bundle.schema.json").path] + files
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(output)")
    }

    @Test func `a survey with errors produces no bundle`() throws {
        let source = "survey s \"S\" {\n  version \"1\"\n}\nsection a \"A\" {\n  number n \"N\" range 5...1\n}\n"
        let compilation = compile(path: "bad.survey", bytes: Array(source.utf8), read: { _ in .failure(ReadFailure("none")) })
        #expect(compilation.diagnostics.map(\.code) == [.E0405])
        #expect(try compilation.bundle() == nil)
    }
}
