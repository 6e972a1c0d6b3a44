/// The inclusive bounds of a numeric answer, either of which may be absent.
public struct Bounds: Hashable, Sendable {
    /// The lowest accepted answer.
    public var min: Double?
    /// The highest accepted answer.
    public var max: Double?

    /// Creates bounds.
    public init(min: Double?, max: Double?) {
        self.min = min
        self.max = max
    }

    /// The bounds as written in the source, such as `0...10`, or `none`.
    public var text: String {
        switch (min, max) {
        case (nil, nil): "none"
        case (let low?, nil): "\(NumberText.format(low))..."
        case (nil, let high?): "...\(NumberText.format(high))"
        case (let low?, let high?): "\(NumberText.format(low))...\(NumberText.format(high))"
        }
    }
}
