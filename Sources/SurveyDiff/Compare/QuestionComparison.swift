import SurveyBundle

/// Compares one old question with the new question matched to it.
struct QuestionComparison {
    var links: Links
    var oldPopulations: Populations
    var newPopulations: Populations
    /// The roles both versions have whose rules differ.
    var redefinedRoles: Set<String>
    var options: DiffOptions
    /// Each old chain's conditions joined, with the old names mapped to the new, normalised; and each new
    /// chain's joined and normalised: what a question without a condition of its own is compared by.
    var oldChains: [Condition]
    var newChains: [Condition]

    init(
        links: Links, old: Catalog, new: Catalog, oldPopulations: Populations, newPopulations: Populations,
        redefinedRoles: Set<String>, options: DiffOptions
    ) {
        self.links = links
        self.oldPopulations = oldPopulations
        self.newPopulations = newPopulations
        self.redefinedRoles = redefinedRoles
        self.options = options
        oldChains = old.chains.map { Self.mapped($0, links) }
        newChains = new.chains.map(ConditionNormalization.conjunction)
    }

    /// Old conditions joined, with the old names mapped to the new, normalised: comparable with new ones joined.
    static func mapped(_ conditions: [Condition], _ links: Links) -> Condition {
        ConditionNormalization.normalize(links.map(ConditionNormalization.conjunction(conditions)))
    }

    /// The changes between a matched pair, in report order, the option mapping for recoding, and the
    /// statements with their verdicts when both are grids. `reordering` is the pair's change of place
    /// within its section, which only the whole section shows.
    func compare(
        _ old: QuestionEntry, _ new: QuestionEntry, optionMatching: Matching?, reordering: Change?
    ) -> (changes: [Change], mapping: [OptionMapping], statements: [StatementDiff]) {
        let o = old.question, n = new.question
        var changes: [Change] = []
        var mapping: [OptionMapping] = []

        if o.id != n.id { changes.append(.renamed(from: o.id, to: n.id)) }
        if old.section != new.section { changes.append(.moved(fromSection: old.section, toSection: new.section)) }
        if let reordering { changes.append(reordering) }

        let oldText = links.mapPipes(o.text)
        if oldText != n.text {
            let diff = WordDiffing.diff(oldText, n.text)
            changes.append(Words.all(oldText) == Words.all(n.text) ? .textEdited(diff) : .textReworded(diff))
        }
        if o.help.map(links.mapPipes) != n.help { changes.append(.helpChanged(old: o.help, new: n.help)) }
        if old.notes.map(links.mapPipes) != new.notes { changes.append(.notesChanged(old: old.notes, new: new.notes)) }

        if o.type != n.type {
            changes.append(.typeChanged(old: o.type, new: n.type))
        } else {
            changes += answerChanges(o, n)
        }
        if let oldOptions = o.options, let newOptions = n.options, let optionMatching {
            let (optionChanges, optionMapping) = compareOptions(oldOptions, newOptions, optionMatching)
            changes += optionChanges
            mapping = optionMapping
        }
        if o.type == n.type {
            if (o.isOrdered ?? false) != (n.isOrdered ?? false) { changes.append(.orderingChanged(isOrdered: n.isOrdered ?? false)) }
            changes += compareRows(o.rows ?? [], n.rows ?? [])
        }

        if o.isRequired != n.isRequired { changes.append(.requiredChanged(isRequired: n.isRequired)) }
        if o.type == n.type { changes += validationChanges(o, n) }
        changes += checkChanges(o.checks, n.checks)

        let newCondition = n.condition == nil ? newChains[new.chain] : ConditionNormalization.conjunction(new.conditions)
        let oldMapped = o.condition == nil ? oldChains[old.chain] : Self.mapped(old.conditions, links)
        if oldMapped != newCondition {
            // The old condition as it was compared: in the new version's names, so a renamed option does
            // not show as the same words on both sides.
            changes.append(.conditionChanged(old: ConditionText.source(oldMapped), new: ConditionText.source(newCondition)))
        }
        let oldPopulation = oldPopulations.population(of: o.id)
        let newPopulation = newPopulations.population(of: n.id)
        if oldPopulation != newPopulation { changes.append(.populationChanged(old: oldPopulation, new: newPopulation)) }
        // A role is compared by identifier; when its rule changed, the people behind the identifier did.
        if case .roles(let before) = oldPopulation, case .roles(let after) = newPopulation {
            let redefined = before.filter { redefinedRoles.contains($0) && after.contains($0) }
            if !redefined.isEmpty { changes.append(.rolesRedefined(roles: redefined)) }
        }
        let statements =
            o.type == .grid && n.type == .grid ? QuestionComparison.statements(o.rows ?? [], n.rows ?? [], changes: changes) : []
        return (changes, mapping, statements)
    }

