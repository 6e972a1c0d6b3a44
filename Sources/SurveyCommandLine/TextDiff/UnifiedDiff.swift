import SurveyLanguage

/// The changes from `old` to `new` as a unified diff with three lines of context, or "" when they are equal.
///
/// Lines are compared and written with their own endings, as `diff` does, so a change of line ending (CR LF
/// to LF) or of the newline at the end shows, and `patch` can apply the result; a last line without a
/// newline is followed by `\ No newline at end of file`.
func unifiedDiff(old: String, new: String, oldName: String, newName: String) -> String {
    let changes = lineChanges(lines(of: old), lines(of: new))
    let context = 3
    let changed = changes.indices.filter { if case .same = changes[$0] { false } else { true } }
    guard !changed.isEmpty else { return "" }
    // Group changes whose context overlaps into hunks.
    var hunks: [ClosedRange<Int>] = []
    for index in changed {
        let range = max(0, index - context)...min(changes.count - 1, index + context)
        if let last = hunks.last, range.lowerBound <= last.upperBound + 1 {
            hunks[hunks.count - 1] = last.lowerBound...range.upperBound
        } else {
            hunks.append(range)
        }
    }
    var out = "--- \(oldName)\n+++ \(newName)\n"
    // Line numbers where each change begins, one-based.
    var oldLine = 1
    var newLine = 1
    var starts: [(old: Int, new: Int)] = []
    for change in changes {
        starts.append((oldLine, newLine))
        switch change {
        case .same: oldLine += 1; newLine += 1
        case .removed: oldLine += 1
        case .added: newLine += 1
        }
    }
    for hunk in hunks {
        let slice = changes[hunk]
        let oldCount = slice.filter { if case .added = $0 { false } else { true } }.count
        let newCount = slice.filter { if case .removed = $0 { false } else { true } }.count
        let oldStart = oldCount == 0 ? starts[hunk.lowerBound].old - 1 : starts[hunk.lowerBound].old
        let newStart = newCount == 0 ? starts[hunk.lowerBound].new - 1 : starts[hunk.lowerBound].new
        out += "@@ -\(oldStart),\(oldCount) +\(newStart),\(newCount) @@\n"
        for change in slice {
            let (mark, line) = switch change {
            case .same(let line): (" ", line)
            case .removed(let line): ("-", line)
            case .added(let line): ("+", line)
            }
            out += mark + line
            // By byte: a CR LF is one `Character`, which neither `"\n"` nor `"\r"` is.
            if line.utf8.last != UInt8(ascii: "\n") && line.utf8.last != UInt8(ascii: "\r") { out += "\n\\ No newline at end of file\n" }
        }
    }
    return out
}

/// The lines of a text, each with its line ending (LF, CR LF or a CR alone, as the compiler reads them; the
/// last may have none).
private func lines(of text: String) -> [String] {
    let file = SourceFile(path: "", text: text)
    let ends = file.lineStarts.dropFirst() + [file.bytes.count]
    return zip(file.lineStarts, ends).filter { $0 < $1 }.map { String(decoding: file.bytes[$0..<$1], as: UTF8.self) }
}
