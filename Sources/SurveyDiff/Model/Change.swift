import SurveyBundle

/// One difference in a matched question, each with the verdict it implies on its own.
///
/// Identifiers are those of the new version unless a case says otherwise; conditions are
/// in source syntax. `docs/diff.md` explains why each change gets its verdict.
public enum Change: Hashable, Sendable {
    /// The question continues an old question under a new identifier.
    case renamed(from: String, to: String)
    /// The question now sits in another section (old and new section identifiers).
    case moved(fromSection: String, toSection: String)
    /// The question is asked at another point of the section that holds it in both versions (its place, from
    /// 1, among the questions the section has in both versions, in old and in new order).
    case reordered(section: String, oldPlace: Int, newPlace: Int)
    /// The words of the question text changed.
    case textReworded(WordDiff)
    /// The question text changed in case, punctuation or spacing only.
    case textEdited(WordDiff)
    /// The help text changed, appeared or disappeared.
    case helpChanged(old: String?, new: String?)
    /// The notes shown between the previous question and this one changed.
    case notesChanged(old: [String], new: [String])
    /// The kind of answer changed.
    case typeChanged(old: QuestionType, new: QuestionType)
    /// The points of a `scale` changed.
    case scaleChanged(old: Bounds, new: Bounds)
    /// The accepted range of a `number` or `decimal` answer changed.
    case rangeChanged(old: Bounds, new: Bounds)
    /// The unit of a `number` or `decimal` answer changed.
    case unitChanged(old: String?, new: String?)
    /// The label at one end of a `scale` changed, appeared or disappeared; a meaning change when
    /// both labels exist and their words share little.
    case scaleLabelChanged(end: ScaleEnd, old: String?, new: String?, isMeaningChange: Bool)
    /// An option only the new version offers.
    case optionAdded(id: String, label: String)
    /// An option only the old version offered (old identifier).
    case optionRemoved(id: String, label: String)
    /// An option continues an old option under a new identifier.
    case optionRenamed(from: String, to: String)
    /// An option's label changed but shares most of its words with the old label.
    case optionRelabelled(id: String, old: String, new: String)
    /// An option's label changed so much that the same identifier now means something else.
    case optionMeaningChanged(id: String, old: String, new: String)
    /// An option's export code changed.
    case optionRecoded(id: String, old: Int?, new: Int?)
    /// An option became, or stopped being, chosen alone.
    case optionExclusivityChanged(id: String, isExclusive: Bool)
    /// An option started, or stopped, asking the respondent to type text.
    case optionSpecifyChanged(id: String, isSpecify: Bool)
    /// The options kept in both versions are shown in another order (new identifiers, old and new order).
    case optionsReordered(old: [String], new: [String])
    /// The options became, or stopped being, comparable by position.
    case orderingChanged(isOrdered: Bool)
    /// A grid statement only the new version has.
    case rowAdded(id: String, text: String)
    /// A grid statement only the old version had.
    case rowRemoved(id: String, text: String)
    /// A grid statement's words changed.
    case rowReworded(id: String, diff: WordDiff)
    /// A grid statement changed in case, punctuation or spacing only.
    case rowEdited(id: String, diff: WordDiff)
    /// A grid statement kept its identifier but now says something else.
    case rowMeaningChanged(id: String, old: String, new: String)
    /// The grid statements are shown in another order.
    case rowsReordered(old: [String], new: [String])
    /// The question became required or optional.
    case requiredChanged(isRequired: Bool)
    /// The fewest or most options an answer may hold changed.
    case choiceLimitsChanged(old: ChoiceLimits, new: ChoiceLimits)
    /// The most characters of a `text` answer changed.
    case lengthLimitChanged(old: Int?, new: Int?)
    /// A `text` answer became long-form or short-form.
    case longFormChanged(isLong: Bool)
    /// The validation rules (`check … else …`) changed.
    case checksChanged(old: [String], new: [String])
    /// Only the messages of the validation rules changed.
    case checkMessagesChanged(old: [String], new: [String])
    /// The condition under which the question is shown (section, blocks and its own) changed.
    case conditionChanged(old: String, new: String)
    /// A different set of roles can be shown the question.
    case populationChanged(old: Population, new: Population)
    /// Roles that can be shown the question in both versions are assigned by other rules, so other people
    /// hold them (role identifiers, sorted).
    case rolesRedefined(roles: [String])
    /// An option's `continues` link was not followed: another option already continues its target, or the
    /// old version has no such option (the option's identifier, the link's target, and the option holding it).
    case optionLinkNotFollowed(id: String, target: String, claimedBy: String?)

