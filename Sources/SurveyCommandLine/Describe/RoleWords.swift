/// A role's label as a group of people: "Agency social worker" → "agency social workers".
func roleGroup(_ label: String) -> String {
    var words = label.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
    guard !words.isEmpty else { return label }
    // The head noun comes before the first preposition: "social worker in the ASYE".
    let prepositions: Set<String> = ["in", "at", "on", "with", "without", "of", "for", "from", "who", "under", "on", "doing"]
    let head = (words.indices.dropFirst().first { prepositions.contains(words[$0].lowercased()) } ?? words.count) - 1
    words[head] = pluralNoun(words[head])
    let first = words[0]
    // Lower-case an ordinary first word, but not an acronym such as "ASYE".
    if let initial = first.first, initial.isUppercase, first.dropFirst().first?.isLowercase ?? false {
        words[0] = initial.lowercased() + first.dropFirst()
    }
    return words.joined(separator: " ")
}

/// The plural of an English noun, by the common rules.
func pluralNoun(_ noun: String) -> String {
    let lower = noun.lowercased()
    let irregular = ["person": "people", "child": "children", "staff": "staff", "people": "people"]
    if let plural = irregular[lower] { return noun.first!.isUppercase ? plural.prefix(1).uppercased() + plural.dropFirst() : plural }
    if lower.hasSuffix("man") { return String(noun.dropLast(2)) + "en" }
    if ["s", "x", "z", "ch", "sh"].contains(where: lower.hasSuffix) { return noun + "es" }
    if lower.hasSuffix("y"), let before = lower.dropLast().last, !"aeiou".contains(before) { return String(noun.dropLast()) + "ies" }
    return noun + "s"
}

/// Names joined as English: "a", "a and b", "a, b and c".
func joinedWords(_ names: [String], conjunction: String = "and") -> String {
    switch names.count {
    case 0: return ""
    case 1: return names[0]
    default: return names.dropLast().joined(separator: ", ") + " \(conjunction) " + names[names.count - 1]
    }
}

/// Text in curly quotes, as survey text is quoted in plain English.
func quoted(_ text: String) -> String { "“\(text)”" }

/// A number as people write it: no `.0` on whole numbers.
func numberWords(_ value: Double) -> String {
    value.rounded() == value && abs(value) < 1e15 ? String(Int(value)) : String(value)
}
