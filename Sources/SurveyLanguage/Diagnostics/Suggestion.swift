/// The unique candidate closest to a misspelt name, if one is close enough to be a likely typo.
public func closestMatch(to name: String, in candidates: some Sequence<String>) -> String? {
    let target = Array(name.lowercased().utf8)
    let limit = max(1, min(3, target.count / 3))
    var best: (name: String, distance: Int)?
    var isUnique = true
    for candidate in candidates where candidate != name {
        let distance = editDistance(target, Array(candidate.lowercased().utf8), limit: limit)
        guard distance <= limit else { continue }
        if let current = best {
            if distance < current.distance {
                best = (candidate, distance)
                isUnique = true
            } else if distance == current.distance && candidate != current.name {
                isUnique = false
            }
        } else {
            best = (candidate, distance)
        }
    }
    return isUnique ? best?.name : nil
}

/// The Damerau-Levenshtein distance (with adjacent swaps), or `limit + 1` once it exceeds `limit`.
func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
    if abs(a.count - b.count) > limit { return limit + 1 }
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var previousPrevious = [Int](repeating: 0, count: b.count + 1)
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        var rowMinimum = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                value = min(value, previousPrevious[j - 2] + 1)
            }
            current[j] = value
            rowMinimum = min(rowMinimum, value)
        }
        if rowMinimum > limit { return limit + 1 }
        (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[b.count]
}

/// `a`, `a` and `b`, or `a`, `b` and `c`: names in backticks joined for a sentence.
func listInWords(_ names: [String], conjunction: String = "and", limit: Int = 8) -> String {
    var quoted = names.prefix(limit).map { "`\($0)`" }
    if names.count > limit { quoted.append("\(names.count - limit) more") }
    switch quoted.count {
    case 0: return "none"
    case 1: return quoted[0]
    default: return quoted.dropLast().joined(separator: ", ") + " \(conjunction) " + quoted[quoted.count - 1]
    }
}
