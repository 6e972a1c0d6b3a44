import SurveyBundle

/// One combination of screener answers and the role it gives.
struct World {
    var answers: [String: KnownAnswer]
    /// The role, or nil when the rules give none or several.
    var role: String?
}

extension Checker {
    /// Resolves the role rules and derives the screener: the questions they read.
    mutating func checkRoleRules() {
        var read: Set<String> = []
        for role in roleDecls {
            guard let rule = role.rule else {
                roleRules.append(nil)
                diagnostics.append(.expected("a rule: `when condition` after the role's label", found: "nothing", at: role.label.range))
                continue
            }
            let lowered = resolve(rule, at: Int.min)
            roleRules.append(lowered)
            for reference in lowered?.references ?? [] where !read.contains(reference.question) {
                read.insert(reference.question)
                if let info = questions[reference.question], ![.single, .yesno].contains(info.kind) {
                    diagnostics.append(.screenerKind(rule.range, question: reference.question, kind: info.kind))
                }
            }
        }
        screener = read.sorted { (questions[$0]?.index ?? 0) < (questions[$1]?.index ?? 0) }
    }

    /// Enumerates screener answers, checks the role rules, reports unreachable conditions, and summarises each role.
    mutating func analyseRoles() -> [RoleSummary] {
        let lookup = optionLookup
        let worlds = enumerateWorlds()
        if !roleDecls.isEmpty, let worlds { checkRoleCoverage(worlds) }
        let worldList = worlds ?? [World(answers: [:], role: nil)]
        // A rule that did not resolve has been reported; with it the roles are unknown, not absent.
        let hasRoles = !roleDecls.isEmpty && worlds != nil && roleRules.allSatisfy { $0 != nil }
        var visible: [[Bool]] = []
        visible.reserveCapacity(nodes.count)
        // Each summary's audience: a role, or everyone when there are no roles.
        let audiences: [String?] = hasRoles ? roleDecls.map { $0.id.name } : [nil]
        // The audience each world's respondents belong to, if any: summaries collect by position, not by name.
        let worldAudiences = worldList.map { world in audiences.firstIndex(of: hasRoles ? world.role : nil) }
        var summaryQuestions = Array(repeating: [String](), count: audiences.count)
        var summarySeconds = Array(repeating: 0.0, count: audiences.count)
        // The last node added to each summary, so a question is added once however many worlds see it.
        var lastAdded = Array(repeating: -1, count: audiences.count)
        let lastScreener = lastScreenerPosition
        // The terms every respondent who reaches each section, block or note has met, its own included; a
        // question's are not kept, since nothing is nested in a question.
        var scopes: [[Term]] = []
        scopes.reserveCapacity(nodes.count)
        for (nodeIndex, node) in nodes.enumerated() {
            let inherited = node.parent.map { scopes[$0] } ?? []
            var own: [Term] = []
            if let condition = node.condition { Term.collect(condition, into: &own) }
            scopes.append(node.asksQuestion ? [] : own.isEmpty ? inherited : inherited + own)
            var mask = node.parent.map { visible[$0] } ?? Array(repeating: true, count: worldList.count)
            let parentHasAny = mask.contains(true)
            if let condition = node.condition, hasRoles || !screener.isEmpty, condition.readsRole || condition.references.contains(where: { screener.contains($0.question) }) {
                for world in worldList.indices where mask[world] {
                    mask[world] = evaluator(for: worldList[world], knowsRole: hasRoles && node.position > lastScreener, lookup: lookup).evaluate(condition) != .no
                }
                if parentHasAny, !mask.contains(true), let range = node.range {
                    diagnostics.append(.neverTrue(range, reason: neverTrueReason(parentMask: node.parent.map { visible[$0] }, worlds: worldList)))
                    neverTrueNodes.insert(nodeIndex)
                }
            }
            if mask.contains(true), let range = node.range, let condition = node.condition,
                let reason = (own.isEmpty ? nil : unaskedReason(own, mask: mask, visible: visible, worlds: worldList) ?? contradiction(own, inherited: inherited)
                    ?? unaskedReason(own, inherited: inherited, scopes: scopes)) ?? everyWayFails(condition, inherited: inherited, scopes: scopes)
            {
                diagnostics.append(.neverTrue(range, reason: reason))
                neverTrueNodes.insert(nodeIndex)
                mask = Array(repeating: false, count: mask.count)
            }
            // A test needs its question answered: where that question is never asked, the point is not reached
            // (a question for everyone that tests one only staff are asked is not in the students' summary).
            let reached = mask
            for term in own where !term.isNegated {
                guard let position = questions.position(of: term.reference.question), questionNodes[position] < visible.count else { continue }
                let asked = visible[questionNodes[position]]
                for world in mask.indices where mask[world] && !asked[world] { mask[world] = false }
            }
            // Each question may be asked of someone who reaches the point, but no one is asked them all.
            if reached.contains(true), !mask.contains(true), !neverTrueNodes.contains(nodeIndex), let range = node.range,
                let reason = unaskedTogetherReason(own, reached: reached, visible: visible, worlds: worldList)
            {
                diagnostics.append(.neverTrue(range, reason: reason))
                neverTrueNodes.insert(nodeIndex)
            }
            visible.append(mask)
            if node.asksQuestion {
                let question = questions.infos[node.position].name
                for world in worldList.indices where mask[world] {
                    guard let audience = worldAudiences[world], lastAdded[audience] != nodeIndex else { continue }
                    lastAdded[audience] = nodeIndex
                    summaryQuestions[audience].append(question)
                    // Summed in the order the questions are listed, as the summary's total is defined.
                    summarySeconds[audience] += questionSeconds[node.position]
                }
            }
        }
        var neverFilled: Set<SourceRange> = []
        for pipe in pipeUses where visible[pipe.node].contains(true) {
            let asked = visible[questionNodes[pipe.question]]
            let name = questions.infos[pipe.question].name
            if isNeverAsked(asked, in: visible[pipe.node]) {
                neverFilled.insert(pipe.range)
                diagnostics.append(.pipeNeverFilled(pipe.range, question: name, askedOf: audience(of: asked, worlds: worldList)))
                continue
            }
            // Within one role: the question is asked only under conditions the text's conditions contradict.
            let askedUnder = terms(at: questionNodes[pipe.question], scopes: scopes)
            guard !askedUnder.isEmpty else { continue }
            let shownUnder = terms(at: pipe.node, scopes: scopes)
            if askedUnder.contains(where: { asked in shownUnder.contains { $0.reference == asked.reference } }),
                contradiction(shownUnder, inherited: askedUnder) != nil
            {
                neverFilled.insert(pipe.range)
                diagnostics.append(.pipeNeverFilled(pipe.range, question: name, askedUnder: askedUnder.map(\.sourceText)))
            }
        }
        // "Never filled" says more than "may be unanswered" (W0503) of the same pipe, which it replaces.
        if !neverFilled.isEmpty { diagnostics.removeAll { $0.code == .W0503 && neverFilled.contains($0.primary.range) } }
        return audiences.indices.map { audience in
            RoleSummary(role: audiences[audience], questions: summaryQuestions[audience], seconds: summarySeconds[audience])
        }
    }

