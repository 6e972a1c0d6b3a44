/// The thresholds of the word similarity the diff uses; the defaults are documented in `docs/diff.md`.
public struct DiffOptions: Hashable, Sendable {
    /// The least similarity for an unmatched old and new question to be reported as a possible rename.
    public var renameThreshold: Double
    /// The similarity below which a relabelled option, statement or scale label counts as a meaning change.
    public var meaningThreshold: Double
    /// The most rename hints kept for one question.
    public var maximumHints: Int

    /// Creates options; the defaults are 0.6, 0.5 and 3.
    public init(renameThreshold: Double = 0.6, meaningThreshold: Double = 0.5, maximumHints: Int = 3) {
        self.renameThreshold = renameThreshold
        self.meaningThreshold = meaningThreshold
        self.maximumHints = maximumHints
    }
}
