import SurveyBundle

extension Checker {
    /// Warns where skipping an optional question hides a branch from the respondent (W0501).
    mutating func checkOptionalRouting() {
        let lookup = optionLookup
        // A condition that can never be true has its error (E0501): whether skipping hides it adds nothing.
        for (index, node) in nodes.enumerated() where !neverTrueNodes.contains(index) {
            guard let condition = node.condition, let range = node.range else { continue }
            var warned: Set<String> = []
            // `answered q` says that respondents who skip `q` are left out on purpose.
            var testedAnswered: Set<String> = []
            Self.answeredTests(condition, into: &testedAnswered)
            for reference in condition.references where !warned.contains(reference.question) && !testedAnswered.contains(reference.question) {
                guard let question = questions.position(of: reference.question), !questions.infos[question].isRequired else { continue }
                let evaluator = PartialEvaluator(
                    answer: { $0 == reference.question ? .unanswered : .unknown }, role: nil,
                    optionIndex: lookup)
                if evaluator.evaluate(condition) == .no {
                    warned.insert(reference.question)
                    diagnostics.append(.optionalRouting(range, question: reference.question, declared: questions.infos[question].idRange))
                }
            }
        }
    }

    /// The questions `condition` tests with `answered` where an answer makes it truer (not under `not`): `rating`
    /// in `answered rating`, `answered rating and rating > 3` or `answered rating or rating > 3`.
    static func answeredTests(_ condition: Condition, isNegated: Bool = false, into questions: inout Set<String>) {
        switch condition {
        case .and(let parts), .or(let parts):
            for part in parts { answeredTests(part, isNegated: isNegated, into: &questions) }
        case .not(let inner):
            answeredTests(inner, isNegated: !isNegated, into: &questions)
        case .answered(let reference):
            if !isNegated { questions.insert(reference.question) }
        case .test, .among, .role:
            break
        }
    }

    /// Whether the question at `position` is sure to have been answered wherever the condition point `node`
    /// is shown: it is required, and each condition it is asked under (its own, its blocks' and its
    /// section's, split at `and`) is also one that `node` is shown under. Conditions read only earlier
    /// answers, so one that held when the question was asked still holds when the text is shown.
    func isAnswered(_ position: Int, whereShown node: Int) -> Bool {
        guard questions.infos[position].isRequired else { return false }
        // The points the text is shown under; one the question is also asked under needs no comparing.
        var around: [Int] = []
        var point: Int? = node
        while let current = point {
            around.append(current)
            point = nodes[current].parent
        }
        var shown: [Condition]?
        point = questionNodes[position]
        while let current = point {
            point = nodes[current].parent
            guard let condition = nodes[current].condition, !around.contains(current) else { continue }
            let terms = shown ?? around.flatMap { nodes[$0].condition?.conjuncts ?? [] }
            shown = terms
            guard condition.conjuncts.allSatisfy(terms.contains) else { return false }
        }
        return true
    }

    /// Checks `{name}` and `{name|fallback}` pipes in a text (E0309, W0503).
    mutating func checkPipes(in text: TextLiteral, position: Int, node: Int) {
        // A byte test first: `pipes(in:)` decides what is a pipe, and finds none without a `{` byte.
        guard containsOpeningBrace(text.value) else { return }
        let bytes = parsed.sources.files[text.range.file].bytes
        for pipe in pipes(in: text.value) {
            let range = sourceRange(of: pipe.offsets, in: text, bytes: bytes)
            guard let piped = questions.position(of: pipe.name) else {
                // `{views.valued}`: a grid's statement, which a pipe cannot name (grammar.md, section 1).
                if let dot = pipe.name.firstIndex(of: "."), let grid = questions.position(of: String(pipe.name[..<dot])),
                    questions.infos[grid].kind == .grid
                {
                    // The pipe as written, with the grid's name for the statement's: `{views|words}`.
                    let rest = Array(text.value.utf8)[pipe.nameOffsets.upperBound..<pipe.offsets.upperBound]
                    let whole = "{" + questions.infos[grid].name + String(decoding: rest, as: UTF8.self)
                    diagnostics.append(grid < position
                        ? .pipeStatement(range, name: pipe.name, grid: questions.infos[grid].name, whole: whole)
                        : .pipeUnknown(range, name: pipe.name, isLater: true, candidates: []))
                    continue
                }
                diagnostics.append(.pipeUnknown(
                    range, name: pipe.name, isLater: false, candidates: questionsToSuggest(before: position),
                    nameRange: exactSourceRange(of: pipe.nameOffsets, in: text, bytes: bytes)))
                continue
            }
            if piped >= position {
                diagnostics.append(.pipeUnknown(range, name: pipe.name, isLater: true, candidates: []))
                continue
            }
            if !pipe.hasFallback && !isAnswered(piped, whereShown: node) {
                diagnostics.append(.pipeOptional(range, question: pipe.name))
            }
            // Whether the question is asked where the text is shown is known once the roles are analysed (W0506).
            pipeUses.append(PipeUse(node: node, question: piped, range: range))
        }
    }
}