    /// Why a condition with an `or` (or a `not` of an `and`) can never hold: each way it could is contradicted,
    /// as a conjunction is (`contradiction`, `unaskedReason`); nil when one way may hold, or there is no `or`.
    func everyWayFails(_ condition: Condition, inherited: [Term], scopes: [[Term]]) -> String? {
        guard Term.branches(condition), let ways = Term.disjuncts(condition), ways.count > 1 else { return nil }
        return Term.everyWayFails(ways) { way in
            way.isEmpty ? nil : contradiction(way, inherited: inherited) ?? unaskedReason(way, inherited: inherited, scopes: scopes)
        }
    }

    var lastScreenerPosition: Int { screener.last.flatMap { questions[$0]?.index } ?? -1 }

    func evaluator(for world: World, knowsRole: Bool, lookup: @escaping @Sendable (String, String) -> Int?) -> PartialEvaluator {
        PartialEvaluator(
            answer: { world.answers[$0] ?? .unknown },
            role: knowsRole ? .some(world.role) : nil,
            optionIndex: lookup)
    }

    /// Finds an option's position in a question's options.
    var optionLookup: @Sendable (String, String) -> Int? {
        // Reads the questions in place: building a table of every question's options cost more than all the lookups.
        let questions = self.questions
        return { question, option in questions[question]?.options?.firstIndex { $0.id == option } }
    }

