/// One line of a body whose cells are aligned with the same cells of the other lines.
struct ColumnRow {
    /// The cells, each a list of atoms; an empty cell keeps its column when a later cell is filled.
    var cells: [[Atom]]
    /// Whether the row takes part in the alignment (not when a comment splits one of its texts).
    var isAligned = true
}

/// Pads each cell to the widest cell of its column, counting only rows that have something after that column.
///
/// This is the rule of Go's tabwriter: a column is as wide as it needs to be for the rows it separates.
func alignedAtoms(_ rows: [ColumnRow]) -> [[Atom]] {
    let columnCount = rows.map(\.cells.count).max() ?? 0
    func lastFilled(_ row: ColumnRow) -> Int { row.cells.lastIndex { !$0.isEmpty } ?? -1 }
    func width(_ cell: [Atom]) -> Int { Segment(atoms: cell).width }
    var widths = Array(repeating: 0, count: columnCount)
    for row in rows where row.isAligned {
        for column in 0..<max(0, lastFilled(row)) { widths[column] = max(widths[column], width(row.cells[column])) }
    }
    return rows.map { row in
        let last = lastFilled(row)
        var atoms: [Atom] = []
        for column in 0...max(0, last) where column < row.cells.count {
            var cell = row.cells[column]
            let pad = row.isAligned && column < last ? widths[column] : 0
            if cell.isEmpty {
                if pad > 0 {
                    let anchor = atoms.last?.end ?? 0
                    atoms.append(Atom(content: .word(""), start: anchor, end: anchor, paddedWidth: pad))
                }
                continue
            }
            if pad > 0 {
                let extra = pad - width(cell)
                cell[cell.count - 1].paddedWidth = cell[cell.count - 1].width + extra
            }
            if column > 0 { cell[0].hasSpaceBefore = true }
            atoms += cell
        }
        return atoms
    }
}
