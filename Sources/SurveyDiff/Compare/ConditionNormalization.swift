import SurveyBundle

/// Conditions in a canonical form, so that two conditions that differ only in the order of
/// `and`/`or` operands, repeats, nesting or the order of listed values compare equal.
enum ConditionNormalization {
    /// The conjunction of the given conditions, normalised; `.and([])` means always shown.
    static func conjunction(_ conditions: [Condition]) -> Condition {
        normalize(.and(conditions))
    }

    /// The canonical form of a condition.
    static func normalize(_ condition: Condition) -> Condition {
        switch condition {
        case .and(let args): return combine(args, .and)
        case .or(let args): return combine(args, .or)
        case .not(let arg):
            let inner = normalize(arg)
            if case .not(let twice) = inner { return twice }
            return .not(inner)
        case .role(let roles): return .role(Array(Set(roles)).sorted())
        case .among(let ref, let values):
            let unique = Dictionary(values.map { (ConditionText.source($0), $0) }, uniquingKeysWith: { first, _ in first })
            return .among(ref, unique.keys.sorted().map { unique[$0]! })
        case .answered, .test: return condition
        }
    }

    private enum Connective { case and, or }

    /// Operands flattened into one level, deduplicated and sorted by their source text.
    private static func combine(_ args: [Condition], _ connective: Connective) -> Condition {
        var flat: [Condition] = []
        for arg in args {
            let normal = normalize(arg)
            switch (normal, connective) {
            case (.and(let inner), .and), (.or(let inner), .or): flat += inner
            default: flat.append(normal)
            }
        }
        if flat.count == 1 { return flat[0] }
        // Sorted by source text; of operands with the same text, the last is kept.
        let keyed = flat.indices.map { (text: ConditionText.source(flat[$0]), position: $0) }.sorted { $0 < $1 }
        var sorted: [Condition] = []
        for index in keyed.indices where index + 1 == keyed.count || keyed[index + 1].text != keyed[index].text {
            sorted.append(flat[keyed[index].position])
        }
        if sorted.count == 1 { return sorted[0] }
        switch connective {
        case .and: return .and(sorted)
        case .or: return .or(sorted)
        }
    }
}
