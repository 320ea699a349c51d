import ContainerFitImport
import ContainerFitModel
import XCTest

/// A flat export repeats cells row after row: each row decodes as if read alone, warnings and places
/// included.
final class CSVFlatRowsTests: XCTestCase {
  func testRepeatedCellsDecodeAsIfReadAlone() throws {
    let folder = try HostileInputFolder()
    try folder.write(
      "flat.csv",
      """
      app_id,server_id,name,hostname,cores,site
      A1,S1,Payroll,web01.corp.example.com,8,LON
      A2,S1,Payroll,web01.corp.example.com,8,LON
      A3,S1," Payroll ","web01.corp.example.com",8,
      A4,S1,"Pay""roll",web01.corp.example.com,lots,LON
      A5,S1,"Pay""roll",web01.corp.example.com,lots,LON
      A6,S2,Billing,WEB02,16,PAR

      """)
    let estate = try folder.load("flat.csv")
    XCTAssertEqual(
      estate.applications.map(\.name), ["Payroll", "Payroll", "Payroll", "Pay\"roll", "Pay\"roll", "Billing"])
    XCTAssertEqual(estate.servers.map(\.id), ["S1", "S2"])
    XCTAssertEqual(estate.servers.map(\.hostname), ["web01.corp.example.com", "WEB02"])
    XCTAssertEqual(estate.servers.map(\.cores), [8, 16])
    // The repeated bad value warns on each row that carries it, at that row's place.
    XCTAssertEqual(
      estate.messages.filter { $0.contains("cores") },
      [
        "flat.csv:5:42: warning: cores 'lots' is not a whole number; treated as missing",
        "flat.csv:6:42: warning: cores 'lots' is not a whole number; treated as missing",
      ])
  }

  func testARepeatedCellWithANULWarnsOnEachRow() throws {
    let folder = try HostileInputFolder()
    let cell = Array("Pay".utf8) + [0] + Array("roll".utf8)
    try folder.write(
      "nul.csv",
      Array("app_id,server_id,name\n".utf8) + Array("A1,S1,".utf8) + cell + Array("\nA2,S1,".utf8) + cell
        + Array("\n".utf8))
    let estate = try folder.load("nul.csv")
    XCTAssertEqual(estate.applications.map(\.name), ["Payroll", "Payroll"])
    XCTAssertEqual(
      estate.messages,
      [
        "nul.csv:2:7: warning: NUL byte in the value (a binary or damaged file?); it is removed",
        "nul.csv:3:7: warning: NUL byte in the value (a binary or damaged file?); it is removed",
      ])
  }
}
