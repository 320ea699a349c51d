import ContainerFitImport
import ContainerFitModel
import XCTest

/// The `dependencies` field: names split on `;`, `|` or `,`, matched as the schema spells them or
/// loosely (case, spaces, `_`), words for none skipped, unknown names warned about.
final class DependencyListTests: XCTestCase {
  func testNamesAreSplitMatchedAndWarnedAbout() throws {
    let folder = try HostileInputFolder()
    try folder.write(
      "apps.csv",
      """
      app_id,server_id,name,dependencies
      A1,S1,Exact,gac;msmq|windows-auth
      A2,S1,Loose," MSMQ , Windows Auth ;;32-bit"
      A3,S1,Nones,none|N/A; - ;None
      A4,S1,Unknown,gac;fönts
      A5,S1,OnlyUnknown,fönts
      A6,S1,Empty,

      """)
    let estate = try folder.load("apps.csv")
    XCTAssertEqual(
      estate.applications.map(\.dependencies),
      [[.gac, .msmq, .windowsAuth], [.msmq, .windowsAuth, .bits32], [], [.gac], nil, nil])
    XCTAssertEqual(
      estate.messages.filter { $0.contains("dependency") }.map { $0.components(separatedBy: " (known:")[0] },
      [
        "apps.csv:5:15: warning: unknown dependency 'fönts' ignored",
        "apps.csv:6:19: warning: unknown dependency 'fönts' ignored",
      ])
  }
}
