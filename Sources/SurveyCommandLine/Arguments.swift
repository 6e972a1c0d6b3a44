import SurveyLanguage

/// A command line split into positional arguments, options with values, and flags.
struct Arguments {
    var positional: [String] = []
    var values: [String: String] = [:]
    var flags: Set<String> = []

    /// Parses `args`; `valued` names options that take a value, `flagNames` those that do not.
    init(_ args: [String], valued: [String], flagNames: [String]) throws(UsageError) {
        var index = 0
        var onlyPositional = false
        while index < args.count {
            let arg = args[index]
            index += 1
            if onlyPositional || !arg.hasPrefix("-") || arg == "-" {
                positional.append(arg)
                continue
            }
            if arg == "--" {
                onlyPositional = true
                continue
            }
            var name = arg
            var inlineValue: String?
            if let equals = arg.firstIndex(of: "=") {
                name = String(arg[..<equals])
                inlineValue = String(arg[arg.index(after: equals)...])
            }
            if valued.contains(name) {
                if let inlineValue {
                    values[name] = inlineValue
                } else if index < args.count {
                    values[name] = args[index]
                    index += 1
                } else {
                    throw UsageError("`\(name)` needs a value")
                }
            } else if flagNames.contains(name) && inlineValue == nil {
                flags.insert(name)
            } else {
                let suggestion = closestMatch(to: name, in: valued + flagNames)
                throw UsageError("unknown option `\(name)`", help: suggestion.map { "did you mean `\($0)`?" })
            }
        }
    }

    /// The value of an option restricted to some choices.
    func choice(_ name: String, from choices: [String], default value: String) throws(UsageError) -> String {
        guard let given = values[name] else { return value }
        guard choices.contains(given) else {
            throw UsageError("`\(name)` must be one of \(choices.map { "`\($0)`" }.joined(separator: ", ")), not `\(given)`")
        }
        return given
    }
}
