import SurveyBundle

/// What a condition becomes once the respondent's role is known.
enum Decided {
    case always
    case never
    case depends(Condition)
}

/// A condition with its role tests replaced by their value for one role, simplified.
func decided(_ condition: Condition, role: String) -> Decided {
    switch condition {
    case .role(let ids):
        return ids.contains(role) ? .always : .never
    case .not(let inner):
        switch decided(inner, role: role) {
        case .always: return .never
        case .never: return .always
        case .depends(let rest): return .depends(.not(rest))
        }
    case .and(let terms):
        var kept: [Condition] = []
        for term in terms {
            switch decided(term, role: role) {
            case .never: return .never
            case .always: continue
            case .depends(let rest): kept.append(rest)
            }
        }
        return kept.isEmpty ? .always : .depends(kept.count == 1 ? kept[0] : .and(kept))
    case .or(let terms):
        var kept: [Condition] = []
        for term in terms {
            switch decided(term, role: role) {
            case .always: return .always
            case .never: continue
            case .depends(let rest): kept.append(rest)
            }
        }
        return kept.isEmpty ? .never : .depends(kept.count == 1 ? kept[0] : .or(kept))
    case .answered, .test, .among:
        return .depends(condition)
    }
}

/// The conditions left for one role, or nil when one of them can never hold for it.
func decided(_ conditions: [Condition], role: String?) -> [Condition]? {
    guard let role else { return conditions }
    var kept: [Condition] = []
    for condition in conditions {
        switch decided(condition, role: role) {
        case .never: return nil
        case .always: continue
        case .depends(let rest): kept.append(rest)
        }
    }
    return kept
}
