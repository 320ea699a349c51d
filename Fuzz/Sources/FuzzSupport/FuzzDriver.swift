import CFuzzerDriver

#if canImport(Glibc)
  import Glibc
#endif

/// Starts libFuzzer from a Swift `@main`. SwiftPM renames an executable's entry point and links
/// `main` to it, so libFuzzer's own `main` is never linked (and `-parse-as-library` leaves
/// nothing for `main` to point at): each target calls libFuzzer's driver itself.
public enum FuzzDriver {
  /// The signature libFuzzer calls for every input.
  public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

  /// Runs libFuzzer with the process's arguments and exits with its status.
  public static func run(_ testOneInput: TestOneInput) -> Never {
    exit(containerfit_fuzz_main(CommandLine.argc, CommandLine.unsafeArgv, testOneInput))
  }
}
