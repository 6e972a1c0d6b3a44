import SurveyLanguage

/// Where the questions, choice lists and roles called `name` are declared in the files of a compilation,
/// in file order; read from the syntax tree, so it works in a survey with errors too.
///
/// Questions, lists and roles have names of their own kinds, so one name can be declared more than once;
/// the editor is given every place and offers a choice.
func declarations(of name: String, in files: [SurveyFile]) -> [SourceRange] {
    var found: [SourceRange] = []
    func visit(_ items: [ItemDecl]) {
        for item in items {
            switch item {
            case .question(let question) where question.decl.id.name == name: found.append(question.decl.id.range)
            case .block(let block): visit(block.items)
            case .question, .note: break
            }
        }
    }
    for file in files {
        for declaration in file.declarations {
            switch declaration {
            case .section(let section): visit(section.items)
            case .choices(let list) where list.id.name == name: found.append(list.id.range)
            case .roles(let roles): found += roles.roles.filter { $0.id.name == name }.map(\.id.range)
            case .header, .include, .choices: break
            }
        }
    }
    return found
}
