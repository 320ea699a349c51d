import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// Asks glibc's allocator for transparent huge pages before a run that reads a large estate.
///
/// A run at a million applications touches about 3 GB of fresh memory; in 4 KiB pages that is some
/// 790,000 page faults, about a second of kernel time spread over the run. Where the kernel gives
/// huge pages only to memory that asks for them (`madvise`, the default of Debian and Ubuntu),
/// glibc asks for them when its tunable `glibc.malloc.hugetlb=1` is set, and tunables are read
/// only as a process starts: so the command starts itself again, once, with the tunable added.
/// Peak memory is unchanged (docs/performance.md, "Huge pages").
///
/// A user who sets `glibc.malloc.hugetlb` in `GLIBC_TUNABLES` (to 0, say) keeps their choice; on
/// other systems, or if starting again fails, the run simply goes on as it is.
enum LargePages {
  /// The commands that read inventories and hold a whole estate in memory.
  static let commands: Set<String> = ["assess", "whatif", "validate"]

  static let tunable = "glibc.malloc.hugetlb"

  /// Starts the process again with the tunable set, when `arguments` name a command that reads an
  /// estate and nothing has set it yet; returns (having changed nothing) otherwise.
  static func restartIfUseful(arguments: [String] = CommandLine.arguments) {
    #if canImport(Glibc)
      let current = getenv("GLIBC_TUNABLES").map { String(cString: $0) }
      guard
        let tunables = restartTunables(
          arguments: arguments, current: current,
          kernelMode: try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8))
      else { return }
      setenv("GLIBC_TUNABLES", tunables, 1)
      execv("/proc/self/exe", CommandLine.unsafeArgv)
      // Not started again (no /proc, say): run as before, leaving the environment as it was.
      if let current { setenv("GLIBC_TUNABLES", current, 1) } else { unsetenv("GLIBC_TUNABLES") }
    #endif
  }

  /// The `GLIBC_TUNABLES` to start again with (the user's, with the tunable added), or `nil` when
  /// starting again would not help: another command, the tunable already set either way, or a
  /// kernel not in `madvise` mode (under `always` it gives huge pages without being asked; under
  /// `never`, asking does nothing). `kernelMode` is the text of the kernel's
  /// `transparent_hugepage/enabled`, the mode chosen in brackets, read only for those commands.
  static func restartTunables(
    arguments: [String], current: String?, kernelMode: @autoclosure () -> String?
  ) -> String? {
    guard arguments.count > 1, commands.contains(arguments[1]) else { return nil }
    guard let mode = kernelMode(), mode.contains("[madvise]") else { return nil }
    guard let current, !current.isEmpty else { return "\(tunable)=1" }
    return current.contains(tunable) ? nil : "\(current):\(tunable)=1"
  }
}
