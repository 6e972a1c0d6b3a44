import SurveyBundle

/// The questions asked at another point of the section that holds them in both versions, by new index.
///
/// Within each section, the matched questions that stay in it are taken in old order; those off a longest
/// run that kept its order are the ones that moved, so swapping two neighbours reports one question, not
/// the section. Questions that changed section are `moved` instead; new and dropped ones have no order.
func reorderedQuestions(old: Catalog, new: Catalog, matching: Matching) -> [Int: Change] {
    var newRanges: [String: Range<Int>] = [:]
    for section in new.sections { _ = storedValue(&newRanges[section.id, default: section.questions]) }
    var reordered: [Int: Change] = [:]
    for section in old.sections {
        guard let newRange = newRanges[section.id] else { continue }
        // Most sections keep their order, and are only looked through; the others are given an array.
        guard !keptInOrder(section.questions, within: newRange, matching) else { continue }
        let newIndices = section.questions.compactMap { matching.newForOld[$0] }.filter { newRange.contains($0) }
        for place in displacedPlaces(newIndices) {
            reordered[newIndices[place.index]] = .reordered(section: section.id, oldPlace: place.old, newPlace: place.new)
        }
    }
    return reordered
}

/// The sections both versions have that sit at another place among them, by identifier, found as for
/// questions: those off a longest run of sections that kept their order.
func reorderedSections(_ old: [Section], _ new: [Section]) -> [String: SectionChange] {
    var newPositions: [String: Int] = [:]
    for (index, section) in new.enumerated() { _ = storedValue(&newPositions[section.id, default: index]) }
    var seen: Set<String> = []
    // The new position of each kept section, once, in old order.
    let kept = old.compactMap { section in seen.insert(section.id).inserted ? newPositions[section.id] : nil }
    var reordered: [String: SectionChange] = [:]
    for place in displacedPlaces(kept) {
        reordered[new[kept[place.index]].id] = .reordered(oldPlace: place.old, newPlace: place.new)
    }
    return reordered
}

/// Given elements by their new positions, in old order: those off a longest increasing subsequence, each
/// with its index in `newPositions` and its places, from 1, among these elements in old and in new order.
///
/// Places count only the elements of both versions, so a question dropped or added before another does not
/// make it look moved further than it did.
private func displacedPlaces(_ newPositions: [Int]) -> [(index: Int, old: Int, new: Int)] {
    var ranks = [Int](repeating: 0, count: newPositions.count)
    for (rank, index) in newPositions.indices.sorted(by: { newPositions[$0] < newPositions[$1] }).enumerated() {
        ranks[index] = rank
    }
    return displaced(ranks).map { (index: $0, old: $0 + 1, new: ranks[$0] + 1) }
}

/// Whether the old questions `questions` that stay within the new questions `newRange` are in the same
/// order there.
private func keptInOrder(_ questions: Range<Int>, within newRange: Range<Int>, _ matching: Matching) -> Bool {
    var previous = Int.min
    for oldIndex in questions {
        guard let newIndex = matching.newForOld[oldIndex], newRange.contains(newIndex) else { continue }
        if newIndex < previous { return false }
        previous = newIndex
    }
    return true
}

/// The positions in `values`, distinct numbers from 0, that are off a longest increasing subsequence, ascending.
///
/// Of several longest subsequences, the one kept holds the most elements whose value is their position (a
/// question at the same place in both versions), so one that did not move is never the one reported: of `a
/// b c` reversed, `b` stays and `a` and `c` moved. Among those, the choice depends only on `values`.
/// O(n log n): a Fenwick tree over the values holds the best subsequence ending at or below each value.
func displaced(_ values: [Int]) -> [Int] {
    typealias Run = (length: Int, fixed: Int, end: Int)
    func isBetter(_ a: Run, than b: Run) -> Bool { a.length > b.length || (a.length == b.length && a.fixed > b.fixed) }
    let size = (values.max() ?? -1) + 1
    var tree = [Run](repeating: (0, 0, -1), count: size + 1)
    var previous = [Int](repeating: -1, count: values.count)
    var best: Run = (0, 0, -1)
    for (index, value) in values.enumerated() {
        // The best run ending below `value`: tree positions 1...value cover the values 0..<value.
        var before: Run = (0, 0, -1)
        var position = value
        while position > 0 {
            if isBetter(tree[position], than: before) { before = tree[position] }
            position -= position & -position
        }
        let run: Run = (before.length + 1, before.fixed + (value == index ? 1 : 0), index)
        previous[index] = before.end
        if isBetter(run, than: best) { best = run }
        position = value + 1
        while position <= size {
            if isBetter(run, than: tree[position]) { tree[position] = run }
            position += position & -position
        }
    }
    var kept = Set<Int>()
    var index = best.end
    while index >= 0 {
        kept.insert(index)
        index = previous[index]
    }
    return values.indices.filter { !kept.contains($0) }
}