    /// The verdict this change alone gives the question.
    public var verdict: Verdict {
        switch self {
        case .renamed, .moved, .reordered, .textEdited, .helpChanged, .notesChanged, .optionRenamed,
            .optionRelabelled, .optionSpecifyChanged, .orderingChanged, .rowEdited, .rowsReordered,
            .requiredChanged, .lengthLimitChanged, .longFormChanged, .checkMessagesChanged:
            .comparable
        case .textReworded, .optionAdded, .optionExclusivityChanged, .optionsReordered, .rowAdded, .rowRemoved,
            .rowReworded, .choiceLimitsChanged, .checksChanged, .conditionChanged, .optionLinkNotFollowed:
            .caution
        case .typeChanged, .scaleChanged, .rangeChanged, .unitChanged, .optionRemoved,
            .optionMeaningChanged, .optionRecoded, .rowMeaningChanged, .populationChanged, .rolesRedefined:
            .notComparable
        case .scaleLabelChanged(_, let old, let new, let isMeaningChange):
            isMeaningChange ? .notComparable : old == nil || new == nil ? .caution : .comparable
        }
    }

    /// Whether the change is to a grid as a whole, and so holds for each statement the grid keeps: every
    /// change but a statement's own and the make-up and order of the battery, which are reported once, on
    /// the grid.
    public var appliesToEveryStatement: Bool {
        switch self {
        case .rowAdded, .rowRemoved, .rowReworded, .rowEdited, .rowMeaningChanged, .rowsReordered: false
        default: true
        }
    }

    /// A stable machine-readable name for the kind of change, such as `option-recoded`.
    public var code: String {
        switch self {
        case .renamed: "renamed"
        case .moved: "moved"
        case .reordered: "reordered"
        case .textReworded: "text-reworded"
        case .textEdited: "text-edited"
        case .helpChanged: "help-changed"
        case .notesChanged: "notes-changed"
        case .typeChanged: "type-changed"
        case .scaleChanged: "scale-changed"
        case .rangeChanged: "range-changed"
        case .unitChanged: "unit-changed"
        case .scaleLabelChanged(_, let old, let new, let isMeaningChange):
            isMeaningChange
                ? "scale-label-meaning-changed" : old == nil ? "scale-label-added"
                : new == nil ? "scale-label-removed" : "scale-label-relabelled"
        case .optionAdded: "option-added"
        case .optionRemoved: "option-removed"
        case .optionRenamed: "option-renamed"
        case .optionRelabelled: "option-relabelled"
        case .optionMeaningChanged: "option-meaning-changed"
        case .optionRecoded: "option-recoded"
        case .optionExclusivityChanged: "option-exclusivity-changed"
        case .optionSpecifyChanged: "option-specify-changed"
        case .optionsReordered: "options-reordered"
        case .orderingChanged: "ordering-changed"
        case .rowAdded: "row-added"
        case .rowRemoved: "row-removed"
        case .rowReworded: "row-reworded"
        case .rowEdited: "row-edited"
        case .rowMeaningChanged: "row-meaning-changed"
        case .rowsReordered: "rows-reordered"
        case .requiredChanged: "required-changed"
        case .choiceLimitsChanged: "choice-limits-changed"
        case .lengthLimitChanged: "length-limit-changed"
        case .longFormChanged: "long-form-changed"
        case .checksChanged: "checks-changed"
        case .checkMessagesChanged: "check-messages-changed"
        case .conditionChanged: "condition-changed"
        case .populationChanged: "population-changed"
        case .rolesRedefined: "roles-redefined"
        case .optionLinkNotFollowed: "option-link-not-followed"
        }
    }

    /// The change as one line of plain text, with a `[-old-]{+new+}` word diff where the wording changed.
    public var summary: String { message(.plain) }

