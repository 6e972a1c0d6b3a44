/// The words that begin a top-level declaration.
/// The words that start a top-level declaration.
public let declarationKeywords = ["survey", "include", "roles", "choices", "section"]
/// The fields of the survey header, in the order the formatter writes them.
public let headerFieldKeywords = ["version", "anonymous", "minutes", "description"]

extension Parser {
    /// file = { declaration } ;
    mutating func parseFile() -> [Declaration] {
        var declarations: [Declaration] = []
        while !isAtEnd {
            let start = position
            if let declaration = parseDeclaration() { declarations.append(declaration) }
            if position == start { skipToNextLine() }
        }
        return declarations
    }

    /// declaration = header | include | roles | choices | section ;
    mutating func parseDeclaration() -> Declaration? {
        if current.kind == .rightBrace {
            if bodiesClosedEarly > 0 {
                bodiesClosedEarly -= 1
            } else {
                report(.unmatchedBrace(currentRange))
            }
            advance()
            return nil
        }
        guard current.kind == .identifier else {
            report(.expected("a declaration (`section`, `choices`, `roles`, `include` or `survey`)", found: describe(current), at: currentRange))
            skipToNextLine()
            return nil
        }
        switch text(of: current) {
        case "survey": return parseHeader().map(Declaration.header)
        case "include": return parseInclude().map(Declaration.include)
        case "roles": return parseRoles().map(Declaration.roles)
        case "choices": return parseChoices().map(Declaration.choices)
        case "section": return parseSection().map(Declaration.section)
        default:
            report(.unknownDeclaration(Identifier(name: text(of: current), range: currentRange)))
            skipToNextLine()
            return nil
        }
    }

    /// Parses `{ element* }`, calling `element` until the closing brace.
    ///
    /// A top-level keyword at the start of a line ends the body early: the `}` was probably forgotten.
    /// The body of a question (`question` is its identifier) also ends at a line that starts an item (a
    /// question, a `when` block, a note with a condition), which an option or statement cannot be. `what`
    /// is built only when there is a problem to report.
    mutating func parseBody(_ what: @autoclosure () -> String, of question: Identifier? = nil, element: (inout Parser) -> Void) {
        guard current.kind == .leftBrace else {
            report(.expected("`{` to open \(what())", found: describe(current), at: foundRange))
            return
        }
        let open = currentRange
        advance()
        while true {
            if accept(.rightBrace) { return }
            if isAtEnd || (current.isAtLineStart && lookUp(current, in: declarationKeywordTable) != nil) {
                report(.unclosedBrace(open, what: what()))
                if !isAtEnd { bodiesClosedEarly += 1 }
                return
            }
            if let question, startsItemInBody {
                report(.bodyNotClosed(open, what: what(), question: question.name, next: currentRange, fix: closingBraceFix))
                return
            }
            let start = position
            element(&self)
            if position == start { skipToNextLine() }
        }
    }

    /// header = "survey" IDENT STRING "{" { headerField } "}" ;
    mutating func parseHeader() -> HeaderDecl? {
        let start = currentRange
        advance()
        guard let id = parseIdentifier("the survey's identifier"), let title = parseText("the survey's title") else {
            skipToNextLine()
            return nil
        }
        var header = HeaderDecl(id: id, title: title, range: start)
        var seen: [String: SourceRange] = [:]
        parseBody("the survey header") { parser in
            guard let field = parser.parseIdentifier("a header field") else {
                parser.skipToNextLine()
                return
            }
            if let first = seen[field.name] {
                parser.report(.duplicateClause(field, first: first))
            }
            seen[field.name] = field.range
            switch field.name {
            case "version": header.version = parser.parseText("the version, such as \"2025\"")
            case "anonymous": header.isAnonymous = true
            case "minutes": header.minutes = parser.parseWholeNumber("the target minutes")
            case "description": header.description = parser.parseText("the description")
            default:
                parser.report(.unknownClause(field, of: "survey header", candidates: headerFieldKeywords))
                parser.skipToNextLine()
            }
        }
        header.range = start.union(previousEnd)
        return header
    }

    /// include = "include" STRING ;
    mutating func parseInclude() -> IncludeDecl? {
        let start = currentRange
        advance()
        guard let path = parseText("the path of the file to include") else { return nil }
        return IncludeDecl(path: path, range: start.union(path.range))
    }

    /// roles = "roles" "{" { role } "}" ;
    mutating func parseRoles() -> RolesDecl? {
        let start = currentRange
        advance()
        var roles: [RoleDecl] = []
        parseBody("the roles") { parser in
            guard let id = parser.parseIdentifier("a role identifier"), let label = parser.parseText("the role's label") else {
                parser.skipToNextLine()
                return
            }
            var role = RoleDecl(id: id, label: label, rule: nil, range: id.range.union(label.range))
            if parser.accept("when") {
                let rule = parser.parseCondition()
                role.rule = rule
                role.range = role.range.union(rule.range)
            }
            roles.append(role)
        }
        return RolesDecl(roles: roles, range: start.union(previousEnd))
    }

    /// choices = "choices" IDENT [ "ordered" ] "{" { option } "}" ;
    mutating func parseChoices() -> ChoicesDecl? {
        let start = currentRange
        advance()
        guard let id = parseIdentifier("the choice list's identifier") else {
            skipToNextLine()
            return nil
        }
        let isOrdered = accept("ordered")
        let options = parseOptions("the choice list `\(id.name)`")
        return ChoicesDecl(id: id, isOrdered: isOrdered, options: options, range: start.union(previousEnd))
    }

    /// section = "section" IDENT text [ "when" condition ] "{" { item } "}" ;
    mutating func parseSection() -> SectionDecl? {
        let start = currentRange
        advance()
        // A section without its title is still parsed when its body follows, so its questions stay known.
        guard let id = parseIdentifier("the section's identifier"),
            let title = parseText("the section's title") ?? (current.kind == .leftBrace ? placeholderText : nil)
        else {
            skipToNextLine()
            if current.kind == .leftBrace { skipBalancedBraces() }
            return nil
        }
        var section = SectionDecl(id: id, title: title, condition: nil, items: [], range: start)
        if accept("when") { section.condition = parseCondition() }
        section.items = parseItems("the section `\(id.name)`")
        section.range = start.union(previousEnd)
        return section
    }
}
