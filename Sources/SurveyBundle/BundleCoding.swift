import Foundation

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
        try withoutActuallyEscaping(sink) { sink in
            var writer = CanonicalWriter(capacity: Bundle.streamingBufferSize, drain: sink)
            writer.write(self)
            guard !writer.isUnrepresentable else {
                _ = try Bundle.canonicalJSON(self)  // the encoder's own error for the value
                throw EncodingError.invalidValue(self, .init(codingPath: [], debugDescription: "a number JSON cannot hold"))
            }
            writer.append(0x0A)
            writer.flush()
        }
    }

    private static let streamingBufferSize = 1 << 16

    /// Encodes the bundle as canonical JSON followed by a newline, in memory (`encode(into:)` joined).
    public func encoded() throws -> Data {
        var data = Data()
        try encode { data.append($0) }
        return data
    }
}
