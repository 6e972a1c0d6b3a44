import SurveyBundle

/// Who can be shown each question, read from the survey's role summaries.
///
/// A survey without summaries (as built by hand, not compiled) says nothing about its
/// audience, so every question counts as asked of everyone.
struct Populations {
    /// The survey's roles, sorted and without repeats: role `i` is bit `i` of a question's mask.
    private let roles: [String]
    /// How many 64-bit words each question's mask takes.
    private let words: Int
    /// Each question that a summary lists, by identifier: where its mask starts in `masks`.
    private var slots: [String: Int] = [:]
    private var masks: [UInt64] = []
    private let isSingleAudience: Bool
    private let hasSummaries: Bool

    init(_ survey: Survey) {
        let sorted = survey.roles.map(\.id).sorted()
        let roles = sorted.indices.filter { $0 == 0 || sorted[$0 - 1] != sorted[$0] }.map { sorted[$0] }
        self.roles = roles
        words = max(1, (roles.count + 63) / 64)
        isSingleAudience = survey.roles.isEmpty
        hasSummaries = !survey.summaries.isEmpty
        // At least the longest summary's questions, so the table is not rehashed as it fills.
        slots.reserveCapacity(survey.summaries.map(\.questions.count).max() ?? 0)
        for summary in survey.summaries {
            // A summary of a role the survey does not declare only says its questions are asked.
            let bit = summary.role.flatMap { role in roles.firstIndex(of: role) }
            for question in summary.questions {
                let slot = slot(of: question)
                if let bit { masks[slot + bit / 64] |= 1 << UInt64(bit % 64) }
            }
        }
    }

    /// Where `question`'s mask starts, made (empty) on first use.
    private mutating func slot(of question: String) -> Int {
        let next = masks.count
        let slot = storedValue(&slots[question, default: next])
        if slot == next { masks.append(contentsOf: repeatElement(0, count: words)) }
        return slot
    }

    /// The roles that can be shown a question.
    func population(of question: String) -> Population {
        guard hasSummaries else { return .everyone }
        guard let slot = slots[question] else { return .roles([]) }
        if isSingleAudience { return .everyone }
        // Most questions are asked of every role: their mask is full, and no list is made.
        let full = (0..<words).allSatisfy { word in
            let bits = min(64, roles.count - word * 64)
            return masks[slot + word] == (bits == 64 ? ~0 : (1 << UInt64(bits)) - 1)
        }
        if full { return .everyone }
        var known: [String] = []
        for (index, role) in roles.enumerated() where masks[slot + index / 64] & (1 << UInt64(index % 64)) != 0 {
            known.append(role)
        }
        return .roles(known)
    }
}
