import SurveyBundle

/// Turns conditions into plain English, naming roles, questions and options as a reader knows them.
///
/// Every phrase describes the respondents a condition is true for, so "did not answer “Yes” to Q5"
/// includes those who skipped Q5, exactly as `not q is yes` does (grammar.md, section 7).
struct ConditionWords {
    let index: SurveyIndex
    /// How a question is named: "Q5" in a questionnaire, `caseload` in a codebook.
    let questionName: (String) -> String

    // MARK: Sentences

    /// "Asked only of agency social workers who answered “Yes” to Q5.", or nil when the conditions always hold.
    func askedOnly(_ conditions: [Condition]) -> String? {
        let (roles, rest) = audience(conditions)
        if roles == nil, rest.count == 1, case .or(let alternatives) = rest[0], let groups = audiences(alternatives) {
            return "Asked only of \(groups)."
        }
        let group = roles.map(groupPhrase)
        guard !rest.isEmpty else {
            guard let group else { return nil }
            return (group.hasPrefix("everyone") ? "Asked of " : "Asked only of ") + group + "."
        }
        let who = predicate(rest)
        guard let group else { return "Asked only of those who \(who)." }
        if group.hasPrefix(Self.everyoneExcept) { return "Asked only of those who \(who), except \(group.dropFirst(Self.everyoneExcept.count))." }
        return "Asked only of \(group) who \(who)."
    }

    static let everyoneExcept = "everyone except "

    /// Alternatives of which at least one names roles, as groups: "local authority managers, and of those who
    /// answered …"; nil when none of them names roles.
    func audiences(_ alternatives: [Condition]) -> String? {
        var phrases: [(roles: [String]?, rest: [Condition])] = []
        for alternative in alternatives {
            let (roles, rest) = audience([alternative])
            if let roles, rest.isEmpty, let last = phrases.last, let earlier = last.roles, last.rest.isEmpty {
                phrases[phrases.count - 1].roles = earlier + roles
            } else {
                phrases.append((roles, rest))
            }
        }
        guard phrases.contains(where: { $0.roles != nil }) else { return nil }
        return phrases.map { phrase in
            let people = phrase.roles.map { roles in joinedWords(roles.map { self.group($0) }) } ?? "those"
            return people + (phrase.rest.isEmpty ? "" : " who \(predicate(phrase.rest))")
        }.joined(separator: ", and of ")
    }

    /// The roles a set of conditions allows (nil when they do not test roles) and the conditions left over.
    func audience(_ conditions: [Condition]) -> (roles: [String]?, rest: [Condition]) {
        let all = index.survey.roles.map(\.id)
        var allowed: Set<String>?
        var rest: [Condition] = []
        for term in conditions.flatMap(\.conjuncts) {
            if !all.isEmpty, let roles = rolesAllowed(by: term) {
                allowed = (allowed ?? Set(all)).intersection(roles)
            } else {
                rest.append(term)
            }
        }
        guard let allowed, allowed != Set(all) else { return (nil, rest) }
        return (all.filter(allowed.contains), rest)
    }

    /// The roles for which a condition that tests only roles is true; nil when it also tests answers.
    func rolesAllowed(by condition: Condition) -> Set<String>? {
        var result: Set<String> = []
        for role in index.survey.roles.map(\.id) {
            guard let holds = decide(condition, role: role) else { return nil }
            if holds { result.insert(role) }
        }
        return result
    }

    /// Whether a condition that tests only roles holds for a role; nil when it tests anything else.
    func decide(_ condition: Condition, role: String) -> Bool? {
        switch condition {
        case .role(let ids): return ids.contains(role)
        case .not(let inner): return decide(inner, role: role).map { !$0 }
        case .and(let terms):
            let decided = terms.map { decide($0, role: role) }
            return decided.contains { $0 == nil } ? nil : decided.allSatisfy { $0 == true }
        case .or(let terms):
            let decided = terms.map { decide($0, role: role) }
            return decided.contains { $0 == nil } ? nil : decided.contains { $0 == true }
        case .answered, .test, .among: return nil
        }
    }