    /// Every combination of screener answers a respondent can give, or nil when there are too many.
    mutating func enumerateWorlds() -> [World]? {
        guard !screener.isEmpty else { return [World(answers: [:], role: nil)] }
        let lookup = optionLookup
        var worlds = [World(answers: [:], role: nil)]
        for name in screener {
            guard let info = questions[name] else { continue }
            let node = questionNodes[info.index]
            // Answers that cannot be listed have been reported (E0404, E0304, E0410); enumerating would only add cascades.
            guard info.kind == .yesno || !(info.options ?? []).isEmpty else { return nil }
            let choices = info.kind == .yesno ? 2 : (info.options?.count ?? 0)
            var next: [World] = []
            for world in worlds {
                let evaluator = evaluator(for: world, knowsRole: false, lookup: lookup)
                var shown = Truth.yes
                var current: Int? = node
                while let index = current {
                    if let condition = nodes[index].condition { shown = .and([shown, evaluator.evaluate(condition)]) }
                    current = nodes[index].parent
                }
                if shown != .no {
                    for choice in 0..<choices {
                        var copy = world
                        copy.answers[name] = .choice(choice)
                        next.append(copy)
                    }
                }
                if shown != .yes || !info.isRequired {
                    var copy = world
                    copy.answers[name] = .unanswered
                    next.append(copy)
                }
                if next.count > Limits.screenerCombinations {
                    diagnostics.append(.tooManyCombinations(roleDecls.first?.id.range ?? info.idRange))
                    return nil
                }
            }
            worlds = next
        }
        for index in worlds.indices {
            let evaluator = evaluator(for: worlds[index], knowsRole: false, lookup: lookup)
            let matching = zip(roleDecls, roleRules).filter { $1.map { evaluator.evaluate($0) == .yes } ?? false }
            worlds[index].role = matching.count == 1 ? matching[0].0.id.name : nil
        }
        return worlds
    }