/// Whether a text has a `{` byte; eight bytes at a time, several times faster than iterating its `utf8` view.
func containsOpeningBrace(_ text: String) -> Bool {
    text.utf8.withContiguousStorageIfAvailable { WordScanning.contains(UInt8(ascii: "{"), in: UnsafeRawBufferPointer($0)) }
        ?? text.utf8.contains(UInt8(ascii: "{"))
}

/// The pipes of a text: `{name}` or `{name|fallback}`; `{{` and `}}` are literal braces.
///
/// `offsets` are the UTF-8 offsets of the pipe's braces in the text, to point a diagnostic at it, and
/// `nameOffsets` those of its name, to correct it.
public func pipes(in text: String) -> [(name: String, hasFallback: Bool, offsets: Range<Int>, nameOffsets: Range<Int>)] {
    // Labelled as the result is: an unlabelled list would be copied to convert it.
    var result: [(name: String, hasFallback: Bool, offsets: Range<Int>, nameOffsets: Range<Int>)] = []
    let bytes = Array(text.utf8)
    var index = 0
    while index < bytes.count {
        if bytes[index] == UInt8(ascii: "{") {
            if index + 1 < bytes.count && bytes[index + 1] == UInt8(ascii: "{") {
                index += 2
                continue
            }
            var end = index + 1
            while end < bytes.count && bytes[end] != UInt8(ascii: "}") { end += 1 }
            let inside = bytes[(index + 1)..<min(end, bytes.count)]
            let (name, hasFallback) = pipeName(inside)
            var nameStart = index + 1
            while nameStart < inside.endIndex && bytes[nameStart] == UInt8(ascii: " ") { nameStart += 1 }
            let nameOffsets = nameStart..<(nameStart + name.utf8.count)
            result.append((name: name, hasFallback: hasFallback, offsets: index..<min(end + 1, bytes.count), nameOffsets: nameOffsets))
            index = end + 1
        } else {
            index += 1
        }
    }
    return result
}

/// Where a part of a text literal's value (UTF-8 offsets into it) is in the source `bytes`: found by reading
/// the literal's strings as the lexer does, each escape one byte of the value, so it is exact in joined and
/// escaped strings too. The whole first string when the part cannot be found (a value that is not what the
/// source spells, which only a malformed file has).
func sourceRange(of offsets: Range<Int>, in text: TextLiteral, bytes: [UInt8]) -> SourceRange {
    exactSourceRange(of: offsets, in: text, bytes: bytes) ?? text.firstLiteral
}

/// Where a part of a text literal's value is in the source, when it can be found (see above).
func exactSourceRange(of offsets: Range<Int>, in text: TextLiteral, bytes: [UInt8]) -> SourceRange? {
    let whole = text.firstLiteral
    func found(_ start: Int, _ end: Int) -> SourceRange { SourceRange(file: whole.file, start: start, end: end) }
    // Most texts are one string in straight quotes without escapes: its value is its source between the quotes.
    if !text.isJoined, whole.end - whole.start == text.value.utf8.count + 2 {
        return found(whole.start + 1 + offsets.lowerBound, whole.start + 1 + offsets.upperBound)
    }
    // The strings are found as the lexer finds them (comments between them, and curly quotes, included).
    let base = text.range.start
    let source = Array(bytes[base..<min(text.range.end, bytes.count)])
    var decoded = 0
    var start: Int?
    for token in lex(source, file: 0).tokens where token.kind == .string {
        let content = stringContent(of: token, in: source)
        var index = content.lowerBound
        while index < content.upperBound {
            if decoded == offsets.lowerBound, start == nil { start = index }
            if let start, decoded == offsets.upperBound { return found(base + start, base + index) }
            // An escape is two bytes of source and one of the value, as `Parser.decodeString` reads it.
            index += source[index] == UInt8(ascii: "\\") && index + 1 < content.upperBound ? 2 : 1
            decoded += 1
        }
        // A part that ends with this string ends before its closing quote; one that starts where it ends
        // starts in the next string.
        if let start, decoded == offsets.upperBound { return found(base + start, base + index) }
    }
    return nil
}

/// The name of a pipe written `name` or `name|fallback`, without the spaces around it.
func pipeName(_ inside: ArraySlice<UInt8>) -> (name: String, hasFallback: Bool) {
    // In ASCII, bytes are characters: the name is found without making strings of the parts.
    guard inside.allSatisfy({ $0 < 0x80 }) else {
        let parts = String(decoding: inside, as: UTF8.self).split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
        return (trimmedSpaces(parts[0]), parts.count > 1)
    }
    let bar = inside.firstIndex(of: UInt8(ascii: "|"))
    var name = inside[..<(bar ?? inside.endIndex)]
    while name.first == UInt8(ascii: " ") { name.removeFirst() }
    while name.last == UInt8(ascii: " ") { name.removeLast() }
    return (String(decoding: name, as: UTF8.self), bar != nil)
}

func trimmedSpaces(_ text: Substring) -> String {
    var slice = text
    while slice.first == " " { slice.removeFirst() }
    while slice.last == " " { slice.removeLast() }
    return String(slice)
}
