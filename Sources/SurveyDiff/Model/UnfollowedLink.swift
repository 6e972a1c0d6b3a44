/// A `continues` link in the new version that the diff could not follow.
public struct UnfollowedLink: Hashable, Sendable {
    /// The identifier the link names.
    public var target: String
    /// The new question that already continues `target`, or `nil` when the old version has no `target`.
    public var claimedBy: String?

    /// Creates an unfollowed link.
    public init(target: String, claimedBy: String?) {
        self.target = target
        self.claimedBy = claimedBy
    }
}
