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
        var writer = CanonicalWriter(capacity: 1 << 16)
        writer.write(survey)
        // A value JSON cannot hold: the generic encoder reports it as it always has.
        guard !writer.isUnrepresentable else { return SHA256.hex(try canonicalJSON(survey)) }
        return writer.withBytes { SHA256.hex($0) }
    }

    /// Encodes the bundle as canonical JSON followed by a newline.
    public func encoded() throws -> Data {
        var writer = CanonicalWriter(capacity: 1 << 16)
        writer.write(self)
        guard !writer.isUnrepresentable else {
            var data = try Bundle.canonicalJSON(self)
            data.append(0x0A)
            return data
        }
        return writer.data(appending: 0x0A)
    }
}
