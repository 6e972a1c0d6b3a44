extension Double {
    /// The number without a trailing `.0` when it is whole, as a respondent would write it.
    var shortText: String {
        if isFinite, rounded() == self, abs(self) < 1e15 { return String(Int(self)) }
        return String(self)
    }
}
