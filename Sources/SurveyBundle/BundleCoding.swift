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
        SHA256.hex(try canonicalJSON(survey))
    }

    /// Encodes the bundle as canonical JSON followed by a newline.
    public func encoded() throws -> Data {
        var data = try Bundle.canonicalJSON(self)
        data.append(0x0A)
        return data
    }
}
