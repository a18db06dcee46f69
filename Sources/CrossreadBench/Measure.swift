#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Wall-clock time and peak memory, straight from the kernel.
enum Measure {
    static func now() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_MONOTONIC, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    /// Seconds `body` takes, repeated until at least `minimum` seconds have passed; the mean per run.
    static func seconds(minimum: Double = 1, _ body: () -> Void) -> (perRun: Double, runs: Int) {
        let start = now()
        var runs = 0
        repeat {
            body()
            runs += 1
        } while now() - start < minimum
        return ((now() - start) / Double(runs), runs)
    }

    /// The process's peak resident memory so far, in bytes.
    static func peakMemory() -> Int {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Int(usage.ru_maxrss) * 1024
    }
}
