import SurveyLanguage

/// The outline of one survey file, as the editor's outline view and symbol search show it: the survey,
/// its roles, choice lists with their options, and sections with their questions (blocks are not
/// entries: their questions are listed in the section).
func outline(of file: SurveyFile, in source: SourceFile, encoding: PositionEncoding) -> [LSP.DocumentSymbol] {
    func symbol(_ name: Identifier, _ detail: String, _ kind: LSP.SymbolKind, _ range: SourceRange, _ children: [LSP.DocumentSymbol] = []) -> LSP.DocumentSymbol {
        LSP.DocumentSymbol(
            name: name.name, detail: detail, kind: kind.rawValue, range: encoding.range(of: range, in: source),
            selectionRange: encoding.range(of: name.range, in: source), children: children)
    }
    func options(_ options: [OptionDecl]) -> [LSP.DocumentSymbol] {
        options.map { symbol($0.id, $0.label.value, .enumMember, $0.range) }
    }
    func questions(_ items: [ItemDecl]) -> [LSP.DocumentSymbol] {
        items.flatMap { item -> [LSP.DocumentSymbol] in
            switch item {
            case .question(let question):
                let decl = question.decl
                let rows = (decl.rows ?? []).map { symbol($0.id, $0.text.value, .field, $0.range) }
                return [symbol(decl.id, decl.text.value, .field, decl.range, options(decl.options ?? []) + rows)]
            case .block(let block): return questions(block.items)
            case .note: return []
            }
        }
    }
    return file.declarations.compactMap { declaration in
        switch declaration {
        case .header(let header): symbol(header.id, header.title.value, .file, header.range)
        case .include: nil
        case .roles(let roles):
            LSP.DocumentSymbol(
                name: "roles", detail: "", kind: LSP.SymbolKind.namespace.rawValue, range: encoding.range(of: roles.range, in: source),
                selectionRange: encoding.range(of: roles.range, in: source),
                children: roles.roles.map { symbol($0.id, $0.label.value, .class, $0.range) })
        case .choices(let list): symbol(list.id, "choices", .enum, list.range, options(list.options))
        case .section(let section): symbol(section.id, section.title.value, .module, section.range, questions(section.items))
        }
    }
}
