import SurveyBundle
import SurveyLanguage

/// The inline sizes of the syntax tree and bundle values, which decide how much memory a large survey takes.
func layoutReport() -> String {
    func line<T>(_ type: T.Type) -> String { "\(T.self): size \(MemoryLayout<T>.size), stride \(MemoryLayout<T>.stride)" }
    return [
        line(Token.self), line(Identifier.self), line(TextLiteral.self), line(NumberLiteral.self), line(QuestionDecl.self),
        line(ItemDecl.self), line(OptionDecl.self), line(Expr.self), line(Question.self), line(Item.self), line(Option.self),
        line(Condition.self),
    ].joined(separator: "\n")
}
