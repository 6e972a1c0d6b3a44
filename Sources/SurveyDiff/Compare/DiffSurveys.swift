import SurveyBundle

/// Compares two versions of a survey question by question.
///
/// Questions, options, sections and roles are matched by identifier and through the
/// `continues` links the new version declares; unmatched questions with similar wording are
/// reported as possible renames but never matched. The result lists every question of both
/// versions with one verdict and the reasons for it, and every statement of a grid both versions have
/// with a verdict of its own.
public func diff(_ old: Survey, _ new: Survey, options: DiffOptions = DiffOptions()) -> Diff {
    let oldCatalog = Catalog(old), newCatalog = Catalog(new)
    let matching = Matching(
        old: oldCatalog.entries.map(\.question.id), new: newCatalog.entries.map(\.question.id),
        links: newCatalog.entries.map(\.question.continues))

    var links = Links()
    var optionMatchings = [Matching?](repeating: nil, count: newCatalog.entries.count)
    for (newIndex, oldIndex) in matching.oldForNew.enumerated() {
        guard let oldIndex else { continue }
        let o = oldCatalog.entries[oldIndex].question, n = newCatalog.entries[newIndex].question
        if o.id != n.id { links.questions[o.id] = n.id }
        guard let oldOptions = o.options, let newOptions = n.options else { continue }
        let optionMatching = Matching(
            old: oldOptions.map(\.id), new: newOptions.map(\.id), links: newOptions.map(\.continues))
        optionMatchings[newIndex] = optionMatching
        for (newOption, oldOption) in optionMatching.oldForNew.enumerated() {
            if let oldOption, oldOptions[oldOption].id != newOptions[newOption].id {
                links.options[o.id, default: [:]][oldOptions[oldOption].id] = newOptions[newOption].id
            }
        }
    }

    let roles = roleChanges(old.roles, new.roles, links: links)
    let redefinedRoles = Set(roles.compactMap { change in
        if case .ruleChanged(let id, _, _) = change { id } else { nil }
    })
    let comparison = QuestionComparison(
        links: links, old: oldCatalog, new: newCatalog, oldPopulations: Populations(old), newPopulations: Populations(new),
        redefinedRoles: redefinedRoles, options: options)
    let reordered = reorderedQuestions(old: oldCatalog, new: newCatalog, matching: matching)
    var newQuestions: [QuestionDiff] = []
    newQuestions.reserveCapacity(newCatalog.entries.count)
    for (newIndex, entry) in newCatalog.entries.enumerated() {
        let unfollowed = matching.unfollowed[newIndex]
        guard let oldIndex = matching.oldForNew[newIndex] else {
            newQuestions.append(
                QuestionDiff(
                    oldID: nil, newID: entry.question.id, oldSection: nil, newSection: entry.section,
                    text: entry.question.text, verdict: .new, changes: [], unfollowedLink: unfollowed))
            continue
        }
        let oldEntry = oldCatalog.entries[oldIndex]
        let (changes, mapping, statements) = comparison.compare(
            oldEntry, entry, optionMatching: optionMatchings[newIndex], reordering: reordered[newIndex])
        newQuestions.append(
            QuestionDiff(
                oldID: oldEntry.question.id, newID: entry.question.id, oldSection: oldEntry.section,
                newSection: entry.section, text: entry.question.text, verdict: Verdict.worst(of: changes), changes: changes,
                optionMapping: mapping, unfollowedLink: unfollowed, statements: statements))
    }
    var droppedQuestions: [QuestionDiff] = []
    for (oldIndex, entry) in oldCatalog.entries.enumerated() where matching.newForOld[oldIndex] == nil {
        droppedQuestions.append(
            QuestionDiff(
                oldID: entry.question.id, newID: nil, oldSection: entry.section, newSection: nil,
                text: entry.question.text, verdict: .dropped, changes: []))
    }
    attachRenameHints(new: &newQuestions, dropped: &droppedQuestions, options: options)

    return Diff(
        old: Edition(id: old.id, title: old.title, version: old.version),
        new: Edition(id: new.id, title: new.title, version: new.version),
        metadata: metadataChanges(old, new),
        roles: roles,
        sections: sectionDiffs(old.sections, new.sections, links: links, new: newQuestions, dropped: droppedQuestions))
}

