#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
#if canImport(Glibc)
import Glibc
#endif

extension Bundle {
    /// The canonical JSON of a value: sorted keys, two-space indentation, no escaped slashes.
    ///
    /// Canonical output is what makes compiling byte-for-byte deterministic and digests stable.
    public static func canonicalJSON<T: Encodable>(_ value: T) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// The lower-case hex SHA-256 of the canonical JSON of a survey.
    public static func contentDigest(of survey: Survey) throws -> String {
        var hasher = SHA256()
        var writer = CanonicalWriter(capacity: streamingBufferSize) { hasher.update($0) }
        writer.write(survey)
        writer.flush()
        // A value JSON cannot hold: the generic encoder reports it as it always has.
        guard !writer.isUnrepresentable else { return SHA256.hex(try canonicalJSON(survey)) }
        return hasher.hexDigest()
    }

    /// Writes the bundle's canonical JSON and a final newline to `sink`, a buffer of about 64 KB at a time,
    /// so that the document is never whole in memory (a compiled bundle is about six times its source).
    ///
    /// On an error (a number JSON cannot hold) `sink` has had part of the document: a caller writing a
    /// file discards it.
    public func encode(into sink: (UnsafeBufferPointer<UInt8>) -> Void) throws {
        try Bundle.write(self, marks: nil, pieceSize: Bundle.streamingBufferSize, into: sink)
    }

    /// The bundle's canonical JSON and a final newline, to `sink` in pieces of `pieceSize` bytes; `marks`
    /// learns where the content digest and the survey are. A number JSON cannot hold throws the error
    /// `JSONEncoder` gives for it.
    private static func write(
        _ bundle: Bundle, marks: BundleMarks?, pieceSize: Int, into sink: (UnsafeBufferPointer<UInt8>) -> Void
    ) throws {
        try withoutActuallyEscaping(sink) { sink in
            var writer = CanonicalWriter(capacity: pieceSize, drain: sink)
            writer.write(bundle, marks: marks)
            guard !writer.isUnrepresentable else {
                _ = try Bundle.canonicalJSON(bundle)  // the encoder's own error for the value
                throw EncodingError.invalidValue(bundle, .init(codingPath: [], debugDescription: "a number JSON cannot hold"))
            }
            writer.append(0x0A)
            writer.flush()
        }
    }

    /// Writes the bundle of `survey` in one pass, working out its content digest on the way, to a sink that
    /// can go back: `digest.content` is written as 64 zeros, and `overwrite` puts the real digest in their
    /// place at the end. Returns the digest.
    ///
    /// The bytes are those `encode(into:)` writes for the bundle with that digest, and `sink` gets them in
    /// the same pieces; this is the same document written once instead of twice. The content digest is of
    /// the survey as a document of its own, which is the bundle's `survey` member with the two spaces after
    /// each line break left out, so it is hashed from the bytes on their way to `sink`.
    public static func encode(
        _ survey: Survey, sourcesDigest: String,
        into sink: (UnsafeBufferPointer<UInt8>) -> Void,
        overwrite: (_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
    ) throws -> Digest {
        try encode(survey, sourcesDigest: sourcesDigest, pieceSize: streamingBufferSize, into: sink, overwrite: overwrite)
    }

    /// `encode(_:sourcesDigest:into:overwrite:)` in pieces of `pieceSize` bytes (tests use small ones).
    static func encode(
        _ survey: Survey, sourcesDigest: String, pieceSize: Int,
        into sink: (UnsafeBufferPointer<UInt8>) -> Void,
        overwrite: (_ offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Void
    ) throws -> Digest {
        let placeholder = Digest(sources: sourcesDigest, content: String(repeating: "0", count: 64))
        let bundle = Bundle(digest: placeholder, survey: survey)
        let marks = BundleMarks()
        let hasher = NestedMemberHasher(marks: marks)
        try write(bundle, marks: marks, pieceSize: pieceSize) { piece in
            sink(piece)
            hasher.absorb(piece)
        }
        let digest = Digest(sources: sourcesDigest, content: hasher.hexDigest())
        var content = digest.content
        content.withUTF8 { overwrite(marks.contentDigest, $0) }
        return digest
    }

    private static let streamingBufferSize = 1 << 16

    /// Encodes the bundle as canonical JSON followed by a newline, in memory (`encode(into:)` joined).
    public func encoded() throws -> Data {
        var data = Data()
        try encode { data.append($0) }
        return data
    }
}

/// Hashes a bundle's `survey` member as it streams past, as the document of its own that the content digest
/// is of: one level of indentation less, that is the member's bytes without the two spaces after each line
/// break. (Every line break in canonical JSON is layout, since strings escape theirs, and every line inside
/// the member is indented at least one level, except the empty line of an empty array or object.)
private final class NestedMemberHasher {
    private var hasher = SHA256()
    private let marks: BundleMarks
    /// The offset in the document of the next piece.
    private var position = 0
    /// Spaces still to leave out at the start of the next piece, when a line break ended the last one.
    private var spacesToSkip = 0
    private var scratch: [UInt8] = []

    init(marks: BundleMarks) { self.marks = marks }

    func absorb(_ piece: UnsafeBufferPointer<UInt8>) {
        defer { position += piece.count }
        let start = Swift.max(marks.survey.lowerBound, position) - position
        let end = Swift.min(marks.survey.upperBound, position + piece.count) - position
        guard start < end, let base = piece.baseAddress else { return }
        if scratch.count < piece.count { scratch = [UInt8](repeating: 0, count: piece.count) }
        let kept = scratch.withUnsafeMutableBufferPointer { out in
            var kept = 0
            var index = start
            while index < end {
                while spacesToSkip > 0, index < end, base[index] == 0x20 {
                    index += 1
                    spacesToSkip -= 1
                }
                guard index < end else { break }
                spacesToSkip = 0
                var lineEnd = end
                if let found = memchr(base + index, 0x0A, end - index) {
                    lineEnd = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base + 1
                    spacesToSkip = 2
                }
                (out.baseAddress! + kept).update(from: base + index, count: lineEnd - index)
                kept += lineEnd - index
                index = lineEnd
            }
            return kept
        }
        scratch.withUnsafeBufferPointer { hasher.update(UnsafeBufferPointer(rebasing: $0[..<kept])) }
    }

    func hexDigest() -> String {
        let finished = hasher
        return finished.hexDigest()
    }
}