    /// Every statement of two matched grids with its own verdict, given the grid's changes: the new
    /// grid's statements in order, then dropped ones in old order.
    ///
    /// A kept statement gets the worst of its own change and the grid's changes that hold for every
    /// statement; adding or removing a statement, or reordering them, leaves the others as they were.
    static func statements(_ old: [Row], _ new: [Row], changes: [Change]) -> [StatementDiff] {
        let matching = Matching(old: old.map(\.id), new: new.map(\.id), links: new.map { _ in nil })
        let gridChanges = changes.filter(\.appliesToEveryStatement)
        var own: [String: Change] = [:]
        for change in changes {
            switch change {
            case .rowReworded(let id, _), .rowEdited(let id, _), .rowMeaningChanged(let id, _, _): own[id] = change
            default: break
            }
        }
        var statements: [StatementDiff] = []
        statements.reserveCapacity(old.count + new.count)
        for (index, row) in new.enumerated() {
            guard let oldIndex = matching.oldForNew[index] else {
                statements.append(StatementDiff(oldID: nil, newID: row.id, text: row.text, verdict: .new, changes: []))
                continue
            }
            let changes = (own[row.id].map { [$0] } ?? []) + gridChanges
            statements.append(
                StatementDiff(
                    oldID: old[oldIndex].id, newID: row.id, text: row.text, verdict: Verdict.worst(of: changes),
                    changes: changes))
        }
        for (index, row) in old.enumerated() where matching.newForOld[index] == nil {
            statements.append(StatementDiff(oldID: row.id, newID: nil, text: row.text, verdict: .dropped, changes: []))
        }
        return statements
    }

    /// Range, unit and end labels of questions of the same type.
    private func answerChanges(_ o: Question, _ n: Question) -> [Change] {
        var changes: [Change] = []
        let oldBounds = Bounds(min: o.min, max: o.max), newBounds = Bounds(min: n.min, max: n.max)
        if oldBounds != newBounds {
            changes.append(
                n.type == .scale
                    ? .scaleChanged(old: oldBounds, new: newBounds) : .rangeChanged(old: oldBounds, new: newBounds))
        }
        if o.unit != n.unit { changes.append(.unitChanged(old: o.unit, new: n.unit)) }
        for (end, oldLabel, newLabel) in [(ScaleEnd.low, o.lowLabel, n.lowLabel), (.high, o.highLabel, n.highLabel)]
        where oldLabel != newLabel {
            let isMeaningChange =
                if let oldLabel, let newLabel { Words.similarity(oldLabel, newLabel) < options.meaningThreshold } else { false }
            changes.append(.scaleLabelChanged(end: end, old: oldLabel, new: newLabel, isMeaningChange: isMeaningChange))
        }
        return changes
    }

    /// Options matched by identifier and `continues`: per matched option, then added, removed, reordered.
    private func compareOptions(
        _ old: [Option], _ new: [Option], _ matching: Matching
    ) -> ([Change], [OptionMapping]) {
        var changes: [Change] = []
        var mapping: [OptionMapping] = []
        for (index, n) in new.enumerated() {
            guard let oldIndex = matching.oldForNew[index] else { continue }
            let o = old[oldIndex]
            if o.id != n.id { changes.append(.optionRenamed(from: o.id, to: n.id)) }
            if o.label != n.label {
                changes.append(
                    Words.similarity(o.label, n.label) < options.meaningThreshold
                        ? .optionMeaningChanged(id: n.id, old: o.label, new: n.label)
                        : .optionRelabelled(id: n.id, old: o.label, new: n.label))
            }
            if o.code != n.code { changes.append(.optionRecoded(id: n.id, old: o.code, new: n.code)) }
            if (o.isExclusive ?? false) != (n.isExclusive ?? false) {
                changes.append(.optionExclusivityChanged(id: n.id, isExclusive: n.isExclusive ?? false))
            }
            if (o.isSpecify ?? false) != (n.isSpecify ?? false) {
                changes.append(.optionSpecifyChanged(id: n.id, isSpecify: n.isSpecify ?? false))
            }
            if o.id != n.id || o.code != n.code {
                mapping.append(OptionMapping(oldID: o.id, newID: n.id, oldCode: o.code, newCode: n.code))
            }
        }
        for (index, n) in new.enumerated() where matching.oldForNew[index] == nil {
            changes.append(.optionAdded(id: n.id, label: n.label))
        }
        for (index, link) in matching.unfollowed.sorted(by: { $0.key < $1.key }) {
            changes.append(.optionLinkNotFollowed(id: new[index].id, target: link.target, claimedBy: link.claimedBy))
        }
        for (index, o) in old.enumerated() where matching.newForOld[index] == nil {
            changes.append(.optionRemoved(id: o.id, label: o.label))
        }
        let keptInOldOrder = matching.newForOld.compactMap { $0 }
        if keptInOldOrder != keptInOldOrder.sorted() {
            changes.append(
                .optionsReordered(old: keptInOldOrder.map { new[$0].id }, new: keptInOldOrder.sorted().map { new[$0].id }))
        }
        return (changes, mapping)
    }

