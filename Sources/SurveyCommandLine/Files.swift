#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif
import SurveyLanguage

/// Whether a path names a folder; nil when nothing is there.
func isFolder(_ path: String) -> Bool? {
    var status = stat()
    guard stat(path, &status) == 0 else { return nil }
    return status.st_mode & S_IFMT == S_IFDIR
}

/// Reads a file's bytes for the front end: a regular file, or a pipe such as the shell's `<(git show …)`.
@Sendable func readBytes(_ path: String) -> Result<[UInt8], ReadFailure> {
    guard let folder = isFolder(path) else { return .failure(ReadFailure("no such file")) }
    guard !folder else { return .failure(ReadFailure("it is a folder")) }
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return .failure(ReadFailure(reason(errno))) }
    defer { close(descriptor) }
    var bytes: [UInt8] = []
    var status = stat()
    if fstat(descriptor, &status) == 0, status.st_mode & S_IFMT == S_IFREG { bytes.reserveCapacity(Int(status.st_size)) }
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count >= 0 else { return .failure(ReadFailure(reason(errno))) }
        guard count > 0 else { return .success(bytes) }
        bytes += buffer[..<count]
    }
}

/// An `errno` in the words `survey` uses: "permission denied" rather than "Permission denied".
private func reason(_ code: Int32) -> String {
    let text = String(cString: strerror(code))
    return text.prefix(1).lowercased() + text.dropFirst()
}

/// Reads a file named on the command line, or `-` for standard input.
func readInput(_ path: String) throws(UsageError) -> [UInt8] {
    if path == "-" { return readStandardInput() }
    switch readBytes(path) {
    case .success(let bytes): return bytes
    case .failure(let failure): throw UsageError("cannot read `\(path)`: \(failure.reason)")
    }
}

/// The `.survey` files named by paths: files as given, folders searched recursively, in sorted order.
func surveyFiles(in paths: [String]) throws(UsageError) -> [String] {
    try files(in: paths, endingWith: ".survey")
}

/// The files named by paths: files as given whatever their names, and in folders, searched recursively, those
/// whose names end with `suffix`, in sorted order.
///
/// In folders, hidden files and folders (`.git`, or the `._name` copies macOS leaves on shared drives) are passed
/// over, and so are names ending with one of `excluded`.
func files(in paths: [String], endingWith suffix: String, excluding excluded: [String] = []) throws(UsageError) -> [String] {
    var found: [String] = []
    for path in paths {
        guard let folder = isFolder(path) else { throw UsageError("no such file or folder: `\(path)`") }
        if folder {
            found += try files(inFolder: path.hasSuffix("/") ? String(path.dropLast()) : path, endingWith: suffix, excluding: excluded).sorted()
        } else {
            found.append(path)
        }
    }
    // A file named twice (`a.survey surveys/`, `./a.survey`, through a link, or a hard link) is taken once.
    var seen: Set<String> = []
    return found.filter { seen.insert(fileIdentity($0)).inserted }
}

/// What names one file however it is reached: its device and inode, or for a file that cannot be read, its
/// resolved path.
private func fileIdentity(_ path: String) -> String {
    var status = stat()
    guard stat(path, &status) == 0 else { return resolvedPath(path) }
    return "\(status.st_dev):\(status.st_ino)"
}

/// The path as the file system resolves it: links followed and `.` and `..` gone, so two spellings of one file
/// compare equal. A file that does not exist yet is its folder's resolved path and its name, and a link to such a
/// file is where it points.
func resolvedPath(_ path: String) -> String {
    let path = linkTarget(of: path)
    if let resolved = realpath(path, nil) {
        defer { free(resolved) }
        return String(cString: resolved)
    }
    let slash = path.lastIndex(of: "/")
    let folder = slash.map { $0 == path.startIndex ? "/" : String(path[..<$0]) } ?? "."
    let name = slash.map { String(path[path.index(after: $0)...]) } ?? path
    guard let resolved = realpath(folder, nil) else { return normalizedPath(path) }
    defer { free(resolved) }
    let base = String(cString: resolved)
    return base == "/" ? "/" + name : base + "/" + name
}

