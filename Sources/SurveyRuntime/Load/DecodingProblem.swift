import Foundation

/// The wording of a `DecodingError` as a load error that names where in the JSON it happened.
enum DecodingProblem {
    /// Turns a decoding failure into `.notJSON` or `.notABundle` with a readable coding path.
    static func loadError(_ error: any Error) -> LoadError {
        guard let error = error as? DecodingError else {
            return .notABundle(path: "", problem: String(describing: error))
        }
        switch error {
        case .keyNotFound(let key, let context):
            return .notABundle(path: path(context.codingPath), problem: "missing key `\(key.stringValue)`")
        case .typeMismatch(let type, let context):
            return .notABundle(path: path(context.codingPath), problem: "expected \(wording(of: type))")
        case .valueNotFound(let type, let context):
            return .notABundle(path: path(context.codingPath), problem: "expected \(wording(of: type)), found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                let detail = (context.underlyingError as NSError?)?.debugDescription ?? context.debugDescription
                return .notJSON(detail.isEmpty ? context.debugDescription : detail)
            }
            return .notABundle(path: path(context.codingPath), problem: wording(of: context.debugDescription))
        @unknown default:
            return .notABundle(path: "", problem: String(describing: error))
        }
    }

    /// A coding path written as `survey.sections[2].items[0]`.
    static func path(_ keys: [any CodingKey]) -> String {
        var text = ""
        for key in keys {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                if !text.isEmpty { text += "." }
                text += key.stringValue
            }
        }
        return text
    }

    /// Rewords Foundation's report of an unknown enumeration value, such as a question type `slider`.
    private static func wording(of description: String) -> String {
        let marker = "from invalid String value "
        guard let range = description.range(of: marker) else { return description }
        return "`\(description[range.upperBound...])` is not one of the values allowed here"
    }

    private static func wording(of type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type, is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default:
            String(describing: type).hasPrefix("Array") ? "an array" : "an object"
        }
    }
}