/// Adds possible renames between new and dropped questions, best first.
private func attachRenameHints(new: inout [QuestionDiff], dropped: inout [QuestionDiff], options: DiffOptions) {
    let unmatchedNew = new.indices.filter { new[$0].verdict == .new }
    guard !unmatchedNew.isEmpty, !dropped.isEmpty else { return }
    let found = RenameSearch.best(
        old: dropped.map(\.text), new: unmatchedNew.map { new[$0].text }, threshold: options.renameThreshold,
        limit: options.maximumHints)
    func hint(_ pair: RenameSearch.Pair) -> RenameHint {
        RenameHint(oldID: dropped[pair.old].id, newID: new[unmatchedNew[pair.new]].id, similarity: pair.similarity)
    }
    for (index, pairs) in found.forNew.enumerated() where !pairs.isEmpty {
        new[unmatchedNew[index]].possibleRenames = pairs.map(hint)
    }
    for (index, pairs) in found.forOld.enumerated() where !pairs.isEmpty {
        dropped[index].possibleRenames = pairs.map(hint)
    }
}

/// Header fields that differ, in a fixed order.
private func metadataChanges(_ old: Survey, _ new: Survey) -> [MetadataChange] {
    func yesNo(_ flag: Bool) -> String { flag ? "yes" : "no" }
    let fields: [(MetadataChange.Field, String?, String?)] = [
        (.id, old.id, new.id),
        (.title, old.title, new.title),
        (.version, old.version, new.version),
        (.description, old.description, new.description),
        (.anonymous, yesNo(old.anonymous), yesNo(new.anonymous)),
        (.minutes, old.minutes.map(String.init), new.minutes.map(String.init)),
    ]
    return fields.compactMap { field, before, after in
        before == after ? nil : MetadataChange(field: field, old: before, new: after)
    }
}

/// Roles matched by identifier: changed and added in new order, then removed in old order.
private func roleChanges(_ old: [Role], _ new: [Role], links: Links) -> [RoleChange] {
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(new.map(\.id))
    var changes: [RoleChange] = []
    for role in new {
        guard let before = oldByID[role.id] else {
            changes.append(.added(id: role.id, label: role.label))
            continue
        }
        if before.label != role.label { changes.append(.relabelled(id: role.id, old: before.label, new: role.label)) }
        // The old rule in the new version's names, as it is compared.
        let oldRule = ConditionNormalization.normalize(links.map(before.rule))
        let newRule = ConditionNormalization.normalize(role.rule)
        if oldRule != newRule {
            changes.append(.ruleChanged(id: role.id, old: ConditionText.source(oldRule), new: ConditionText.source(newRule)))
        }
    }
    for role in old where !newIDs.contains(role.id) { changes.append(.removed(id: role.id, label: role.label)) }
    return changes
}

/// The report's sections: the new survey's in order, then those only the old one had.
private func sectionDiffs(
    _ old: [Section], _ new: [Section], links: Links, new newQuestions: [QuestionDiff], dropped: [QuestionDiff]
) -> [SectionDiff] {
    let oldByID = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let newIDs = Set(new.map(\.id))
    var result: [SectionDiff] = []
    let reordered = reorderedSections(old, new)
    var positionByNewID: [String: Int] = [:], positionByOldID: [String: Int] = [:]
    for section in new where positionByNewID[section.id] == nil {
        var changes: [SectionChange] = []
        if let before = oldByID[section.id] {
            if let reordering = reordered[section.id] { changes.append(reordering) }
            if before.title != section.title { changes.append(.retitled(old: before.title, new: section.title)) }
            // The old condition in the new version's names, as it is compared.
            let oldCondition = ConditionNormalization.normalize(links.map(ConditionNormalization.conjunction(before.condition.map { [$0] } ?? [])))
            let newCondition = ConditionNormalization.conjunction(section.condition.map { [$0] } ?? [])
            if oldCondition != newCondition {
                changes.append(
                    .conditionChanged(old: ConditionText.source(oldCondition), new: ConditionText.source(newCondition)))
            }
            positionByOldID[section.id] = result.count
        } else {
            changes.append(.added)
        }
        positionByNewID[section.id] = result.count
        result.append(SectionDiff(oldID: oldByID[section.id]?.id, newID: section.id, title: section.title, changes: changes, questions: []))
    }
    for section in old where !newIDs.contains(section.id) && positionByOldID[section.id] == nil {
        positionByOldID[section.id] = result.count
        result.append(SectionDiff(oldID: section.id, newID: nil, title: section.title, changes: [.removed], questions: []))
    }
    for question in newQuestions {
        if let position = question.newSection.flatMap({ positionByNewID[$0] }) { result[position].questions.append(question) }
    }
    for question in dropped {
        if let position = question.oldSection.flatMap({ positionByOldID[$0] }) { result[position].questions.append(question) }
    }
    return result
}