/// The files in a folder and the folders inside it whose names end with `suffix`; folders are searched whatever
/// their names but hidden ones, and links to folders are not followed, so a link to a parent cannot loop. A
/// folder that cannot be read is an error: skipping it would pass the files in it unread.
private func files(inFolder folder: String, endingWith suffix: String, excluding excluded: [String]) throws(UsageError) -> [String] {
    guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
        throw UsageError("cannot read the folder `\(folder)`", help: "check its permissions")
    }
    var found: [String] = []
    for name in names where !name.hasPrefix(".") {
        let path = "\(folder)/\(name)"
        var status = stat()
        guard lstat(path, &status) == 0 else { continue }
        if status.st_mode & S_IFMT == S_IFDIR {
            found += try files(inFolder: path, endingWith: suffix, excluding: excluded)
        } else if name.hasSuffix(suffix), !excluded.contains(where: name.hasSuffix), isFolder(path) == false {
            found.append(path)
        }
    }
    return found
}

/// Writes data to a path through a temporary file and a rename, so readers never see half a file.
func writeAtomically(_ data: Data, to path: String) throws(UsageError) {
    try writeAtomically(to: path) { file in
        data.withUnsafeBytes { file.append($0.bindMemory(to: UInt8.self)) }
    }
}

/// The temporary file `writeAtomically(to:durable:_:)` hands its producer: a file, or bytes held in memory
/// for a device or pipe, which cannot be written out of order.
struct AtomicFile {
    fileprivate let descriptor: Int32
    /// The first error from a write, which `writeAtomically` reports after the producer returns, and the
    /// bytes when they are held.
    fileprivate let state: State

    /// Appends bytes at the end.
    func append(_ buffer: UnsafeBufferPointer<UInt8>) { write(buffer, at: nil) }

    /// Replaces bytes already written, starting `offset` bytes into the file.
    func overwrite(at offset: Int, with buffer: UnsafeBufferPointer<UInt8>) { write(buffer, at: offset) }

    /// Writes unless an earlier write failed, keeping the first error.
    private func write(_ buffer: UnsafeBufferPointer<UInt8>, at offset: Int?) {
        guard state.code == 0 else { return }
        if state.isHeld {
            if let offset { state.held.replaceSubrange(offset..<(offset + buffer.count), with: buffer) } else { state.held += buffer }
        } else {
            state.code = writeAll(descriptor, buffer, at: offset)
        }
    }

    fileprivate final class State {
        var code: Int32 = 0
        let isHeld: Bool
        var held: [UInt8] = []
        init(isHeld: Bool) { self.isHeld = isHeld }
    }
}

/// Whether a path names something other than a file or folder: a device such as `/dev/null`, a named pipe, or
/// a socket, which a rename would replace rather than write to.
func isSpecialFile(_ path: String) -> Bool {
    var status = stat()
    guard stat(path, &status) == 0 else { return false }
    let kind = status.st_mode & S_IFMT
    return kind != S_IFREG && kind != S_IFDIR
}

/// Refuses to write `output` when it is one of the files a command read (the same file, through any
/// path or link): `survey compile x.survey -o x.survey` would replace the survey with its bundle.
func refuseToReplace(_ output: String, inputs: [String]) throws(UsageError) {
    var target = stat()
    guard output != "-", stat(output, &target) == 0, target.st_mode & S_IFMT == S_IFREG else { return }
    for input in inputs {
        var status = stat()
        if stat(input, &status) == 0, status.st_dev == target.st_dev, status.st_ino == target.st_ino {
            throw UsageError("`\(output)` is `\(input)`, which this command reads: writing there would replace it", help: "name another output file")
        }
    }
}