    /// Reports answers that give no role or two roles, and roles no answers give.
    mutating func checkRoleCoverage(_ worlds: [World]) {
        guard roleRules.allSatisfy({ $0 != nil }) else { return }
        let lookup = optionLookup
        var gaps: [World] = []
        var overlaps: [[String]: [World]] = [:]
        var assigned: Set<String> = []
        for world in worlds {
            let evaluator = evaluator(for: world, knowsRole: false, lookup: lookup)
            let matching = zip(roleDecls, roleRules).filter { $1.map { evaluator.evaluate($0) == .yes } ?? false }.map { $0.0.id.name }
            if matching.isEmpty { gaps.append(world) }
            if matching.count > 1 { overlaps[matching, default: []].append(world) }
            if matching.count == 1 { assigned.insert(matching[0]) }
        }
        let rolesRange = roleDecls[0].id.range
        if let first = gaps.first {
            diagnostics.append(.noRole(rolesRange, example: describe(first), count: gaps.count))
        }
        for (roles, examples) in overlaps.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let range = roleDecls.first { $0.id.name == roles[1] }?.id.range ?? rolesRange
            diagnostics.append(.twoRoles(range, roles: roles, example: describe(examples[0]), count: examples.count))
        }
        for role in roleDecls where !assigned.contains(role.id.name) && overlaps.keys.allSatisfy({ !$0.contains(role.id.name) }) {
            diagnostics.append(.roleNeverAssigned(role.id.range, role: role.id.name))
        }
    }

    /// `employer` = `agency` and `level` unanswered, for a note.
    func describe(_ world: World) -> String {
        let parts = screener.map { name -> String in
            switch world.answers[name] ?? .unanswered {
            case .choice(let index):
                let kind = questions[name]?.kind
                let value = kind == .yesno ? (index == 0 ? "yes" : "no") : (questions[name]?.options?[index].id ?? "?")
                return "`\(name)` = `\(value)`"
            case .unanswered, .unknown:
                return "nothing to `\(name)`"
            }
        }
        return parts.joined(separator: ", ")
    }

    /// Why a condition whose terms are `own` is never true where it can be reached (the worlds in `mask`):
    /// a term that needs an answer to a question none of those respondents is asked, as a question only
    /// students are asked, tested in a section for managers. Nil when every such question may be asked.
    func unaskedReason(_ own: [Term], mask: [Bool], visible: [[Bool]], worlds: [World]) -> String? {
        for term in own where !term.isNegated {
            guard let position = questions.position(of: term.reference.question) else { continue }
            let asked = visible[questionNodes[position]]
            guard isNeverAsked(asked, in: mask) else { continue }
            let name = term.reference.question
            let audience = audience(of: asked, worlds: worlds)
            let askedOf = audience.isEmpty ? "" : " (it is asked of \(listInWords(audience, conjunction: "and")))"
            return "no respondent who reaches this is asked `\(name)`\(askedOf), so `\(term.sourceText)` is false for all of them"
        }
        return nil
    }

    /// Why a condition whose terms are `own` is never true where it can be reached (the worlds in `reached`)
    /// when each of its questions is asked of some of those respondents but no one is asked them all: a
    /// question for workers and one for students, tested together. Names the fewest questions it finds that
    /// no one is asked together; nil when someone is asked them all, or when one of them is asked of no one
    /// (that question has its own E0501, and what depends on it is not reported again).
    func unaskedTogetherReason(_ own: [Term], reached: [Bool], visible: [[Bool]], worlds: [World]) -> String? {
        // The questions the condition needs answered, each once, in the order it tests them.
        var needed: [(term: Term, asked: [Bool])] = []
        for term in own where !term.isNegated && !needed.contains(where: { $0.term.reference.question == term.reference.question }) {
            guard let position = questions.position(of: term.reference.question), questionNodes[position] < visible.count else { continue }
            let asked = visible[questionNodes[position]]
            guard asked.contains(true) else { return nil }
            needed.append((term, asked))
        }
        func narrowed(_ mask: [Bool], by asked: [Bool]) -> [Bool] { zip(mask, asked).map { $0 && $1 } }
        // The question that leaves no one, then the earlier ones that narrow who is left, until no one is.
        var mask = reached
        guard let last = needed.indices.first(where: { index in
            mask = narrowed(mask, by: needed[index].asked)
            return !mask.contains(true)
        }) else { return nil }
        var chosen = [last]
        mask = narrowed(reached, by: needed[last].asked)
        for index in 0..<last where mask.contains(true) {
            let next = narrowed(mask, by: needed[index].asked)
            if next != mask {
                chosen.append(index)
                mask = next
            }
        }
        guard !mask.contains(true) else { return nil }
        chosen.sort()
        let parts = chosen.map { index -> String in
            let name = needed[index].term.reference.question
            let audience = audience(of: needed[index].asked, worlds: worlds)
            return audience.isEmpty ? "`\(name)`" : "`\(name)` (asked of \(listInWords(audience, conjunction: "and")))"
        }
        let together = parts.count == 2 ? "both \(parts[0]) and \(parts[1])"
            : "all of \(parts.dropLast().joined(separator: ", ")) and \(parts[parts.count - 1])"
        let tests = chosen.map { needed[$0].term.sourceText }.joined(separator: " and ")
        return "no respondent who reaches this is asked \(together), so `\(tests)` is false for all of them"
    }

    /// Why a condition whose terms are `own`, inside conditions whose terms are `inherited`, is never true
    /// because a term needs an answer to a question whose own conditions contradict it (`y is no and z is yes`,
    /// where `z` is asked only when `y is yes`): a test of an unanswered question is false. Nil when none does.
    func unaskedReason(_ own: [Term], inherited: [Term], scopes: [[Term]]) -> String? {
        // A negated term is true when its question is skipped, so it needs no answer.
        for term in own where !term.isNegated {
            guard let position = questions.position(of: term.reference.question), questionNodes[position] < scopes.count else { continue }
            let askedUnder = terms(at: questionNodes[position], scopes: scopes)
            // Only tests of the answers already tested, by the condition or those around it, can contradict them.
            func isTested(_ asked: Term) -> Bool {
                own.contains { $0.reference == asked.reference } || inherited.contains { $0.reference == asked.reference }
            }
            guard askedUnder.contains(where: isTested), let reason = contradiction(own + inherited, inherited: askedUnder) else { continue }
            let name = term.reference.question
            return "`\(term.sourceText)` needs an answer to `\(name)`, which is asked only when "
                + "\(askedUnder.map { "`\($0.sourceText)`" }.joined(separator: " and ")): \(reason)"
        }
        return nil
    }

    /// The terms every respondent who is shown the condition point `node` has met: those of the points around
    /// it (from `scopes`, kept for all but questions) and its own.
    func terms(at node: Int, scopes: [[Term]]) -> [Term] {
        guard nodes[node].asksQuestion else { return scopes[node] }
        var terms = nodes[node].parent.map { scopes[$0] } ?? []
        if let condition = nodes[node].condition { Term.collect(condition, into: &terms) }
        return terms
    }

    /// Whether a question asked in the worlds `asked` is asked in none of the worlds `mask`. A question nobody
    /// is asked has its own E0501: what depends on it is not reported again.
    func isNeverAsked(_ asked: [Bool], in mask: [Bool]) -> Bool {
        asked.contains(true) && !zip(mask, asked).contains { $0 && $1 }
    }

    /// The roles, in declaration order, of the worlds in `mask`.
    func audience(of mask: [Bool], worlds: [World]) -> [String] {
        let roles = Set(worlds.indices.filter { mask[$0] }.compactMap { worlds[$0].role })
        return roleDecls.map(\.id.name).filter(roles.contains)
    }

    func neverTrueReason(parentMask: [Bool]?, worlds: [World]) -> String {
        guard let parentMask, !roleDecls.isEmpty else {
            return "no combination of screener answers makes it true"
        }
        return "where it is written, the respondent's role is \(listInWords(audience(of: parentMask, worlds: worlds), conjunction: "or"))"
    }
}
