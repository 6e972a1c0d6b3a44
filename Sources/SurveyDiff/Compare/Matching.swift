/// Pairs old and new elements by the links the new version declares, then by identifier.
///
/// Links are followed first, in new order, so `single intentions … continues future_plans`
/// takes the old `future_plans` even when the new version also has a `future_plans`. An old
/// element is matched at most once; a second link to it is not followed.
struct Matching {
    /// For each new element, the old one it continues or shares an identifier with.
    var oldForNew: [Int?]
    /// For each old element, the new one matched to it.
    var newForOld: [Int?]
    /// For each new element, a link it declares that was not followed and that matters: its target is
    /// held by another element, or the element found no partner at all.
    var unfollowed: [Int: UnfollowedLink]

    /// Matches elements given their identifiers and the new elements' `continues` links.
    init(old: [String], new: [String], links: [String?]) {
        var oldPositions: [String: Int] = [:]
        oldPositions.reserveCapacity(old.count)
        for (index, id) in old.enumerated() where oldPositions[id] == nil { oldPositions[id] = index }
        oldForNew = Array(repeating: nil, count: new.count)
        newForOld = Array(repeating: nil, count: old.count)
        unfollowed = [:]
        for (index, link) in links.enumerated() {
            guard let link else { continue }
            guard let target = oldPositions[link] else {
                unfollowed[index] = UnfollowedLink(target: link, claimedBy: nil)
                continue
            }
            if let holder = newForOld[target] {
                unfollowed[index] = UnfollowedLink(target: link, claimedBy: new[holder])
                continue
            }
            oldForNew[index] = target
            newForOld[target] = index
        }
        for (index, id) in new.enumerated() where oldForNew[index] == nil {
            if let target = oldPositions[id], newForOld[target] == nil {
                oldForNew[index] = target
                newForOld[target] = index
            }
        }
        // A link to an identifier the old version lacks may name an older wave; it only matters
        // when the element found no partner by identifier either.
        unfollowed = unfollowed.filter { index, link in link.claimedBy != nil || oldForNew[index] == nil }
    }
}
