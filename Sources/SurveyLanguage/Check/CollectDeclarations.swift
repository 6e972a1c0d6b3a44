import SurveyBundle

extension Checker {
    /// Gathers the header, roles, choice lists and sections, reporting duplicates.
    mutating func collectDeclarations() {
        var firstDeclaration: SourceRange?
        var sectionRanges: [String: SourceRange] = [:]
        for declaration in parsed.declarations {
            switch declaration {
            case .header(let decl):
                if decl.range.file != 0 {
                    diagnostics.append(.headerInInclude(decl.range))
                } else if let existing = header {
                    diagnostics.append(.duplicateHeader(decl.id.range, first: existing.id.range))
                } else {
                    if let firstDeclaration { diagnostics.append(.headerNotFirst(decl.id.range, first: firstDeclaration)) }
                    header = decl
                }
            case .include:
                break
            case .roles(let decl):
                for role in decl.roles {
                    if let first = roleIndex[role.id.name] {
                        diagnostics.append(.duplicate("role", role.id, first: roleDecls[first].id.range))
                    } else {
                        roleIndex[role.id.name] = roleDecls.count
                        roleDecls.append(role)
                    }
                }
            case .choices(let decl):
                if let first = choices[decl.id.name] {
                    diagnostics.append(.duplicate("choice list", decl.id, first: first.decl.id.range))
                } else {
                    choices[decl.id.name] = ChoiceList(decl: decl, options: decl.options.map(lowerOption))
                    checkOptions(decl.options, isOrdered: decl.isOrdered, kind: nil, name: decl.id.name, range: decl.id.range)
                }
            case .section(let decl):
                if let first = sectionRanges[decl.id.name] {
                    diagnostics.append(.duplicate("section", decl.id, first: first))
                } else {
                    sectionRanges[decl.id.name] = decl.id.range
                }
                sectionDecls.append(decl)
            }
            if firstDeclaration == nil, !isInclude(declaration) { firstDeclaration = range(of: declaration) }
        }
        if header == nil {
            let isEmpty = parsed.files.first.map { $0.declarations.isEmpty && $0.comments.isEmpty } ?? true
            let hasLexicalErrors = parsed.diagnostics.contains { $0.primary.range.file == 0 }
            // A file that is not text at all has had its diagnostic already.
            if !(isEmpty && hasLexicalErrors) {
                diagnostics.append(.missingHeader(SourceRange(file: 0, start: 0, end: 0), isEmptyFile: isEmpty))
            }
        }
    }

    func isInclude(_ declaration: Declaration) -> Bool {
        if case .include = declaration { return true }
        return false
    }

    func range(of declaration: Declaration) -> SourceRange {
        switch declaration {
        case .header(let decl): decl.range
        case .include(let decl): decl.range
        case .roles(let decl): decl.range
        case .choices(let decl): decl.range
        case .section(let decl): decl.range
        }
    }

    /// Checks a list of options: duplicates, codes, emptiness, and clauses that cannot matter.
    mutating func checkOptions(_ options: [OptionDecl], isOrdered: Bool, kind: QuestionType?, name: String, range: SourceRange) {
        if options.isEmpty {
            diagnostics.append(.emptyChoices(range, name: name))
            return
        }
        forEachRepeat(count: options.count, key: { options[$0].id.name }, isSame: { options[$0].id.name == options[$1].id.name }) {
            index, first in
            diagnostics.append(.duplicate("option", options[index].id, first: options[first].id.range))
        }
        let code = { (index: Int) in options[index].code.map { Int($0.value) } }
        forEachRepeat(count: options.count, key: code, isSame: { code($0) != nil && code($0) == code($1) }) { index, first in
            let code = options[index].code!
            diagnostics.append(.duplicateCode(code.range, code: code.text, first: options[first].code!.range))
        }
        // Labels are compared exactly: a copied line is the common case, and equal strings are cheap to find.
        forEachRepeat(count: options.count, key: { options[$0].label.value }, isSame: { options[$0].label.value == options[$1].label.value }) {
            index, first in
            diagnostics.append(.sameWords("option", options[index].id, text: options[index].label, first: options[first].id))
        }
        if let kind, kind != .multiple {
            for exclusive in options.lazy.compactMap(\.isExclusive) {
                diagnostics.append(.noEffect(exclusive, clause: "exclusive", reason: "only a `multiple` question has exclusive options"))
            }
        }
    }

