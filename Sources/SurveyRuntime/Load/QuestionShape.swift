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
        var seenOptions = Set<String>(), seenCodes = Set<Int>()
        for option in options {
            if !seenOptions.insert(option.id).inserted {
                problems.append(.duplicateOption(question: id, option: option.id))
            }
            if let code = option.code, !seenCodes.insert(code).inserted {
                problems.append(.duplicateCode(question: id, code: code))
            }
        }
        if type == .grid {
            let rows = self.rows ?? []
            if rows.isEmpty { problems.append(.missingRows(question: id)) }
            var seenRows = Set<String>()
            for row in rows where !seenRows.insert(row.id).inserted {
                problems.append(.duplicateRow(question: id, row: row.id))
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
