import SurveyBundle

extension Checker {
    /// Warns where skipping an optional question hides a branch from the respondent (W0501).
    mutating func checkOptionalRouting() {
        let lookup = optionLookup
        for node in nodes {
            guard let condition = node.condition, let range = node.range else { continue }
            var warned: Set<String> = []
            for reference in condition.references where !warned.contains(reference.question) {
                guard let info = questions[reference.question], !info.decl.isRequired else { continue }
                let evaluator = PartialEvaluator(
                    answer: { $0 == reference.question ? .unanswered : .unknown }, role: nil,
                    optionIndex: lookup)
                if evaluator.evaluate(condition) == .no {
                    warned.insert(reference.question)
                    diagnostics.append(.optionalRouting(range, question: reference.question, declared: info.decl.id.range))
                }
            }
        }
    }

    /// Checks `{name}` and `{name|fallback}` pipes in a text (E0309, W0503).
    mutating func checkPipes(in text: TextLiteral, position: Int) {
        // A byte test first: `pipes(in:)` decides what is a pipe, and finds none without a `{` byte.
        guard text.value.utf8.contains(UInt8(ascii: "{")) else { return }
        for pipe in pipes(in: text.value) {
            // Pipes are located within the text's first piece; escapes make exact columns unreliable.
            let range = text.pieces[0]
            guard let info = questions[pipe.name] else {
                diagnostics.append(.pipeUnknown(range, name: pipe.name, isLater: false, candidates: questionOrder))
                continue
            }
            if info.index >= position {
                diagnostics.append(.pipeUnknown(range, name: pipe.name, isLater: true, candidates: []))
            } else if !pipe.hasFallback && !info.decl.isRequired {
                diagnostics.append(.pipeOptional(range, question: pipe.name))
            }
        }
    }
}

/// The pipes of a text: `{name}` or `{name|fallback}`; `{{` and `}}` are literal braces.
func pipes(in text: String) -> [(name: String, hasFallback: Bool)] {
    var result: [(String, Bool)] = []
    let characters = Array(text)
    var index = 0
    while index < characters.count {
        if characters[index] == "{" {
            if index + 1 < characters.count && characters[index + 1] == "{" {
                index += 2
                continue
            }
            var end = index + 1
            while end < characters.count && characters[end] != "}" { end += 1 }
            let inside = String(characters[(index + 1)..<min(end, characters.count)])
            let parts = inside.split(separator: "|", maxSplits: 1, omittingEmptySubsequences: false)
            result.append((trimmedSpaces(parts[0]), parts.count > 1))
            index = end + 1
        } else {
            index += 1
        }
    }
    return result
}

func trimmedSpaces(_ text: Substring) -> String {
    var slice = text
    while slice.first == " " { slice.removeFirst() }
    while slice.last == " " { slice.removeLast() }
    return String(slice)
}
