import SurveyBundle
import SurveyLanguage

/// A document's tokens, lexed once for a request that reads them more than once.
struct Tokens {
    let file: SourceFile
    let all: [Token]
    let comments: [Comment]
    /// Where the strings that the line ended before they were closed start.
    let unclosedStrings: Set<Int>

    init(_ file: SourceFile) {
        self.file = file
        let lexed = lex(file.bytes, file: 0)
        all = lexed.tokens
        comments = lexed.comments
        unclosedStrings = Set(lexed.diagnostics.filter { $0.code == .E0103 }.map(\.primary.range.start))
    }

    func text(_ token: Token) -> String { file.text(SourceRange(file: 0, start: token.start, end: token.end)) }

    /// The tokens that start before a byte offset, less the end of the file.
    func before(_ offset: Int) -> ArraySlice<Token> { all.prefix { $0.start < offset && $0.kind != .end } }

    /// The identifier token at a byte offset; the cursor may be just after it.
    func word(at offset: Int) -> SourceRange? {
        all.first { $0.kind == .identifier && $0.start <= offset && offset <= $0.end }
            .map { SourceRange(file: 0, start: $0.start, end: $0.end) }
    }

    /// Whether a byte offset is inside a comment or a string (closed or not), where no name or keyword is
    /// completed: the end of a comment or of a string not closed yet is inside it, as the lexer reads them.
    func isInCommentOrString(_ offset: Int) -> Bool {
        comments.contains { $0.range.start < offset && offset <= $0.range.end }
            || all.contains { $0.kind == .string && $0.start < offset && (offset < $0.end || unclosedStrings.contains($0.start)) }
    }

    /// The name of a pipe, `{name}` or `{name|words}`, at a byte offset inside a string; the cursor may be
    /// just after it. `{{` is a literal brace, not a pipe. Pipes are read as the checker reads them
    /// (`pipes(in:)`), so a malformed one such as `{a b}` names what E0309 reports, `a b`, not `a`.
    func pipedName(at offset: Int) -> SourceRange? {
        guard let string = all.first(where: { $0.kind == .string && $0.start < offset && offset < $0.end }) else { return nil }
        let content = stringContent(of: string, in: file.bytes)
        for pipe in pipes(in: String(decoding: file.bytes[content], as: UTF8.self)) where !pipe.name.isEmpty {
            let name = (content.lowerBound + pipe.nameOffsets.lowerBound)..<(content.lowerBound + pipe.nameOffsets.upperBound)
            if name.lowerBound <= offset && offset <= name.upperBound { return SourceRange(file: 0, start: name.lowerBound, end: name.upperBound) }
        }
        return nil
    }
}

/// What a name stands for where it is written, read from the tokens before it.
enum NameContext: Equatable {
    /// After `from`.
    case list
    /// The value side of a test of a question: after `q is`, `q is not`, `q includes`, a comparison, or
    /// inside `q in (…)`; `q` may be a grid's statement, `q.row`, whose answers are the grid's.
    case answer(of: String)
    /// After `role is`, or inside `role in (…)`.
    case role
    /// After `q.`.
    case statement(of: String)
    /// Where a condition expects a question: after `when`, `and`, `or`, `not`, `(`, `answered`, `check`.
    case question

    /// The context of a name that starts at `offset` (the name itself is not read), or nil where none of
    /// the above applies (a declaration, a keyword, a clause).
    init?(before offset: Int, in tokens: Tokens) {
        // The context is a few tokens back (a list in `in (…)` is the longest), so only the last ones are read.
        let context = tokens.before(offset).suffix(64)
        let words = context.map(tokens.text)
        let kinds = context.map(\.kind)
        func word(_ back: Int) -> String? { words.count >= back ? words[words.count - back] : nil }
        func kind(_ back: Int) -> TokenKind? { kinds.count >= back ? kinds[kinds.count - back] : nil }

        /// The subject of a test whose operator is `back` tokens before the name: `q`, `q.row` or `role`.
        func tested(at back: Int) -> NameContext? {
            guard kind(back + 1) == .identifier, let subject = word(back + 1) else { return nil }
            if subject == "role" { return .role }
            return (kind(back + 2) == .dot ? word(back + 3) : subject).map { .answer(of: $0) }
        }

        let found: NameContext?
        switch (kind(1), word(1)) {
        case (.identifier, "from"): found = .list
        case (.identifier, "is"), (.identifier, "includes"): found = tested(at: 1)
        case (.identifier, "not") where word(2) == "is": found = tested(at: 2)
        case (.less, _), (.lessOrEqual, _), (.greater, _), (.greaterOrEqual, _): found = tested(at: 1)
        case (.dot, _): found = word(2).map { .statement(of: $0) }
        case (.leftParen, _), (.comma, _):
            // Inside `q in (…)`: back to the opening parenthesis, then the subject before `in`.
            var back = 1
            while let kind = kind(back), kind != .leftParen {
                guard kind == .identifier || kind == .comma || kind == .number || kind == .string else { break }
                back += 1
            }
            if kind(back) == .leftParen, word(back + 1) == "in" {
                found = tested(at: back + 1)
            } else {
                found = kind(1) == .leftParen ? .question : nil
            }
        case (.identifier, "when"), (.identifier, "and"), (.identifier, "or"), (.identifier, "not"), (.identifier, "answered"),
            (.identifier, "check"):
            found = .question
        default: found = nil
        }
        guard let found else { return nil }
        self = found
    }
}