    /// Roles as a group of people: "agency social workers and agency managers", "everyone except social work students".
    func groupPhrase(_ roles: [String]) -> String {
        let all = index.survey.roles.map(\.id)
        let excluded = all.filter { !roles.contains($0) }
        if roles.isEmpty { return "no one" }
        if excluded.isEmpty { return "everyone" }
        if excluded.count < roles.count { return "everyone except " + joinedWords(excluded.map(group)) }
        return joinedWords(roles.map(group))
    }

    func group(_ role: String) -> String { roleGroup(index.roleLabels[role] ?? role) }

    /// A rule a valid answer must satisfy, such as "The answer must not be more than the answer to Q11."
    ///
    /// A check holds when a question it tests other than its own is unanswered (grammar.md, section 6), so
    /// the words say so for each such question that may be.
    func requirement(_ condition: Condition, of question: Question) -> String {
        let unsettled = questionsTested(by: condition).filter { index.mayBeUnanswered($0, answering: question.id) }.map(questionName)
        guard case .test(let reference, let comparison, let value) = condition, reference.row == nil else {
            let proviso = unsettled.isEmpty ? "" : "; a test of \(joinedWords(unsettled, conjunction: "or")) is met when "
                + (unsettled.count == 1 ? "it is not answered" : "that question is not answered")
            return "Accepted only from respondents who \(predicate([condition]))\(proviso)."
        }
        let subject = reference.question == question.id ? "The answer" : "The answer to \(questionName(reference.question))"
        let object = valueWords(value, question: reference.question)
        let verb = switch comparison {
        case .is: "must be"
        case .isNot: "must not be"
        case .includes: "must include"
        case .less: "must be less than"
        case .lessOrEqual: "must not be more than"
        case .greater: "must be more than"
        case .greaterOrEqual: "must be at least"
        }
        let proviso = unsettled.isEmpty ? "" : " (when \(joinedWords(unsettled)) \(unsettled.count == 1 ? "is" : "are") answered)"
        return "\(subject) \(verb) \(object)\(proviso)."
    }

    /// The questions whose answers a condition compares, once each in order; `answered` tests are left out,
    /// since they are false, not unknown, for an unanswered question.
    func questionsTested(by condition: Condition) -> [String] {
        var tested: [String] = []
        func collect(_ condition: Condition) {
            switch condition {
            case .and(let terms), .or(let terms): terms.forEach(collect)
            case .not(let inner): collect(inner)
            case .answered, .role: break
            case .among(let reference, _): tested.append(reference.question)
            case .test(let reference, _, let value):
                tested.append(reference.question)
                if case .answer(let other) = value { tested.append(other) }
            }
        }
        collect(condition)
        var seen: Set<String> = []
        return tested.filter { seen.insert($0).inserted }
    }

    // MARK: Predicates

    /// The conditions, all of which hold, as what the respondents did: "answered “Yes” to Q5 and chose …".
    func predicate(_ conditions: [Condition]) -> String {
        words(conditions.count == 1 ? normal(conditions[0], isNegated: false) : .all(conditions.map { normal($0, isNegated: false) }), inside: nil)
    }

    /// A condition with its negations pushed down to the tests, so each test can be worded positively or negatively.
    indirect enum Normal {
        case all([Normal])
        case any([Normal])
        case test(Condition, isNegated: Bool)
    }

    func normal(_ condition: Condition, isNegated: Bool) -> Normal {
        switch condition {
        case .and(let terms):
            let parts = terms.map { normal($0, isNegated: isNegated) }
            return isNegated ? .any(parts) : .all(parts)
        case .or(let terms):
            let parts = terms.map { normal($0, isNegated: isNegated) }
            return isNegated ? .all(parts) : .any(parts)
        case .not(let inner):
            return normal(inner, isNegated: !isNegated)
        default:
            return .test(condition, isNegated: isNegated)
        }
    }