    func message(_ m: Markup) -> String {
        switch self {
        case .renamed(let from, let to):
            return "continues \(m.code(from)) under the new identifier \(m.code(to))"
        case .moved(let from, let to):
            return "moved from section \(m.code(from)) to \(m.code(to))"
        case .reordered(let section, let old, let new):
            return "moved from place \(old) to \(new) among the questions section \(m.code(section)) has in both versions"
        case .textReworded(let diff):
            return "question text reworded: \(diff.rendered(m))"
        case .textEdited(let diff):
            return "question text edited in case, punctuation or spacing only: \(diff.rendered(m))"
        case .helpChanged(let old, let new):
            return "help text changed: \(m.optional(old)) → \(m.optional(new))"
        case .notesChanged(let old, let new):
            return "notes before the question changed: \(m.list(old)) → \(m.list(new))"
        case .typeChanged(let old, let new):
            return "answer type changed from \(m.code(old.rawValue)) to \(m.code(new.rawValue))"
        case .scaleChanged(let old, let new):
            return "scale changed from \(old.text) to \(new.text)"
        case .rangeChanged(let old, let new):
            return "range changed from \(old.text) to \(new.text)"
        case .unitChanged(let old, let new):
            return "unit changed from \(m.optional(old)) to \(m.optional(new))"
        case .scaleLabelChanged(let end, let old, let new, let isMeaningChange):
            let what = isMeaningChange ? "changed meaning" : "relabelled"
            return "\(end.rawValue) end label \(what): \(m.optional(old)) → \(m.optional(new))"
        case .optionAdded(let id, let label):
            return "option \(m.code(id)) \(m.quote(label)) added"
        case .optionRemoved(let id, let label):
            return "option \(m.code(id)) \(m.quote(label)) removed"
        case .optionRenamed(let from, let to):
            return "option \(m.code(from)) continues as \(m.code(to))"
        case .optionRelabelled(let id, let old, let new):
            return "option \(m.code(id)) relabelled: \(m.quote(old)) → \(m.quote(new))"
        case .optionMeaningChanged(let id, let old, let new):
            return "option \(m.code(id)) changed meaning: \(m.quote(old)) → \(m.quote(new))"
        case .optionRecoded(let id, let old, let new):
            return "option \(m.code(id)) recoded: \(old.map(String.init) ?? "no code") → \(new.map(String.init) ?? "no code")"
        case .optionExclusivityChanged(let id, let isExclusive):
            return "option \(m.code(id)) \(isExclusive ? "is now" : "is no longer") exclusive"
        case .optionSpecifyChanged(let id, let isSpecify):
            return "option \(m.code(id)) \(isSpecify ? "now asks" : "no longer asks") the respondent to specify"
        case .optionsReordered(let old, let new):
            return "options reordered: \(m.codes(old)) → \(m.codes(new))"
        case .orderingChanged(let isOrdered):
            return isOrdered ? "options are now ordered" : "options are no longer ordered"
        case .rowAdded(let id, let text):
            return "statement \(m.code(id)) \(m.quote(text)) added"
        case .rowRemoved(let id, let text):
            return "statement \(m.code(id)) \(m.quote(text)) removed"
        case .rowReworded(let id, let diff):
            return "statement \(m.code(id)) reworded: \(diff.rendered(m))"
        case .rowEdited(let id, let diff):
            return "statement \(m.code(id)) edited in case, punctuation or spacing only: \(diff.rendered(m))"
        case .rowMeaningChanged(let id, let old, let new):
            return "statement \(m.code(id)) changed meaning: \(m.quote(old)) → \(m.quote(new))"
        case .rowsReordered(let old, let new):
            return "statements reordered: \(m.codes(old)) → \(m.codes(new))"
        case .requiredChanged(let isRequired):
            return isRequired ? "now required" : "now optional"
        case .choiceLimitsChanged(let old, let new):
            return "choice limits changed: \(old.text) → \(new.text)"
        case .lengthLimitChanged(let old, let new):
            return "maximum length changed: \(old.map(String.init) ?? "none") → \(new.map(String.init) ?? "none")"
        case .longFormChanged(let isLong):
            return isLong ? "now a long-form answer" : "now a short-form answer"
        case .checksChanged(let old, let new):
            return "validation rules changed: \(m.conditions(old)) → \(m.conditions(new))"
        case .checkMessagesChanged(let old, let new):
            return "validation messages changed: \(m.list(old)) → \(m.list(new))"
        case .conditionChanged(let old, let new):
            return "shown under a different condition: \(m.code(old)) → \(m.code(new))"
        case .populationChanged(let old, let new):
            return "asked of a different population: \(Change.populationDelta(old, new, m))"
        case .rolesRedefined(let roles):
            let which = roles.count == 1 ? "the role \(m.code(roles[0])), whose rule" : "the roles \(m.codes(roles)), whose rules"
            return "asked of \(which) changed: other people answer"
        case .optionLinkNotFollowed(let id, let target, let claimant):
            let why = claimant.map { "\(m.code($0)) already continues \(m.code(target))" } ?? "the old version has no option \(m.code(target))"
            return "option \(m.code(id)): \(m.code("continues \(target)")) not followed: \(why)"
        }
    }

    private static func populationDelta(_ old: Population, _ new: Population, _ m: Markup) -> String {
        switch (old, new) {
        case (.roles(let before), .roles(let after)):
            let removed = before.filter { !after.contains($0) }
            let added = after.filter { !before.contains($0) }
            var parts: [String] = []
            if !removed.isEmpty { parts.append("no longer asked of \(m.codes(removed))") }
            if !added.isEmpty { parts.append("now also asked of \(m.codes(added))") }
            return parts.joined(separator: " and ")
        default:
            return "was \(m.population(old)), now \(m.population(new))"
        }
    }
}
