import Foundation
import SurveyLanguage
import Testing

/// Golden files: each `Fixtures/diagnostics/CODE-name.survey` (or `CODE-name/main.survey`, for cases with
/// includes) is checked, and every diagnostic rendered in full, plain, must equal the `.expected` file beside it.
/// `UPDATE_GOLDEN=1 swift test` rewrites the expected files instead; review the change with `git diff`.
struct DiagnosticGoldenTests {
    /// The fixtures' paths under `Fixtures`, which is also the path diagnostics print, so the output is stable.
    static let fixtures: [String] = {
        let folder = TestSources.fixturesFolder.appendingPathComponent("diagnostics")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.sorted().compactMap { name in
            if name.hasSuffix(".survey") { return "diagnostics/\(name)" }
            let main = "diagnostics/\(name)/main.survey"
            return FileManager.default.fileExists(atPath: TestSources.fixturesFolder.appendingPathComponent(main).path) ? main : nil
        }
    }()

    static let isUpdating = ProcessInfo.processInfo.environment["UPDATE_GOLDEN"] == "1"

    /// The code a fixture is named after: `diagnostics/E0302-unknown-option.survey` is about E0302.
    static func code(of fixture: String) -> DiagnosticCode? {
        DiagnosticCode(rawValue: String(fixture.dropFirst("diagnostics/".count).prefix(5)))
    }

    @Test(arguments: fixtures)
    func `a fixture renders exactly as its expected file`(fixture: String) throws {
        let compilation = try TestSources.compileFixture(fixture)
        let expectedURL = TestSources.fixturesFolder.appendingPathComponent(String(fixture.dropLast(".survey".count)) + ".expected")
        let code = try #require(Self.code(of: fixture), "\(fixture) must be named after its code")
        #expect(compilation.codes.contains(code), "\(fixture) must report \(code.rawValue)")
        if Self.isUpdating {
            try Data(compilation.rendered.utf8).write(to: expectedURL)
            return
        }
        let expected = try String(contentsOf: expectedURL, encoding: .utf8)
        #expect(compilation.rendered == expected, "\(fixture): run `UPDATE_GOLDEN=1 swift test` and review the diff")
    }

    /// E0601 and E0602 need files of more than 128 MiB and lines of more than 64 KiB: MalformedInputTests generates them.
    @Test func `every code that a small file can produce has a golden fixture`() {
        let covered = Set(Self.fixtures.compactMap(Self.code(of:)))
        let missing = Set(DiagnosticCode.allCases).subtracting(covered).subtracting([.E0601, .E0602])
        #expect(missing.isEmpty, "no fixture for \(missing.map(\.rawValue).sorted())")
    }
}
