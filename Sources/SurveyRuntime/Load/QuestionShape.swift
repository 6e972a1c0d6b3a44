import SurveyBundle

extension Question {
    /// The ways this question's own options, statements and bounds contradict each other.
    var shapeProblems: [Inconsistency] {
        var problems: [Inconsistency] = []
        let options = self.options ?? []
        switch type {
        case .single, .multiple, .ranking, .grid:
            if options.isEmpty { problems.append(.missingOptions(question: id, type: type)) }
        default:
            break
        }
        // Most questions have a handful of options: comparing pairs is faster than a `Set` per question,
        // which was a tenth of loading.
        let isSmall = options.count <= 16
        var seenOptions = Set<String>(), seenCodes = Set<Int>()
        for (index, option) in options.enumerated() {
            let isRepeat = isSmall
                ? options[..<index].contains { $0.id == option.id } : !seenOptions.insert(option.id).inserted
            if isRepeat {
                problems.append(.duplicateOption(question: id, option: option.id))
            }
            if let code = option.code {
                let isRepeat = isSmall
                    ? options[..<index].contains { $0.code == code } : !seenCodes.insert(code).inserted
                if isRepeat { problems.append(.duplicateCode(question: id, code: code)) }
            }
        }
        if type == .grid {
            let rows = self.rows ?? []
            if rows.isEmpty { problems.append(.missingRows(question: id)) }
            var seenRows = Set<String>()
            for (index, row) in rows.enumerated() {
                let isRepeat = rows.count <= 16
                    ? rows[..<index].contains { $0.id == row.id } : !seenRows.insert(row.id).inserted
                if isRepeat { problems.append(.duplicateRow(question: id, row: row.id)) }
            }
        }
        problems += rangeProblems + choiceCountProblems(optionCount: options.count)
        if type == .text, let maxLength, maxLength < 1 {
            problems.append(.invalidMaxLength(question: id, maxLength: maxLength))
        }
        return problems
    }

    private var rangeProblems: [Inconsistency] {
        if let min, let max, min > max { return [.invertedRange(question: id, min: min, max: max)] }
        guard type == .scale else { return [] }
        guard let min, let max else { return [.missingScaleRange(question: id)] }
        guard min.rounded() == min, max.rounded() == max, min.isFinite, max.isFinite else {
            return [.fractionalScaleRange(question: id)]
        }
        let points = max - min + 1
        return points > 101 ? [.oversizedScale(question: id, points: points > 1e9 ? 1_000_000_000 : Int(points))] : []
    }

    private func choiceCountProblems(optionCount: Int) -> [Inconsistency] {
        guard type == .multiple || type == .ranking, optionCount > 0 else { return [] }
        if let minChoices, let maxChoices, minChoices > maxChoices {
            return [.invertedChoiceCounts(question: id, min: minChoices, max: maxChoices)]
        }
        if let minChoices, minChoices < 0 || minChoices > optionCount {
            return [.impossibleChoiceCount(question: id, count: minChoices, options: optionCount)]
        }
        if let maxChoices, maxChoices < 1 || maxChoices > optionCount {
            return [.impossibleChoiceCount(question: id, count: maxChoices, options: optionCount)]
        }
        return []
    }
}