/// Writes what `produce` hands to its file to a path, through a temporary file and a rename, so readers
/// never see half a file, and the whole file never has to be in memory.
///
/// The temporary file is in the same folder, so the rename is atomic: a killed process never leaves a
/// partial file under the real name. When `durable` (the default) the file is also flushed to disk before
/// the rename, so a power cut cannot leave one either. That is for what cannot be made again, answers and
/// a researcher's sources; a compiled bundle can be, and skips the flush (a compiler's output is not
/// flushed by clang or swiftc either; on ext4 the rename over an old file still orders the data first).
/// When `produce` throws or a write fails, the temporary file is removed and the real one is left as it was.
///
/// A file rewritten in place keeps its permissions, and a symbolic link is written through: the file it
/// points to is replaced, and the link stays. A device or named pipe (`-o /dev/null`) is written to, not
/// replaced: the bytes are made in memory, then written to it.
func writeAtomically(
    to path: String, durable: Bool = true, _ produce: (_ file: AtomicFile) throws(UsageError) -> Void
) throws(UsageError) {
    if isSpecialFile(path) {
        let descriptor = open(path, O_WRONLY)
        guard descriptor >= 0 else { throw cannotWrite(path, errno) }
        defer { close(descriptor) }
        let file = AtomicFile(descriptor: descriptor, state: AtomicFile.State(isHeld: true))
        try produce(file)
        let code = file.state.held.withUnsafeBufferPointer { writeAll(descriptor, $0) }
        guard code == 0 else { throw cannotWrite(path, code) }
        return
    }
    let target = linkTarget(of: path)
    let url = URL(fileURLWithPath: target)
    let temporary = url.deletingLastPathComponent()
        .appendingPathComponent(".\(url.lastPathComponent).\(ProcessInfo.processInfo.processIdentifier).tmp").path
    func failure(_ code: Int32 = errno) -> UsageError {
        unlink(temporary)
        return cannotWrite(path, code)
    }
    let descriptor = open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw failure() }
    var existing = stat()
    if stat(target, &existing) == 0, fchmod(descriptor, existing.st_mode & 0o7777) != 0 {
        let error = failure()
        close(descriptor)
        throw error
    }
    let file = AtomicFile(descriptor: descriptor, state: AtomicFile.State(isHeld: false))
    do {
        try produce(file)
    } catch {
        close(descriptor)
        unlink(temporary)
        throw error
    }
    guard file.state.code == 0, !durable || fsync(descriptor) == 0 else {
        let error = failure(file.state.code != 0 ? file.state.code : errno)
        close(descriptor)
        throw error
    }
    guard close(descriptor) == 0, rename(temporary, target) == 0 else { throw failure() }
}

/// Why a path could not be written, with the system's reason for `code`.
private func cannotWrite(_ path: String, _ code: Int32) -> UsageError {
    UsageError("cannot write `\(path)`: \(String(cString: strerror(code)))")
}

/// The file a path names once symbolic links are followed: the path itself when it is not a link (or does
/// not exist yet), and the end of a chain of links even when that file does not exist yet.
func linkTarget(of path: String) -> String {
    var current = path
    // As the kernel does, a chain of more than 40 links is not followed further.
    for _ in 0..<40 {
        var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
        let count = readlink(current, &buffer, buffer.count - 1)
        guard count > 0 else { return current }
        let destination = String(decoding: buffer[..<count].map { UInt8(bitPattern: $0) }, as: UTF8.self)
        current = destination.hasPrefix("/")
            ? destination : URL(fileURLWithPath: current).deletingLastPathComponent().appendingPathComponent(destination).path
    }
    return current
}

/// Writes all of a buffer to a file descriptor, through short writes and interruptions: at its current
/// position, or from `offset` bytes into the file when one is given. 0 or the `errno`.
func writeAll(_ descriptor: Int32, _ buffer: UnsafeBufferPointer<UInt8>, at offset: Int? = nil) -> Int32 {
    guard let base = buffer.baseAddress else { return 0 }
    var done = 0
    while done < buffer.count {
        let count =
            if let offset { pwrite(descriptor, base + done, buffer.count - done, off_t(offset + done)) }
            else { write(descriptor, base + done, buffer.count - done) }
        if count < 0 {
            if errno == EINTR { continue }
            return errno
        }
        done += count
    }
    return 0
}

/// Writes text to standard output or standard error: 0, or the `errno` of a failed write.
func writeText(_ text: String, to descriptor: Int32) -> Int32 {
    var text = text
    return text.withUTF8 { writeAll(descriptor, $0) }
}

/// All of standard input.
func readStandardInput() -> [UInt8] {
    var bytes: [UInt8] = []
    while let chunk = readStandardInputChunk() { bytes += chunk }
    return bytes
}

/// What one read of standard input returns, up to 64 KiB, or nil at its end (or on a read error).
@Sendable func readStandardInputChunk() -> [UInt8]? {
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
        let count = buffer.withUnsafeMutableBytes { read(STDIN_FILENO, $0.baseAddress, $0.count) }
        if count < 0, errno == EINTR { continue }
        guard count > 0 else { return nil }
        return Array(buffer[..<count])
    }
}
