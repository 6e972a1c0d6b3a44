/// One end of a `scale` question, which may carry a label (`low "…"`, `high "…"`).
public enum ScaleEnd: String, CaseIterable, Hashable, Sendable {
    /// The lowest point (`low "…"`).
    case low
    /// The highest point (`high "…"`).
    case high
}
