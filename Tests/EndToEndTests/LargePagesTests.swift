import XCTest

@testable import containerfit

final class LargePagesTests: XCTestCase {
  private let madvise = "always [madvise] never\n"

  func testCommandsThatReadAnEstateStartAgainWithTheTunable() {
    for command in ["assess", "whatif", "validate"] {
      XCTAssertEqual(
        LargePages.restartTunables(arguments: ["containerfit", command, "x.csv"], current: nil, kernelMode: madvise),
        "glibc.malloc.hugetlb=1", command)
    }
  }

  func testTheUsersTunablesAreKeptAndTheirChoiceRespected() {
    let arguments = ["containerfit", "assess", "x.csv"]
    XCTAssertEqual(
      LargePages.restartTunables(arguments: arguments, current: "glibc.malloc.arena_max=2", kernelMode: madvise),
      "glibc.malloc.arena_max=2:glibc.malloc.hugetlb=1")
    XCTAssertEqual(
      LargePages.restartTunables(arguments: arguments, current: "", kernelMode: madvise), "glibc.malloc.hugetlb=1")
    // Already set, to anything (the restarted process sees it too): no second start.
    XCTAssertNil(
      LargePages.restartTunables(arguments: arguments, current: "glibc.malloc.hugetlb=0", kernelMode: madvise))
    XCTAssertNil(
      LargePages.restartTunables(arguments: arguments, current: "glibc.malloc.hugetlb=1", kernelMode: madvise))
  }

  func testOtherCommandsAndKernelModesRunAsTheyAre() {
    XCTAssertNil(LargePages.restartTunables(arguments: ["containerfit", "runs"], current: nil, kernelMode: madvise))
    XCTAssertNil(LargePages.restartTunables(arguments: ["containerfit"], current: nil, kernelMode: madvise))
    XCTAssertNil(LargePages.restartTunables(arguments: ["containerfit", "--help"], current: nil, kernelMode: madvise))
    let arguments = ["containerfit", "assess", "x.csv"]
    XCTAssertNil(LargePages.restartTunables(arguments: arguments, current: nil, kernelMode: "[always] madvise never"))
    XCTAssertNil(LargePages.restartTunables(arguments: arguments, current: nil, kernelMode: "always madvise [never]"))
    XCTAssertNil(LargePages.restartTunables(arguments: arguments, current: nil, kernelMode: nil))
  }

  /// Started again or not, a run gives the same result: the user's opt-out runs without starting
  /// again, and its output is the same as the default run's.
  func testARunIsTheSameWithOrWithoutHugePages() throws {
    let estate = SampleEstate.folder
    let started = try CommandRunner.run(["validate", estate])
    let kept = try CommandRunner.run(["validate", estate], environment: ["GLIBC_TUNABLES": "glibc.malloc.hugetlb=0"])
    XCTAssertEqual(started.status, kept.status)
    XCTAssertEqual(started.stdout, kept.stdout)
    XCTAssertFalse(started.stdout.isEmpty)
  }
}
