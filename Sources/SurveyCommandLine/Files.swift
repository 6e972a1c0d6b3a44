import Foundation
import SurveyLanguage

/// Reads a file's bytes for the front end.
@Sendable func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return .failure(ReadFailure("no such file")) }
    guard !isDirectory.boolValue else { return .failure(ReadFailure("it is a folder")) }
    guard let data = FileManager.default.contents(atPath: path) else { return .failure(ReadFailure("permission denied")) }
    return .success([UInt8](data))
}

/// Reads a file named on the command line, or `-` for standard input.
func readInput(_ path: String) throws(UsageError) -> [UInt8] {
    if path == "-" { return [UInt8](FileHandle.standardInput.readDataToEndOfFile()) }
    switch readBytes(path) {
    case .success(let bytes): return bytes
    case .failure(let failure): throw UsageError("cannot read `\(path)`: \(failure.reason)")
    }
}

/// The `.survey` files named by paths: files as given, folders searched recursively, in sorted order.
func surveyFiles(in paths: [String]) throws(UsageError) -> [String] {
    var files: [String] = []
    for path in paths {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw UsageError("no such file or folder: `\(path)`")
        }
        if isDirectory.boolValue {
            let base = path.hasSuffix("/") ? String(path.dropLast()) : path
            let found = (FileManager.default.enumerator(atPath: path)?.allObjects as? [String] ?? [])
                .filter { $0.hasSuffix(".survey") }.sorted().map { "\(base)/\($0)" }
            files += found
        } else {
            files.append(path)
        }
    }
    return files
}

/// Writes data to a path through a temporary file and a rename, so readers never see half a file.
func writeAtomically(_ data: Data, to path: String) throws(UsageError) {
    let url = URL(fileURLWithPath: path)
    let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp")
    do {
        try data.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw UsageError("cannot write `\(path)`: \(reason)")
        }
    } catch let error as UsageError {
        throw error
    } catch {
        try? FileManager.default.removeItem(at: temporary)
        throw UsageError("cannot write `\(path)`: \(error.localizedDescription)")
    }
}
