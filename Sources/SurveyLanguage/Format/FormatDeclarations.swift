extension FilePrinter {
    /// header = "survey" IDENT STRING "{" { headerField } "}" ;  fields stay in the order written.
    mutating func printHeader(_ tokens: Range<Int>) {
        let open = source.first(.leftBrace, from: tokens.lowerBound)
        let close = source.partners[open] ?? tokens.upperBound - 1
        let fields = (open + 1..<close).filter { source.tokens[$0].kind == .identifier }
        let opening = Segment(atoms: source.atoms(tokens.lowerBound..<open, wraps: true))
        printBody(open: open, indent: 0, elements: fields, opening: [opening]) { printer, _, range in
            printer.writer.begin(indent: formatIndent)
            printer.writer.place([Segment(atoms: printer.source.atoms(range, wraps: true))])
        }
    }

    /// roles = "roles" "{" { role } "}" ;  identifiers, labels and rules in columns.
    mutating func printRoles(_ decl: RolesDecl, tokens: Range<Int>) {
        let open = source.first(.leftBrace, from: tokens.lowerBound)
        let starts = decl.roles.map { source.index(atOrAfter: $0.id.range.start) }
        let close = source.partners[open] ?? tokens.upperBound - 1
        let rows = starts.enumerated().map { position, start in
            let end = position + 1 < starts.count ? starts[position + 1] : close
            var label = start + 1
            while label + 1 < end && source.tokens[label + 1].kind == .string { label += 1 }
            let labelAtoms = source.text(start + 1...label, wraps: false)
            return ColumnRow(
                cells: [[source.word(start)], labelAtoms, source.atoms(label + 1..<end)], isAligned: labelAtoms.count == 1)
        }
        printRows(rows, open: open, starts: starts, indent: 0, opening: [Segment(atoms: source.atoms(tokens.lowerBound..<open))])
    }

    /// choices = "choices" IDENT [ "ordered" ] "{" { option } "}" ;
    mutating func printChoices(_ decl: ChoicesDecl, tokens: Range<Int>) {
        let open = source.first(.leftBrace, from: tokens.lowerBound)
        printOptions(decl.options, open: open, indent: 0, opening: [Segment(atoms: source.atoms(tokens.lowerBound..<open))])
    }

    /// section = "section" IDENT text [ "when" condition ] "{" { item } "}" ;
    mutating func printSection(_ decl: SectionDecl, tokens: Range<Int>) {
        let open = source.first(.leftBrace, from: tokens.lowerBound)
        printItems(decl.items, open: open, indent: 0, opening: headSegments(tokens.lowerBound..<open))
    }

    /// The opening of a section, block or note: the words and text, then a `when` clause that never starts a line.
    func headSegments(_ range: Range<Int>) -> [Segment] {
        let when = range.first { source.isWord($0, "when") && $0 > range.lowerBound && source.tokens[$0 - 1].kind == .string }
        guard let when else { return [Segment(atoms: source.atoms(range, wraps: true))] }
        return [
            Segment(atoms: source.atoms(range.lowerBound..<when, wraps: true)),
            Segment(atoms: source.atoms(when..<range.upperBound), staysOnLine: true),
        ]
    }

    /// Writes a body of aligned rows.
    mutating func printRows(_ rows: [ColumnRow], open: Int, starts: [Int], indent: Int, opening: [Segment]) {
        let lines = alignedAtoms(rows)
        printBody(open: open, indent: indent, elements: starts, opening: opening) { printer, position, _ in
            printer.writer.begin(indent: indent + formatIndent)
            printer.writer.place([Segment(atoms: lines[position])])
        }
    }
}
