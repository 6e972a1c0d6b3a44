import SurveyBundle

/// A JSON document written with sorted keys and two-space indentation, the same on every platform.
///
/// The diff types are not `Codable` (only the bundle types are serialised), so the JSON report
/// builds one of these by hand.
enum JSONValue {
    case null
    case bool(Bool)
    /// A number, already written as a JSON literal.
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    static func int(_ value: Int) -> JSONValue { .number(String(value)) }

    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    static func optional(_ value: Int?) -> JSONValue { value.map(JSONValue.int) ?? .null }

    /// The document as text, without a final newline.
    var text: String {
        var output = ""
        write(to: &output, indent: "")
        return output
    }

    private func write(to output: inout String, indent: String) {
        switch self {
        case .null: output += "null"
        case .bool(let value): output += value ? "true" : "false"
        case .number(let literal): output += literal
        case .string(let value): output += jsonString(value)
        case .array(let values):
            if values.isEmpty {
                output += "[]"
                return
            }
            let inner = indent + "  "
            output += "[\n"
            for (index, value) in values.enumerated() {
                output += inner
                value.write(to: &output, indent: inner)
                output += index == values.count - 1 ? "\n" : ",\n"
            }
            output += indent + "]"
        case .object(let members):
            if members.isEmpty {
                output += "{}"
                return
            }
            let inner = indent + "  "
            output += "{\n"
            let keys = members.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
            for (index, key) in keys.enumerated() {
                output += inner
                output += jsonString(key)
                output += ": "
                members[key]!.write(to: &output, indent: inner)
                output += index == keys.count - 1 ? "\n" : ",\n"
            }
            output += indent + "}"
        }
    }
}
