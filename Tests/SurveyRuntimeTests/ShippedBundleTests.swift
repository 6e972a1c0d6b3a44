import Foundation
import SurveyBundle
import SurveyLanguage
import SurveyRuntime
import Testing

private let repository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundles the runtime meets in practice: every shipped survey compiled, and the golden bundle files.
private func shippedBundles() throws -> [(name: String, data: Data)] {
    var bundles: [(String, Data)] = []
    let surveys = repository.appendingPathComponent("surveys")
    let read: ReadFile = { path in
        guard let data = FileManager.default.contents(atPath: surveys.appendingPathComponent(path).path) else {
            return .failure(ReadFailure("no such file"))
        }
        return .success([UInt8](data))
    }
    for name in try FileManager.default.contentsOfDirectory(atPath: surveys.path).sorted() where name.hasSuffix(".survey") {
        let compilation = compile(path: name, bytes: try read(name).get(), read: read)
        guard let bundle = try compilation.bundle() else {
            Issue.record("\(name) does not compile")
            continue
        }
        bundles.append((name, try bundle.encoded()))
    }
    let golden = repository.appendingPathComponent("Tests/SurveyLanguageTests/Fixtures/bundles")
    for name in try FileManager.default.contentsOfDirectory(atPath: golden.path).sorted() where name.hasSuffix(".bundle.json") {
        bundles.append((name, try Data(contentsOf: golden.appendingPathComponent(name))))
    }
    return bundles
}

@Test func `every shipped survey's bundle reads as JSONDecoder reads it and loads`() throws {
    let bundles = try shippedBundles()
    #expect(bundles.count >= 4)
    for (name, data) in bundles {
        let decoded = try JSONDecoder().decode(SurveyBundle.Bundle.self, from: data)
        #expect(try BundleReader.bundle(from: data) == decoded, "\(name)")
        let loaded = try LoadedSurvey.load(data)
        #expect(loaded.bundle == decoded, "\(name)")
    }
}