    /// How many items and how many questions are declared in items, blocks included.
    func count(_ items: [ItemDecl]) -> (items: Int, questions: Int) {
        var counts = (items: items.count, questions: 0)
        for item in items {
            switch item {
            case .question:
                counts.questions += 1
            case .block(let block):
                let inside = count(block.items)
                counts = (counts.items + inside.items, counts.questions + inside.questions)
            case .note:
                break
            }
        }
        return counts
    }

    /// Assigns every question its position and resolves its options, reporting duplicates.
    mutating func collectQuestions(_ items: [ItemDecl]) {
        for item in items {
            switch item {
            case .question(let question):
                if let first = questions.claim(question.decl.id.name) {
                    diagnostics.append(.duplicate("question", question.decl.id, first: questions.infos[first].idRange))
                    declarationPositions.append(nil)
                    continue
                }
                let (options, isOrdered) = resolveOptions(question)
                let index = questions.infos.count
                questions.add(QuestionInfo(question, index: index, options: options, isOrdered: isOrdered))
                declarationPositions.append(index)
            case .block(let block):
                collectQuestions(block.items)
            case .note:
                break
            }
        }
    }

    /// The options of a choice or grid question, from its list or its body.
    mutating func resolveOptions(_ question: QuestionRef) -> ([Option]?, Bool) {
        // Borrowed through the reference, where a parameter of the declaration's type would be copied.
        let decl = question.decl
        let takesOptions = [.single, .multiple, .ranking, .grid].contains(decl.kind)
        guard takesOptions else { return (nil, false) }
        if let from = decl.from {
            if decl.options != nil, let body = decl.bodyRange { diagnostics.append(.twoOptionSources(body, question: decl.id.name)) }
            // One lookup for the list: it is then read and marked used in place.
            guard let position = choices.index(forKey: from.name) else {
                diagnostics.append(.unknownChoices(from, candidates: choices.keys.sorted()))
                // The list it was meant to name is not also reported unused.
                if let meant = closestMatch(to: from.name, in: choices.keys) { choices[meant]?.isUsed = true }
                return (nil, false)
            }
            choices.values[position].isUsed = true
            return (choices.values[position].options, choices.values[position].decl.isOrdered || decl.isOrdered)
        }
        if decl.kind == .grid {
            diagnostics.append(.missingScale(decl.id.range, question: decl.id.name))
            return (nil, false)
        }
        guard let body = decl.options else {
            diagnostics.append(.missingOptions(decl.id.range, question: decl.id.name, kind: decl.kind))
            return (nil, false)
        }
        checkOptions(body, isOrdered: decl.isOrdered, kind: decl.kind, name: decl.id.name, range: decl.bodyRange ?? decl.id.range)
        return (body.map(lowerOption), decl.isOrdered)
    }

    func lowerOption(_ decl: OptionDecl) -> Option {
        Option(
            id: decl.id.name, label: decl.label.value, code: decl.code.map { Int($0.value) },
            isExclusive: decl.isExclusive != nil ? true : nil, isSpecify: decl.isSpecify != nil ? true : nil,
            continues: decl.continues?.name)
    }
}

/// Calls `report` for each element of a list whose key an earlier element already has, with that earlier
/// element: the first, or the last before it when `againstPrevious`. Elements without a key are passed over.
/// Most lists have a handful of elements: up to 16 the earlier ones are searched with `isSame`, which reads
/// them in place and is cheaper than hashing; longer lists keep a table of the keys.
func forEachRepeat<Key: Hashable>(
    count: Int, againstPrevious: Bool = false, key: (Int) -> Key?, isSame: (Int, Int) -> Bool,
    _ report: (_ index: Int, _ earlier: Int) -> Void
) {
    if count <= 16 {
        for index in 1..<max(count, 1) {
            let matches = { isSame($0, index) }
            let earlier = againstPrevious ? (0..<index).last(where: matches) : (0..<index).first(where: matches)
            if let earlier { report(index, earlier) }
        }
        return
    }
    var seen: [Key: Int] = [:]
    for index in 0..<count {
        guard let value = key(index) else { continue }
        if let earlier = seen[value] {
            report(index, earlier)
            if againstPrevious { seen[value] = index }
        } else {
            seen[value] = index
        }
    }
}
