/// Whether the text report uses terminal colours.
///
/// The command line decides: colour only when the output is a terminal and `NO_COLOR` is unset.
public enum Colour: Hashable, Sendable {
    /// No escape sequences.
    case plain
    /// ANSI escape sequences for verdicts and word-diff runs.
    case ansi

    var markup: Markup { self == .ansi ? .ansi : .plain }

    func paint(_ text: String, _ code: String) -> String {
        self == .ansi ? "\(code)\(text)\(ANSI.reset)" : text
    }

    func paint(_ verdict: Verdict) -> String {
        switch verdict {
        case .identical, .comparable: paint(verdict.label, ANSI.green)
        case .caution: paint(verdict.label, ANSI.yellow)
        case .notComparable, .dropped: paint(verdict.label, ANSI.red)
        case .new: paint(verdict.label, ANSI.cyan)
        }
    }
}
