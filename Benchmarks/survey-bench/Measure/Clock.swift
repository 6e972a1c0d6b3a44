#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Monotonic nanoseconds; cheap enough (a vDSO call) to time one runtime step.
@inline(__always)
func nanoseconds() -> UInt64 {
    var time = timespec()
    clock_gettime(CLOCK_MONOTONIC, &time)
    return UInt64(time.tv_sec) * 1_000_000_000 + UInt64(time.tv_nsec)
}

/// Keeps a result alive so the optimiser cannot drop the work that made it.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Runs `body` once untimed, then at least `runs` times, and more while the total is under `budget` seconds (at most 50 runs).
///
/// The clock stops when `body` has returned its result; freeing the result is timed on its own. `survey compile`
/// and `survey check` leave what they built to the exit (`Context.leaveToExit`), so they pay only the first;
/// an editor or server that runs a stage again and again pays both.
func timings<Result>(runs: Int, budget: Double, _ body: () throws -> Result) rethrows -> (seconds: [Double], freeing: [Double]) {
    consume(try body())
    var seconds: [Double] = []
    var freeing: [Double] = []
    var total = 0.0
    while seconds.count < runs || (total < budget && seconds.count < 50) {
        let run = try timeRun(body)
        seconds.append(run.seconds)
        freeing.append(run.freeing)
        total += run.seconds + run.freeing
    }
    return (seconds, freeing)
}

/// Runs `body` once: the seconds until its result is ready, then the seconds to free the result.
func timeRun<Result>(_ body: () throws -> Result) rethrows -> (seconds: Double, freeing: Double) {
    let start = nanoseconds()
    // The result is held by an object whose property is emptied between two readings of the clock: the
    // optimiser may end a local value's life as early as its last use, but not move a store to memory.
    let holder = Holder(try body())
    let ready = nanoseconds()
    holder.value = nil
    let freed = nanoseconds()
    consume(holder)
    return (Double(ready - start) / 1e9, Double(freed - ready) / 1e9)
}

final class Holder<Value> {
    var value: Value?

    init(_ value: consuming Value) { self.value = value }
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return .nan }
    let sorted = values.sorted()
    let middle = sorted.count / 2
    return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/// A line of /proc/self/status in kibibytes, such as `VmHWM` (peak resident set) or `VmRSS`.
func processStatus(_ field: String) -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return 0 }
    for line in status.split(separator: "\n") where line.hasPrefix(field + ":") {
        return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "0") ?? 0
    }
    return 0
}
