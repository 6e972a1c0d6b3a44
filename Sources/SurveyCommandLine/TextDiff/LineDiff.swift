/// One line of a line-by-line comparison.
enum LineChange: Equatable {
    case same(String)
    case removed(String)
    case added(String)
}

/// The shortest edit turning `old` into `new`, line by line (Myers' O(ND) algorithm).
func lineChanges(_ old: [String], _ new: [String]) -> [LineChange] {
    let n = old.count
    let m = new.count
    let maximum = n + m
    guard maximum > 0 else { return [] }
    var furthest = Array(repeating: 0, count: 2 * maximum + 2)
    var trace: [[Int]] = []
    search: for depth in 0...maximum {
        trace.append(furthest)
        for diagonal in stride(from: -depth, through: depth, by: 2) {
            let k = diagonal + maximum
            var x = diagonal == -depth || (diagonal != depth && furthest[k - 1] < furthest[k + 1]) ? furthest[k + 1] : furthest[k - 1] + 1
            var y = x - diagonal
            while x < n && y < m && old[x] == new[y] {
                x += 1
                y += 1
            }
            furthest[k] = x
            if x >= n && y >= m { break search }
        }
    }
    var changes: [LineChange] = []
    var x = n
    var y = m
    for depth in stride(from: trace.count - 1, through: 0, by: -1) {
        let previous = trace[depth]
        let diagonal = x - y
        let previousDiagonal =
            diagonal == -depth || (diagonal != depth && previous[diagonal - 1 + maximum] < previous[diagonal + 1 + maximum])
            ? diagonal + 1 : diagonal - 1
        let previousX = previous[previousDiagonal + maximum]
        let previousY = previousX - previousDiagonal
        while x > previousX && y > previousY {
            changes.append(.same(old[x - 1]))
            x -= 1
            y -= 1
        }
        if depth > 0 {
            changes.append(x == previousX ? .added(new[previousY]) : .removed(old[previousX]))
        }
        x = previousX
        y = previousY
    }
    return changes.reversed()
}
