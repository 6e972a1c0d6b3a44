/// The base protocol of the Language Server Protocol: each message is a `Content-Length` header, any
/// other headers, an empty line, then that many bytes of JSON.
struct MessageReader {
    /// Bytes read but not yet returned as a message.
    private var buffer: [UInt8] = []
    private let readChunk: () -> [UInt8]?

    /// A reader of the chunks `readChunk` returns; nil from it is the end of the input.
    init(readChunk: @escaping () -> [UInt8]?) {
        self.readChunk = readChunk
    }

    /// A message's header was not what the protocol requires; the reader cannot find the next message.
    struct FramingError: Error, Equatable {
        var reason: String
    }

    /// The next message's body, or nil at the end of the input between messages.
    mutating func next() throws(FramingError) -> [UInt8]? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        var headerEnd = find(separator, in: buffer)
        while headerEnd == nil {
            guard let chunk = readChunk() else {
                if buffer.isEmpty { return nil }
                throw FramingError(reason: "the input ended inside a message header")
            }
            buffer += chunk
            headerEnd = find(separator, in: buffer)
        }
        guard let headerEnd else { return nil }
        let length = try contentLength(String(decoding: buffer[..<headerEnd], as: UTF8.self))
        let bodyStart = headerEnd + separator.count
        while buffer.count - bodyStart < length {
            guard let chunk = readChunk() else { throw FramingError(reason: "the input ended inside a message body") }
            buffer += chunk
        }
        let body = Array(buffer[bodyStart..<(bodyStart + length)])
        buffer.removeFirst(bodyStart + length)
        return body
    }

    /// The value of the `Content-Length` header; header names are case-insensitive.
    private func contentLength(_ header: String) throws(FramingError) -> Int {
        for line in header.split(separator: "\r\n") {
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, parts[0].lowercased() == "content-length" else { continue }
            guard let length = Int(parts[1].trimmingSpaces), length >= 0 else {
                throw FramingError(reason: "`Content-Length` is not a number: \(parts[1])")
            }
            return length
        }
        throw FramingError(reason: "a message has no `Content-Length` header")
    }

    private func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        return (0...(haystack.count - needle.count)).first { start in
            haystack[start] == needle[0] && haystack[start..<(start + needle.count)].elementsEqual(needle)
        }
    }
}

/// A message body with its header, ready to write.
func framed(_ body: [UInt8]) -> [UInt8] {
    Array("Content-Length: \(body.count)\r\n\r\n".utf8) + body
}

extension Substring {
    /// The text without leading and trailing spaces and tabs.
    fileprivate var trimmingSpaces: Substring {
        var text = self
        while let first = text.first, first == " " || first == "\t" { text.removeFirst() }
        while let last = text.last, last == " " || last == "\t" { text.removeLast() }
        return text
    }
}
