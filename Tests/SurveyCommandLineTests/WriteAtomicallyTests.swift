import Foundation
@testable import SurveyCommandLine
import Testing

/// `survey compile` streams the bundle through `writeAtomically(to:_:)`: the file appears whole or not at all.
@Suite struct WriteAtomicallyTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("write-atomically-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true) }

    func leftovers() throws -> [String] { try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() }

    @Test func `pieces written are joined in one file under the real name`() throws {
        let path = folder.appendingPathComponent("out.json").path
        try writeAtomically(to: path) { file in
            for piece in ["{", "\"a\" : 1", "}\n"] { Array(piece.utf8).withUnsafeBufferPointer { file.append($0) } }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "{\"a\" : 1}\n")
        #expect(try leftovers() == ["out.json"])
    }

    @Test func `a producer that fails leaves the old file as it was and no temporary file`() throws {
        let path = folder.appendingPathComponent("out.json").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: UsageError.self) {
            try writeAtomically(to: path) { (file) throws(UsageError) in
                Array("half a bun".utf8).withUnsafeBufferPointer { file.append($0) }
                throw UsageError("cannot encode the bundle")
            }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "old\n")
        #expect(try leftovers() == ["out.json"])
    }

    @Test func `a file rewritten keeps its permissions, and a link is written through and kept`() throws {
        let path = folder.appendingPathComponent("draft.survey").path
        try Data("old\n".utf8).write(to: URL(fileURLWithPath: path))
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
        // A relative link, through another link.
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("link.survey").path, withDestinationPath: "draft.survey")
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("chain.survey").path, withDestinationPath: "link.survey")
        try writeAtomically(Data("new\n".utf8), to: folder.appendingPathComponent("chain.survey").path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "new\n")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o600)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: folder.appendingPathComponent("chain.survey").path) == "link.survey")
        #expect(try leftovers() == ["chain.survey", "draft.survey", "link.survey"])
    }

    @Test func `bytes already written can be overwritten in place`() throws {
        let path = folder.appendingPathComponent("out.json").path
        try writeAtomically(to: path, durable: false) { file in
            Array("digest 0000, then the rest\n".utf8).withUnsafeBufferPointer { file.append($0) }
            Array("beef".utf8).withUnsafeBufferPointer { file.overwrite(at: 7, with: $0) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "digest beef, then the rest\n")
        #expect(try leftovers() == ["out.json"])
    }

    @Test func `a folder that does not exist is a usage error naming the path`() {
        let path = folder.appendingPathComponent("missing/out.json").path
        #expect(throws: UsageError.self) { try writeAtomically(Data("x".utf8), to: path) }
    }
}