    /// Grid statements matched by identifier.
    private func compareRows(_ old: [Row], _ new: [Row]) -> [Change] {
        if old == new { return [] }
        let matching = Matching(old: old.map(\.id), new: new.map(\.id), links: new.map { _ in nil })
        var changes: [Change] = []
        for (index, n) in new.enumerated() {
            guard let oldIndex = matching.oldForNew[index] else { continue }
            let oldText = links.mapPipes(old[oldIndex].text)
            guard oldText != n.text else { continue }
            if Words.all(oldText) == Words.all(n.text) {
                changes.append(.rowEdited(id: n.id, diff: WordDiffing.diff(oldText, n.text)))
            } else if Words.similarity(oldText, n.text) < options.meaningThreshold {
                changes.append(.rowMeaningChanged(id: n.id, old: old[oldIndex].text, new: n.text))
            } else {
                changes.append(.rowReworded(id: n.id, diff: WordDiffing.diff(oldText, n.text)))
            }
        }
        for (index, n) in new.enumerated() where matching.oldForNew[index] == nil {
            changes.append(.rowAdded(id: n.id, text: n.text))
        }
        for (index, o) in old.enumerated() where matching.newForOld[index] == nil {
            changes.append(.rowRemoved(id: o.id, text: o.text))
        }
        let keptInOldOrder = matching.newForOld.compactMap { $0 }
        if keptInOldOrder != keptInOldOrder.sorted() {
            changes.append(
                .rowsReordered(old: keptInOldOrder.map { new[$0].id }, new: keptInOldOrder.sorted().map { new[$0].id }))
        }
        return changes
    }

    /// Choice limits, maximum length and long form of questions of the same type.
    private func validationChanges(_ o: Question, _ n: Question) -> [Change] {
        var changes: [Change] = []
        let oldLimits = ChoiceLimits(min: o.minChoices, max: o.maxChoices)
        let newLimits = ChoiceLimits(min: n.minChoices, max: n.maxChoices)
        if oldLimits != newLimits { changes.append(.choiceLimitsChanged(old: oldLimits, new: newLimits)) }
        if o.maxLength != n.maxLength { changes.append(.lengthLimitChanged(old: o.maxLength, new: n.maxLength)) }
        if (o.isLong ?? false) != (n.isLong ?? false) { changes.append(.longFormChanged(isLong: n.isLong ?? false)) }
        return changes
    }

    /// Validation rules compared as a set of normalised conditions, then their messages.
    private func checkChanges(_ old: [Check], _ new: [Check]) -> [Change] {
        if old.isEmpty && new.isEmpty { return [] }
        func keyed(_ checks: [Check], _ translate: (Condition) -> Condition) -> [(key: String, message: String)] {
            checks.map { check in
                (ConditionText.source(ConditionNormalization.normalize(translate(check.condition))), check.message)
            }.sorted { ($0.key, $0.message) < ($1.key, $1.message) }
        }
        let oldMapped = keyed(old, links.map), newKeyed = keyed(new, { $0 })
        if oldMapped.map(\.key) != newKeyed.map(\.key) {
            return [.checksChanged(old: keyed(old, { $0 }).map(\.key), new: newKeyed.map(\.key))]
        }
        if oldMapped.map(\.message) != newKeyed.map(\.message) {
            return [.checkMessagesChanged(old: oldMapped.map(\.message), new: newKeyed.map(\.message))]
        }
        return []
    }
}
