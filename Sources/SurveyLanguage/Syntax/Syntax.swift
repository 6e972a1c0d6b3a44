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
    /// Whether the text was joined from more than one literal.
    public var isJoined: Bool

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

/// The words that begin a question's clauses, in the order the formatter writes them.
enum ClauseKeyword: String, CaseIterable, Sendable {
    case required, help, from, ordered, up, at, top, range, unit, low, high, long, max, continues, when, check
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
public struct QuestionDecl: Sendable {
    public var kind: QuestionType
    public var kindRange: SourceRange
    public var id: Identifier
    public var text: TextLiteral
    public var clauses: [ClauseMark] = []
    public var isRequired = false
    public var help: TextLiteral?
    public var from: Identifier?
    public var isOrdered = false
    public var upTo: NumberLiteral?
    public var atLeast: NumberLiteral?
    public var top: NumberLiteral?
    public var low: NumberLiteral?
    public var high: NumberLiteral?
    public var rangeClause: SourceRange?
    public var unit: TextLiteral?
    public var lowLabel: TextLiteral?
    public var highLabel: TextLiteral?
    public var isLong = false
    public var maxLength: NumberLiteral?
    public var continues: Identifier?
    public var condition: Expr?
    public var checks: [CheckDecl] = []
    /// The options written in the body, for choice kinds.
    public var options: [OptionDecl]?
    /// The statements written in the body, for grids.
    public var rows: [RowDecl]?
    public var bodyRange: SourceRange?
    public var range: SourceRange
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
    case test(RefExpr, Comparison, [ValueExpr], SourceRange)
    /// Something that could not be parsed; later passes stay silent about it.
    case bad(SourceRange)

    /// Where the expression was written.
    public var range: SourceRange {
        switch self {
        case .and(_, let range), .or(_, let range), .not(_, let range), .answered(_, let range),
            .role(_, let range), .test(_, _, _, let range), .bad(let range):
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
