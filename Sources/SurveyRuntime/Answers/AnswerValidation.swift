import SurveyBundle

extension QuestionEntry {
    /// The most characters of typed "specify" text.
    static let specifyLength = 500

    /// Why the answer does not fit the question's type, options and bounds, or `nil` when it fits.
    func problem(with answer: Answer) -> ValidationError.Reason? {
        switch (question.type, answer) {
        case (.single, .option(let id, let specify)):
            return optionProblem(id) ?? specifyProblem(id, specify)
        case (.multiple, .options(let ids, let specify)), (.ranking, .options(let ids, let specify)):
            return optionsProblem(ids, specify)
        case (.text, .text(let text)):
            if text.allSatisfy(\.isWhitespace) { return .emptyText }
            // The loader refuses a text question without `maxLength`.
            let limit = question.maxLength ?? 0
            return text.count > limit ? .textTooLong(limit) : nil
        case (.number, .number(let number)), (.scale, .scale(let number)):
            return rangeProblem(Double(number))
        case (.decimal, .decimal(let decimal)):
            return decimal.isFinite ? rangeProblem(decimal) : .notFinite
        case (.grid, .grid(let cells)):
            return gridProblem(cells)
        case (.yesno, .yesno):
            return nil
        default:
            return .wrongKind(expected: question.type)
        }
    }

    private func optionProblem(_ id: String) -> ValidationError.Reason? {
        positions[id] == nil ? .unknownOption(id) : nil
    }

    private func specifyProblem(_ id: String, _ specify: String?) -> ValidationError.Reason? {
        guard let specify else { return nil }
        let option = question.options![positions[id]!]
        if option.isSpecify != true { return .unexpectedSpecify(option.label) }
        return specify.count > Self.specifyLength ? .textTooLong(Self.specifyLength) : nil
    }

    private func optionsProblem(_ ids: [String], _ specify: [String: String]) -> ValidationError.Reason? {
        let options = question.options ?? []
        var seen = Set<String>()
        for id in ids {
            if let problem = optionProblem(id) { return problem }
            if !seen.insert(id).inserted { return .repeatedOption(id) }
        }
        let fewest = Swift.max(question.type == .multiple ? question.minChoices ?? 1 : 1, 1)
        let most = question.maxChoices ?? options.count
        // An exclusive option ("None of these") is a whole answer on its own, whatever `at least` asks of the others.
        let isExclusiveAlone = ids.count == 1 && options[positions[ids[0]]!].isExclusive == true
        if ids.count < fewest && !isExclusiveAlone { return .tooFewOptions(fewest) }
        if ids.count > most { return .tooManyOptions(most) }
        if ids.count > 1, let exclusive = ids.first(where: { options[positions[$0]!].isExclusive == true }) {
            return .exclusiveCombined(options[positions[exclusive]!].label)
        }
        for id in specify.keys.sorted() {
            let text = specify[id]!
            guard seen.contains(id) else {
                return positions[id].map { .unexpectedSpecify(options[$0].label) } ?? .unknownOption(id)
            }
            if let problem = specifyProblem(id, text) { return problem }
        }
        return nil
    }

    private func rangeProblem(_ value: Double) -> ValidationError.Reason? {
        if let min = question.min, value < min { return .outOfRange(min: question.min, max: question.max) }
        if let max = question.max, value > max { return .outOfRange(min: question.min, max: question.max) }
        return nil
    }

    private func gridProblem(_ cells: [String: String]) -> ValidationError.Reason? {
        if cells.isEmpty { return .emptyGrid }
        for row in cells.keys.sorted() {
            if !rows.contains(row) { return .unknownRow(row) }
            if let problem = optionProblem(cells[row]!) { return problem }
        }
        return question.isRequired && cells.count < rows.count ? .incompleteGrid : nil
    }
}