    /// `inside` is the kind of list around the phrase: a nested list is marked with "either" or "both".
    func words(_ normal: Normal, inside: Normal?) -> String {
        switch normal {
        case .all(let parts):
            if parts.isEmpty { return "are anyone" }
            let text = joinedWords(parts.map { words($0, inside: normal) })
            if case .any = inside, parts.count > 1 { return (parts.count == 2 ? "both " : "all of: ") + text }
            return text
        case .any(let parts):
            if parts.isEmpty { return "are no one" }
            let text = joinedWords(parts.map { words($0, inside: normal) }, conjunction: "or")
            if case .all = inside, parts.count > 1 { return "either " + text }
            return text
        case .test(let condition, let isNegated):
            let phrase = self.phrase(condition)
            return isNegated ? phrase.negated : phrase.positive
        }
    }

    /// A test worded for those it is true for, and for those it is false for.
    struct Phrase {
        var positive: String
        var negated: String

        /// A phrase whose negation is "did not" and the plain verb: "chose X" → "did not choose X".
        init(_ past: String, _ plain: String, _ rest: String) {
            positive = "\(past) \(rest)"
            negated = "did not \(plain) \(rest)"
        }

        init(positive: String, negated: String) {
            self.positive = positive
            self.negated = negated
        }
    }

    func phrase(_ condition: Condition) -> Phrase {
        switch condition {
        case .answered(let reference):
            return Phrase("answered", "answer", referenceName(reference))
        case .role(let ids):
            let groups = joinedWords(ids.map(group), conjunction: "or")
            return Phrase(positive: "are \(groups)", negated: "are not \(groups)")
        case .among(let reference, let values):
            let list = joinedWords(values.map { valueWords($0, question: reference.question) }, conjunction: "or")
            return Phrase("answered", "answer", "\(list) \(reference.row == nil ? "to" : "for") \(referenceName(reference))")
        case .test(let reference, let comparison, let value):
            return testPhrase(reference, comparison, value)
        case .and, .or, .not:
            let text = words(normal(condition, isNegated: false), inside: nil)
            return Phrase(positive: text, negated: words(normal(condition, isNegated: true), inside: nil))
        }
    }

    func testPhrase(_ reference: Reference, _ comparison: Comparison, _ value: Value) -> Phrase {
        let name = referenceName(reference)
        let object = valueWords(value, question: reference.question)
        // A grid statement is answered "for" the statement: "answered “Agree” for “I feel valued” in Q7".
        let to = reference.row == nil ? "to" : "for"
        let at = reference.row == nil ? "at" : "for"
        if case .bool(let yes) = value, comparison == .isNot {
            return testPhrase(reference, .is, .bool(!yes))
        }
        switch (comparison, value) {
        case (.is, _):
            return Phrase("answered", "answer", "\(object) \(to) \(name)")
        case (.isNot, _):
            return Phrase(
                positive: "answered \(name) with something other than \(object)",
                negated: "either answered \(object) \(to) \(name) or did not answer it")
        case (.includes, _):
            return Phrase("chose", "choose", "\(object) \(at) \(name)")
        case (_, .option):
            let order = switch comparison {
            case .less: "an option before \(object)"
            case .lessOrEqual: "\(object) or an option before it"
            case .greater: "an option after \(object)"
            default: "\(object) or an option after it"
            }
            return Phrase("chose", "choose", "\(order) \(at) \(name)")
        default:
            let bound = switch comparison {
            case .less: "below \(object)"
            case .lessOrEqual: "of at most \(object)"
            case .greater: "above \(object)"
            default: "of at least \(object)"
            }
            return Phrase("gave", "give", "an answer \(to) \(name) \(bound)")
        }
    }

    /// A question, or one statement of a grid: "Q5", "“I feel valued” in Q7".
    func referenceName(_ reference: Reference) -> String {
        guard let row = reference.row else { return questionName(reference.question) }
        return "\(quoted(index.rowText(row, of: reference.question))) in \(questionName(reference.question))"
    }

    /// A value as a reader knows it: an option's label, "Yes", a number, or the answer to another question.
    func valueWords(_ value: Value, question: String) -> String {
        switch value {
        case .option(let id): quoted(index.optionLabel(id, of: question))
        case .bool(let yes): quoted(yes ? "Yes" : "No")
        case .number(let number): numberWords(number)
        case .text(let text): quoted(text)
        case .answer(let other): "the answer to \(questionName(other))"
        }
    }
}
