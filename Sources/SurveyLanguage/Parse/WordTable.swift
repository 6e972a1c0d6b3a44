import SurveyBundle

/// A fixed set of words, recognised in a token's bytes without making a string of the token.
///
/// The words are grouped by their first byte, so a token is compared with the one or two words that
/// start like it instead of with every word of the set.
struct WordTable<Value: Sendable>: Sendable {
    private var groups: [[(word: [UInt8], value: Value)]] = Array(repeating: [], count: 128)

    /// A table of ASCII words, each with its value.
    init(_ entries: [(String, Value)]) {
        for (word, value) in entries {
            let bytes = Array(word.utf8)
            precondition(!bytes.isEmpty && bytes[0] < 128, "a table word starts with an ASCII character")
            groups[Int(bytes[0])].append((bytes, value))
        }
    }

    /// The value of the word spelled by `bytes[start..<end]`, if it is one of the table's.
    func value(of bytes: [UInt8], from start: Int, to end: Int) -> Value? {
        guard start < end, bytes[start] < 128 else { return nil }
        for entry in groups[Int(bytes[start])] where entry.word.count == end - start {
            var index = start
            while index < end && bytes[index] == entry.word[index - start] { index += 1 }
            if index == end { return entry.value }
        }
        return nil
    }
}

/// What a word that begins an item makes of it.
enum ItemKeyword: Sendable {
    case question(QuestionType)
    case note
    case when
    /// Not an item: a section cannot be nested, which is reported.
    case section
}

let itemKeywordTable = WordTable(
    QuestionType.allCases.map { ($0.rawValue, ItemKeyword.question($0)) } + [("note", .note), ("when", .when), ("section", .section)])

let clauseKeywordTable = WordTable(ClauseKeyword.allCases.map { ($0.rawValue, $0) })

let declarationKeywordTable = WordTable(declarationKeywords.map { ($0, true) })

extension Parser {
    /// The value of an identifier token in a word table.
    func lookUp<Value>(_ token: Token, in table: WordTable<Value>) -> Value? {
        guard token.kind == .identifier else { return nil }
        return table.value(of: source.bytes, from: token.start, to: token.end)
    }
}
