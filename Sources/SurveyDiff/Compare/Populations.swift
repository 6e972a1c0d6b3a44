import SurveyBundle

/// Who can be shown each question, read from the survey's role summaries.
///
/// A survey without summaries (as built by hand, not compiled) says nothing about its
/// audience, so every question counts as asked of everyone.
struct Populations {
    private var rolesByQuestion: [String: [String]] = [:]
    private var allRoles: Set<String>
    private var isSingleAudience: Bool
    private var hasSummaries: Bool

    init(_ survey: Survey) {
        allRoles = Set(survey.roles.map(\.id))
        isSingleAudience = survey.roles.isEmpty
        hasSummaries = !survey.summaries.isEmpty
        // At least the longest summary's questions, so the table is not rehashed as it fills.
        rolesByQuestion.reserveCapacity(survey.summaries.map(\.questions.count).max() ?? 0)
        for summary in survey.summaries {
            let role = summary.role ?? ""
            for question in summary.questions { rolesByQuestion[question, default: []].append(role) }
        }
    }

    /// The roles that can be shown a question.
    func population(of question: String) -> Population {
        guard hasSummaries else { return .everyone }
        let roles = rolesByQuestion[question] ?? []
        if isSingleAudience { return roles.isEmpty ? .roles([]) : .everyone }
        // A handful of roles: sorted and deduplicated without sets.
        var known: [String] = []
        for role in roles.sorted() where known.last != role && allRoles.contains(role) { known.append(role) }
        return known.count == allRoles.count ? .everyone : .roles(known)
    }
}
