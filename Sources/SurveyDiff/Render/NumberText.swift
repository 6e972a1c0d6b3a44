/// Numbers as the reports print them, identically on every platform.
enum NumberText {
    /// A whole number without a decimal point, otherwise Swift's shortest round-tripping form.
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A fraction rounded to two decimals, such as `0.83`.
    static func fraction(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let digits = String(hundredths % 100)
        return "\(hundredths / 100).\(digits.count == 1 ? "0" + digits : digits)"
    }
}
