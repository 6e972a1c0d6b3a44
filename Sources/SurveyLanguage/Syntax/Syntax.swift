import SurveyBundle

/// A name as written, with where it was written.
public struct Identifier: Sendable, Hashable {
    public var name: String
    public var range: SourceRange
}

/// One or more adjacent string literals, joined, with escapes decoded.
public struct TextLiteral: Sendable, Hashable {
    public var value: String
    public var range: SourceRange
    /// Where the first literal that was joined ends; it starts where the text starts.
    ///
    /// Only the first literal's range is needed (to point into the text), and keeping it as an offset
    /// saves the heap array a list of every literal's range would take; 32 bits, as in `SourceRange`.
    var firstLiteralEnd: UInt32

    /// Whether the text was joined from more than one literal: the first then ends before the text does.
    /// Derived rather than stored, so a literal fits in 32 bytes.
    public var isJoined: Bool { Int(firstLiteralEnd) != range.end }

    /// The range of the first literal that was joined: the whole text when it is one literal.
    public var firstLiteral: SourceRange { SourceRange(file: range.file, start: range.start, end: Int(firstLiteralEnd)) }
}

/// A number literal with its value.
public struct NumberLiteral: Sendable, Hashable {
    public var value: Double
    public var text: String
    public var range: SourceRange
    /// Whether the literal is written without a fractional part.
    public var isWhole: Bool { !text.utf8.contains(UInt8(ascii: ".")) }
}

/// A parsed file: its declarations and comments.
public struct SurveyFile: Sendable {
    public var file: Int
    public var declarations: [Declaration]
    public var comments: [Comment]
    /// The clause marks of every question in the file, in the order written; a question holds the range
    /// of its own. One list for the file saves a small list for every question.
    public var clauses: [ClauseMark] = []
}

/// A top-level declaration.
public enum Declaration: Sendable {
    case header(HeaderDecl)
    case include(IncludeDecl)
    case roles(RolesDecl)
    case choices(ChoicesDecl)
    case section(SectionDecl)
}

/// `survey id "title" { … }`.
public struct HeaderDecl: Sendable {
    public var id: Identifier
    public var title: TextLiteral
    public var version: TextLiteral?
    public var isAnonymous = false
    public var minutes: NumberLiteral?
    public var description: TextLiteral?
    public var range: SourceRange
}

/// `include "path"`.
public struct IncludeDecl: Sendable {
    public var path: TextLiteral
    public var range: SourceRange
}

/// `roles { … }`.
public struct RolesDecl: Sendable {
    public var roles: [RoleDecl]
    public var range: SourceRange
}

/// One role: `id "label" when condition`.
public struct RoleDecl: Sendable {
    public var id: Identifier
    public var label: TextLiteral
    public var rule: Expr?
    public var range: SourceRange
}

/// `choices id [ordered] { options }`.
public struct ChoicesDecl: Sendable {
    public var id: Identifier
    public var isOrdered: Bool
    public var options: [OptionDecl]
    public var range: SourceRange
}

/// One option: `id "label" [= code] [exclusive] [specify] [continues old]`.
public struct OptionDecl: Sendable {
    public var id: Identifier
    public var label: TextLiteral
    public var code: NumberLiteral?
    public var isExclusive: SourceRange?
    public var isSpecify: SourceRange?
    public var continues: Identifier?
    public var range: SourceRange
}

/// `section id "title" [when condition] { items }`.
public struct SectionDecl: Sendable {
    public var id: Identifier
    public var title: TextLiteral
    public var condition: Expr?
    public var items: [ItemDecl]
    public var range: SourceRange
}

/// An entry of a section or block.
public enum ItemDecl: Sendable {
    case question(QuestionRef)
    // Boxed too, so an item is one reference: lists of items are small, and copying one is one retain.
    indirect case note(NoteDecl)
    indirect case block(BlockDecl)
}

/// A question declaration held by reference.
///
/// A declaration is hundreds of bytes: by reference, notes and blocks do not take as much, and the
/// checker reads it in place through the immutable `decl`, where it would copy it out of a boxed enum payload.
public final class QuestionRef: Sendable {
    public let decl: QuestionDecl

    init(_ decl: QuestionDecl) { self.decl = decl }
}

/// `note "text" [when condition]`.
public struct NoteDecl: Sendable {
    public var text: TextLiteral
    public var condition: Expr?
    public var range: SourceRange
}

/// `when condition { items }` starting a line.
public struct BlockDecl: Sendable {
    public var condition: Expr
    public var items: [ItemDecl]
    public var range: SourceRange
}

extension QuestionType {
    /// Whether a question of this kind takes a `{ … }` body: options, or a grid's statements.
    var takesBody: Bool {
        switch self {
        case .single, .multiple, .ranking, .grid: true
        default: false
        }
    }
}

/// The words that begin a question's clauses, in the order the formatter writes them.
enum ClauseKeyword: String, CaseIterable, Sendable {
    case required, help, from, ordered, up, at, top, range, unit, low, high, long, max, continues, when, check

    /// The clauses every kind of question may have.
    static let common: [ClauseKeyword] = [.required, .help, .continues, .when, .check]

    /// The clauses a question of `kind` may have besides the common ones. Arrays of literals are built once,
    /// where a `Set` would be built for every question checked.
    static func applicable(to kind: QuestionType) -> [ClauseKeyword] {
        switch kind {
        case .single: [.from, .ordered]
        case .multiple: [.from, .up, .at]
        case .ranking: [.from, .top]
        case .text: [.long, .max]
        case .number, .decimal: [.range, .unit]
        case .scale: [.range, .low, .high]
        case .grid: [.from]
        case .yesno: []
        }
    }

