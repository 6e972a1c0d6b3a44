/// SplitMix64 (Steele, Lea and Flood, 2014): a tiny, fast, seedable generator, so a seed names one survey.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A whole number in `0..<bound`; the stdlib's `Int.random(in:using:)` is not stable across releases.
    mutating func below(_ bound: Int) -> Int {
        Int(next() % UInt64(bound))
    }

    /// A whole number in a closed range.
    mutating func within(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.count)
    }

    /// True with the given probability in percent.
    mutating func percent(_ chance: Int) -> Bool { below(100) < chance }

    /// One element of a non-empty array.
    mutating func pick<T>(_ elements: [T]) -> T { elements[below(elements.count)] }

    /// `count` distinct elements of an array, in the array's order.
    mutating func sample<T>(_ elements: [T], _ count: Int) -> [T] {
        var chosen = Set<Int>()
        while chosen.count < min(count, elements.count) { chosen.insert(below(elements.count)) }
        return chosen.sorted().map { elements[$0] }
    }
}
