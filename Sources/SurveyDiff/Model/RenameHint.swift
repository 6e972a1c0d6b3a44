/// An unmatched old question and an unmatched new question with very similar wording.
///
/// A hint is never a match: the pair stays `dropped` and `new` until the new version
/// declares `continues old_id`.
public struct RenameHint: Hashable, Sendable {
    /// The dropped question.
    public var oldID: String
    /// The new question.
    public var newID: String
    /// Jaccard similarity of the two texts' content words, from 0 to 1.
    public var similarity: Double

    /// Creates a hint.
    public init(oldID: String, newID: String, similarity: Double) {
        self.oldID = oldID
        self.newID = newID
        self.similarity = similarity
    }
}