    /// The words the clause is written with: `up to` and `at least` take two.
    var words: String {
        switch self {
        case .up: "up to"
        case .at: "at least"
        default: rawValue
        }
    }

    /// Whether the clause is kept in the question's `QuestionDetails` rather than in the declaration itself.
    var isKeptAside: Bool {
        switch self {
        case .required, .from, .ordered, .long, .when: false
        default: true
        }
    }
}

/// The clauses a question of `kind` may have, in the order the formatter writes them, as they are written
/// (`up to`, `at least`).
public func clauseKeywords(for kind: QuestionType) -> [String] {
    let allowed = ClauseKeyword.common + ClauseKeyword.applicable(to: kind)
    return ClauseKeyword.allCases.filter(allowed.contains).map(\.words)
}

/// A clause keyword as written, kept so the checker can say which clauses do not apply.
public struct ClauseMark: Sendable {
    /// The keyword as a case rather than a string: the checker compares keywords for every clause.
    var clause: ClauseKeyword
    /// The clause from its keyword to its last token.
    public var range: SourceRange

    public var keyword: String { clause.rawValue }

    /// The keyword's own range: it is written as `keyword` spells it, where the clause starts.
    public var keywordRange: SourceRange {
        SourceRange(file: range.file, start: range.start, end: range.start + keyword.utf8.count)
    }
}

/// `kind id "text" clauses [body]`.
///
/// The clauses most questions do not have are kept aside in one box, `details`: a declaration is then
/// about a third of the bytes, which are copied when it is made and walked when it is freed.
public struct QuestionDecl: Sendable {
    public var kind: QuestionType
    public var kindRange: SourceRange
    public var id: Identifier
    public var text: TextLiteral
    /// Where the question's clause marks are in its file's `clauses`.
    public var clauses: Range<Int>
    public var isRequired = false
    public var from: Identifier?
    public var isOrdered = false
    public var isLong = false
    public var condition: Expr?
    /// The options written in the body, for choice kinds.
    public var options: [OptionDecl]?
    /// The statements written in the body, for grids.
    public var rows: [RowDecl]?
    public var bodyRange: SourceRange?
    public var range: SourceRange
    /// The rarer clauses; nil when the question has none of them.
    var details: Box<QuestionDetails>?

    public var help: TextLiteral? { details?.value.help }
    public var upTo: NumberLiteral? { details?.value.upTo }
    public var atLeast: NumberLiteral? { details?.value.atLeast }
    public var top: NumberLiteral? { details?.value.top }
    public var low: NumberLiteral? { details?.value.low }
    public var high: NumberLiteral? { details?.value.high }
    public var rangeClause: SourceRange? { details?.value.rangeClause }
    public var unit: TextLiteral? { details?.value.unit }
    public var lowLabel: TextLiteral? { details?.value.lowLabel }
    public var highLabel: TextLiteral? { details?.value.highLabel }
    public var maxLength: NumberLiteral? { details?.value.maxLength }
    public var continues: Identifier? { details?.value.continues }
    public var checks: [CheckDecl] { details?.value.checks ?? [] }
}

/// The clauses of a question that most questions do not have, as `QuestionDecl` reads them.
struct QuestionDetails: Sendable {
    var help: TextLiteral?
    var upTo: NumberLiteral?
    var atLeast: NumberLiteral?
    var top: NumberLiteral?
    var low: NumberLiteral?
    var high: NumberLiteral?
    var rangeClause: SourceRange?
    var unit: TextLiteral?
    var lowLabel: TextLiteral?
    var highLabel: TextLiteral?
    var maxLength: NumberLiteral?
    var continues: Identifier?
    var checks: [CheckDecl] = []
}

/// An immutable value held by reference, so the struct that holds it stays small.
final class Box<Value: Sendable>: Sendable {
    let value: Value

    init(_ value: Value) { self.value = value }
}

/// `check condition else "message"`.
public struct CheckDecl: Sendable {
    public var condition: Expr
    public var message: TextLiteral
}

/// A grid statement: `id "text"`.
public struct RowDecl: Sendable {
    public var id: Identifier
    public var text: TextLiteral
    public var range: SourceRange
}

/// A condition as written.
public indirect enum Expr: Sendable {
    case and([Expr], SourceRange)
    case or([Expr], SourceRange)
    case not(Expr, SourceRange)
    case answered(RefExpr, SourceRange)
    case role([Identifier], SourceRange)
    /// `question is value`, `question < value` and the like.
    case test(RefExpr, Comparison, ValueExpr, SourceRange)
    /// `question in (values)`. Kept apart from `test` so that a test, the common case, holds its one
    /// value without a list of its own.
    case among(RefExpr, [ValueExpr], SourceRange)
    /// Something that could not be parsed; later passes stay silent about it.
    case bad(SourceRange)

    /// Where the expression was written.
    public var range: SourceRange {
        switch self {
        case .and(_, let range), .or(_, let range), .not(_, let range), .answered(_, let range),
            .role(_, let range), .test(_, _, _, let range), .among(_, _, let range), .bad(let range):
            range
        }
    }
}

/// `question` or `question.row` in a condition.
public struct RefExpr: Sendable {
    public var question: Identifier
    public var row: Identifier?
    public var range: SourceRange { row.map { question.range.union($0.range) } ?? question.range }
}

/// A literal compared with an answer.
public enum ValueExpr: Sendable {
    case name(Identifier)
    case number(NumberLiteral)
    case text(TextLiteral)

    /// Where the value was written.
    public var range: SourceRange {
        switch self {
        case .name(let id): id.range
        case .number(let number): number.range
        case .text(let text): text.range
        }
    }
}
