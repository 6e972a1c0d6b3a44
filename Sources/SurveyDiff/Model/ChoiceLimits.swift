/// How many options a `multiple` (or ranked options of a `ranking`) answer may hold.
public struct ChoiceLimits: Hashable, Sendable {
    /// Fewest options (`at least N`).
    public var min: Int?
    /// Most options (`up to N`, `top N`).
    public var max: Int?

    /// Creates limits.
    public init(min: Int?, max: Int?) {
        self.min = min
        self.max = max
    }

    /// The limits as words, such as `at least 1, up to 3`, or `no limits`.
    public var text: String {
        let parts = [min.map { "at least \($0)" }, max.map { "up to \($0)" }].compactMap { $0 }
        return parts.isEmpty ? "no limits" : parts.joined(separator: ", ")
    }
}
