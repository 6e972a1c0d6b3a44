/// What makes `survey diff --fail-on …` fail: the threshold a continuous-integration check enforces.
public enum Gate: String, CaseIterable, Hashable, Sendable {
    /// Fail when any question or grid statement is not comparable or was dropped.
    case breaking
    /// Fail on any difference at all, including metadata, roles and sections.
    case anyChange = "any"
}
