import SurveyLanguage

/// What can be written at the cursor, read from the tokens before it: the choice lists after `from`;
/// a question's options (or `yes` and `no`) after `q is`, `q is not`, `q includes`, a comparison or
/// inside `q in (…)`; a grid's statements after `q.`; the roles after `role is` or inside `role in (…)`;
/// and the questions where a condition expects one (after `when`, `and`, `or`, `not`, `(`, `answered`).
///
/// The names come from the syntax tree of the document and the files it includes, so completion works
/// in a half-written survey. The editor filters them by what has been typed of the word.
func completions(at offset: Int, in file: SourceFile, files: [SurveyFile]) -> [LSP.CompletionItem] {
    let tokens = lex(file.bytes, file: 0).tokens.filter { $0.kind != .end }
    // The tokens before the cursor, less the word being typed.
    var before = tokens.prefix { $0.start < offset }
    if let last = before.last {
        if last.kind == .string, offset < last.end { return [] }
        if last.kind == .identifier, offset <= last.end { before = before.dropLast() }
    }
    let names = DeclaredNames(files)
    // The context is a few tokens back (a list in `in (…)` is the longest), so only the last ones are read.
    let context = before.suffix(64)
    let words = context.map { file.text(SourceRange(file: 0, start: $0.start, end: $0.end)) }
    let kinds = context.map(\.kind)
    func word(_ back: Int) -> String? { words.count >= back ? words[words.count - back] : nil }
    func kind(_ back: Int) -> TokenKind? { kinds.count >= back ? kinds[kinds.count - back] : nil }

    /// The subject of a test whose operator is `back` tokens before the cursor: `q`, `q.row` or `role`.
    func values(testedAt back: Int) -> [LSP.CompletionItem] {
        guard kind(back + 1) == .identifier, let subject = word(back + 1) else { return [] }
        if subject == "role" { return names.roles }
        let question = kind(back + 2) == .dot ? word(back + 3) : subject
        return question.map(names.answers) ?? []
    }

    switch (kind(1), word(1)) {
    case (.identifier, "from"): return names.lists
    case (.identifier, "is"), (.identifier, "includes"): return values(testedAt: 1)
    case (.identifier, "not") where word(2) == "is": return values(testedAt: 2)
    case (.less, _), (.lessOrEqual, _), (.greater, _), (.greaterOrEqual, _): return values(testedAt: 1)
    case (.dot, _): return word(2).map(names.statements) ?? []
    case (.leftParen, _), (.comma, _):
        // Inside `q in (…)`: back to the opening parenthesis, then the subject before `in`.
        var back = 1
        while let kind = kind(back), kind != .leftParen {
            guard kind == .identifier || kind == .comma || kind == .number || kind == .string else { break }
            back += 1
        }
        if kind(back) == .leftParen, word(back + 1) == "in" { return values(testedAt: back + 1) }
        return kind(1) == .leftParen ? names.questions : []
    case (.identifier, "when"), (.identifier, "and"), (.identifier, "or"), (.identifier, "not"), (.identifier, "answered"),
        (.identifier, "check"):
        return names.questions
    default: return []
    }
}

/// The names declared in a survey's files, as completion items.
private struct DeclaredNames {
    private var questionDecls: [String: QuestionDecl] = [:]
    private var listOptions: [String: [OptionDecl]] = [:]
    private(set) var questions: [LSP.CompletionItem] = []
    private(set) var lists: [LSP.CompletionItem] = []
    private(set) var roles: [LSP.CompletionItem] = []

    init(_ files: [SurveyFile]) {
        func visit(_ items: [ItemDecl]) {
            for item in items {
                switch item {
                case .question(let question):
                    let decl = question.decl
                    guard questionDecls[decl.id.name] == nil else { continue }
                    questionDecls[decl.id.name] = decl
                    questions.append(LSP.CompletionItem(label: decl.id.name, kind: .field, detail: decl.text.value))
                case .block(let block): visit(block.items)
                case .note: break
                }
            }
        }
        for file in files {
            for declaration in file.declarations {
                switch declaration {
                case .section(let section): visit(section.items)
                case .choices(let list):
                    guard listOptions[list.id.name] == nil else { continue }
                    listOptions[list.id.name] = list.options
                    lists.append(LSP.CompletionItem(label: list.id.name, kind: .enum, detail: list.options.map(\.label.value).joined(separator: ", ")))
                case .roles(let block):
                    roles += block.roles.map { LSP.CompletionItem(label: $0.id.name, kind: .class, detail: $0.label.value) }
                case .header, .include: break
                }
            }
        }
    }

    /// The answers a question can be compared with: its options, or `yes` and `no`.
    func answers(_ question: String) -> [LSP.CompletionItem] {
        guard let decl = questionDecls[question] else { return [] }
        if decl.kind == .yesno {
            return ["yes", "no"].map { LSP.CompletionItem(label: $0, kind: .enumMember, detail: "") }
        }
        let options = decl.options ?? decl.from.flatMap { listOptions[$0.name] } ?? []
        return options.map { LSP.CompletionItem(label: $0.id.name, kind: .enumMember, detail: $0.label.value) }
    }

    /// The statements of a grid.
    func statements(_ question: String) -> [LSP.CompletionItem] {
        (questionDecls[question]?.rows ?? []).map { LSP.CompletionItem(label: $0.id.name, kind: .field, detail: $0.text.value) }
    }
}
