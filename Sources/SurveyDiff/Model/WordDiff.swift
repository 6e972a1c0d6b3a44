/// A word-level difference between two texts, as runs of kept, removed and added words.
public struct WordDiff: Hashable, Sendable {
    /// A run of consecutive words with the same fate.
    public enum Segment: Hashable, Sendable {
        /// Words in both texts.
        case same(String)
        /// Words only in the old text.
        case removed(String)
        /// Words only in the new text.
        case added(String)
    }

    /// The runs in reading order; a removed run comes before the added run that replaces it.
    public var segments: [Segment]

    /// Creates a diff from its runs.
    public init(segments: [Segment]) {
        self.segments = segments
    }

    /// The diff in `git diff --word-diff` form: `Do you feel [-valued-]{+appreciated+} at work?`.
    public var text: String { rendered(.plain) }

    func rendered(_ markup: Markup) -> String {
        var result = ""
        var previous: Segment?
        for segment in segments {
            // A replacement reads as one unit, `[-old-]{+new+}`, so no space between its halves.
            if let previous {
                if case .removed = previous, case .added = segment {} else { result += " " }
            }
            switch segment {
            case .same(let words): result += markup.text(words)
            case .removed(let words): result += markup.removed(words)
            case .added(let words): result += markup.added(words)
            }
            previous = segment
        }
        return result
    }
}