/// What can be written at the cursor (`NameContext`), from the syntax tree of the document and the files it
/// includes, so completion works in a half-written survey. The editor filters the names by what has been
/// typed of the word.
func completions(at offset: Int, in tokens: Tokens, files: [SurveyFile]) -> [LSP.CompletionItem] {
    guard let token = tokens.before(offset).last, !tokens.isInCommentOrString(offset) else { return [] }
    // The word being typed is not read as context.
    let start = token.kind == .identifier && offset <= token.end ? token.start : offset
    guard let context = NameContext(before: start, in: tokens) else {
        return keywords(before: start, in: tokens).map { LSP.CompletionItem(label: $0, kind: .keyword, detail: "") }
    }
    return DeclaredNames(files).completions(for: context)
}

/// The keywords that fit at `start`, where no name does: a declaration at the top level, a header field in
/// the survey header, an item at the start of a line in a section or block, and after a question's text the
/// clauses its kind may have (`clauseKeywords(for:)`, as the checker allows them).
func keywords(before start: Int, in tokens: Tokens) -> [String] {
    let file = tokens.file
    let earlier = tokens.before(start)
    // The first word of the line of each open brace, and the item being written with how many tokens so far.
    var braces: [String] = []
    var lineStart = ""
    var item: (kind: QuestionType?, tokens: Int) = (nil, 0)
    for token in earlier {
        if token.isAtLineStart {
            lineStart = tokens.text(token)
            if itemKeywords.contains(lineStart) { item = (QuestionType(rawValue: lineStart), 0) }
        }
        item.tokens += 1
        switch token.kind {
        case .leftBrace:
            braces.append(lineStart)
            item = (nil, 0)
        case .rightBrace:
            _ = braces.popLast()
            item = (nil, 0)
        default: break
        }
    }
    let isAtLineStart = earlier.last.map { file.lineIndex(of: $0.end) < file.lineIndex(of: start) } ?? true
    let inItems = braces.last == "section" || braces.last == "when"
    if isAtLineStart {
        switch braces.last {
        case nil: return declarationKeywords
        case "survey": return headerFieldKeywords
        default: return inItems ? itemKeywords : []
        }
    }
    // `kind id "text"` written: what follows is a clause.
    guard inItems, let kind = item.kind, item.tokens >= 3 else { return [] }
    return clauseKeywords(for: kind)
}

/// The questions, choice lists and roles a survey's files declare, in file order, read from the syntax tree.
///
/// Questions, lists and roles have names of their own kinds, so one name can be declared more than once;
/// a definition is then every place, and the editor offers a choice.
struct DeclaredNames {
    private(set) var questions: [QuestionDecl] = []
    private(set) var lists: [ChoicesDecl] = []
    private(set) var roles: [RoleDecl] = []

    init(_ files: [SurveyFile]) {
        func visit(_ items: [ItemDecl]) {
            for item in items {
                switch item {
                case .question(let question): questions.append(question.decl)
                case .block(let block): visit(block.items)
                case .note: break
                }
            }
        }
        for file in files {
            for declaration in file.declarations {
                switch declaration {
                case .section(let section): visit(section.items)
                case .choices(let list): lists.append(list)
                case .roles(let block): roles += block.roles
                case .header, .include: break
                }
            }
        }
    }

    /// The first question declared with a name.
    func question(_ name: String) -> QuestionDecl? { questions.first { $0.id.name == name } }

    /// The options of a question: written in it, or those of the list it names.
    func options(of name: String) -> [OptionDecl] {
        guard let question = question(name) else { return [] }
        return question.options ?? question.from.flatMap { from in lists.first { $0.id.name == from.name }?.options } ?? []
    }

    /// Where `name` is declared as what `context` says it is; without a context, as any question, list or role.
    func declarations(of name: String, as context: NameContext?) -> [SourceRange] {
        switch context {
        case .list: return lists.filter { $0.id.name == name }.map(\.id.range)
        case .answer(let question): return options(of: question).filter { $0.id.name == name }.map(\.id.range)
        case .role: return roles.filter { $0.id.name == name }.map(\.id.range)
        case .statement(let grid): return (question(grid)?.rows ?? []).filter { $0.id.name == name }.map(\.id.range)
        case .question: return questions.filter { $0.id.name == name }.map(\.id.range)
        case nil:
            return [NameContext.question, .list, .role].flatMap { declarations(of: name, as: $0) }.sorted { ($0.file, $0.start) < ($1.file, $1.start) }
        }
    }

    /// The names that fit a context, each once.
    func completions(for context: NameContext) -> [LSP.CompletionItem] {
        var items: [LSP.CompletionItem]
        switch context {
        case .list: items = lists.map { LSP.CompletionItem(label: $0.id.name, kind: .enum, detail: $0.options.map(\.label.value).joined(separator: ", ")) }
        case .answer(let name):
            items = question(name)?.kind == .yesno
                ? ["yes", "no"].map { LSP.CompletionItem(label: $0, kind: .enumMember, detail: "") }
                : options(of: name).map { LSP.CompletionItem(label: $0.id.name, kind: .enumMember, detail: $0.label.value) }
        case .role: items = roles.map { LSP.CompletionItem(label: $0.id.name, kind: .class, detail: $0.label.value) }
        case .statement(let grid): items = (question(grid)?.rows ?? []).map { LSP.CompletionItem(label: $0.id.name, kind: .field, detail: $0.text.value) }
        case .question: items = questions.map { LSP.CompletionItem(label: $0.id.name, kind: .field, detail: $0.text.value) }
        }
        var seen: Set<String> = []
        return items.filter { seen.insert($0.label).inserted }
    }
}
