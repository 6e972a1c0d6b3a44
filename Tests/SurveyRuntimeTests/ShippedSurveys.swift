import Foundation
import SurveyBundle
import SurveyLanguage

/// The real questionnaires in surveys/, compiled here so the runtime's properties run on them.
enum ShippedSurveys {
    static let folder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("surveys")

    static let names = ["big-listen-2023", "big-conversation-2025"]

    /// The bundle's JSON for one shipped survey, compiled from source with its includes.
    static func bundleData(_ name: String) throws -> Data {
        let path = folder.appendingPathComponent("\(name).survey").path
        let read: ReadFile = { path in
            FileManager.default.contents(atPath: path).map { .success([UInt8]($0)) } ?? .failure(ReadFailure("no such file"))
        }
        let compilation = compile(path: path, bytes: try read(path).get(), read: read)
        guard let bundle = try compilation.bundle() else { throw ShippedSurveyError.doesNotCompile(name) }
        return try bundle.encoded()
    }
}

enum ShippedSurveyError: Error {
    case doesNotCompile(String)
}
