/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, seedable generator, so a seed names one
/// generated survey, mutation or walk, on every run and platform. For tests and benchmarks only.
public struct SplitMix64: RandomNumberGenerator, Sendable {
    public private(set) var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound`; the standard library's `Int.random(in:using:)` is not stable across releases.
    public mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A whole number in a closed range.
    public mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with the given probability in percent.
    public mutating func percent(_ chance: Int) -> Bool { below(100) < chance }

    /// True with the given probability.
    public mutating func chance(_ probability: Double) -> Bool { Double(next() >> 11) / Double(1 << 53) < probability }

    /// One element of a non-empty array.
    public mutating func pick<T>(_ elements: [T]) -> T { elements[below(elements.count)] }

    /// `count` distinct elements of an array, in the array's order.
    public mutating func sample<T>(_ elements: [T], _ count: Int) -> [T] {
        var chosen = Set<Int>()
        while chosen.count < min(count, elements.count) { chosen.insert(below(elements.count)) }
        return chosen.sorted().map { elements[$0] }
    }
}
