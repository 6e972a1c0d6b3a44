import Foundation
import SurveyLanguage

/// The repository root, found from this file's path.
let formatRepository = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The golden inputs and outputs of the formatter.
let formatFixtures = formatRepository.appendingPathComponent("Tests/SurveyLanguageTests/Fixtures/format")

/// Formats text as `survey fmt -` does, throwing when the file cannot be formatted.
func formatted(_ text: String, path: String = "test.survey") throws -> String {
    try format(SourceFile(path: path, text: text)).get()
}

/// The comments of a text, each without trailing spaces, in order.
func commentTexts(_ text: String) -> [String] {
    let source = SourceFile(path: "", text: text)
    return lex(source.bytes, file: 0).comments.map { comment in
        var text = source.text(comment.range)
        while let last = text.unicodeScalars.last, last == " " || last == "\t" || last == "\r" { text.unicodeScalars.removeLast() }
        return text
    }
}

/// The content digest of the bundle a survey compiles to, reading includes from disk through `transform`.
func contentDigest(path: String, transform: @escaping @Sendable (String, [UInt8]) -> [UInt8] = { $1 }) throws -> String? {
    let read: ReadFile = { path in
        guard let data = FileManager.default.contents(atPath: path) else { return .failure(ReadFailure("no such file")) }
        return .success(transform(path, [UInt8](data)))
    }
    let bytes = try read(path).get()
    return try compile(path: path, bytes: bytes, read: read).bundle()?.digest.content
}

/// The `.survey` files under a folder, recursively, sorted; empty when the folder does not exist.
func surveyFiles(under folder: URL) -> [URL] {
    let names = FileManager.default.enumerator(atPath: folder.path)?.allObjects as? [String] ?? []
    return names.filter { $0.hasSuffix(".survey") }.sorted().map { folder.appendingPathComponent($0) }
}
