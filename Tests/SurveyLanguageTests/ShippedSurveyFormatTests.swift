import Foundation
import SurveyLanguage
import Testing

/// The formatter over every `.survey` file in surveys/, whatever exists when the tests run.
@Suite struct ShippedSurveyFormatTests {
    static let files = surveyFiles(under: formatRepository.appendingPathComponent("surveys")).map(\.path)

    @Test(arguments: files)
    func `a shipped survey formats idempotently and keeps every comment`(path: String) throws {
        let input = try String(contentsOfFile: path, encoding: .utf8)
        let once = try formatted(input, path: path)
        #expect(try formatted(once, path: path) == once)
        #expect(commentTexts(once) == commentTexts(input))
        // CI runs `survey fmt --check surveys/`; a change to the formatter that reformats them shows here first.
        #expect(once == input, "\(path) is not in the canonical layout")
    }

    @Test(arguments: files)
    func `a shipped survey and the files it includes compile to the same content digest once formatted`(path: String) throws {
        // Included files have no header and do not compile alone; they are checked through the surveys that include them.
        guard let before = try contentDigest(path: path) else { return }
        let after = try contentDigest(path: path) { path, bytes in
            (try? formatted(String(decoding: bytes, as: UTF8.self), path: path)).map { Array($0.utf8) } ?? bytes
        }
        #expect(after == before)
    }
}
