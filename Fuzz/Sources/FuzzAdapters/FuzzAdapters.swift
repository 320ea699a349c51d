import ContainerFitImport
import Foundation
import FuzzSupport
import ZIPFoundation

/// Fuzzes the real-world adapters directly, one per process: `FUZZ_ADAPTER` names it by its format
/// name (`rvtools-xlsx`, `clixml`, ...), so one build serves all of them and each keeps its own
/// corpus. Every input is written with the extension the export has and joined into an estate.
///
/// `rvtools-xlsx-parts` reaches past the zip layer: a mutated deflate stream or stored part fails
/// its CRC, so few raw `.xlsx` inputs get as far as the workbook. There the input is the workbook's
/// four XML parts separated by NUL bytes, zipped into a valid workbook before the adapter reads it.
@main
enum FuzzAdapters {
  /// The adapters by format name, with the extension their files have.
  static let adapters: [String: (reader: any InventoryReader, extension: String)] = [
    RVToolsCSVAdapter.formatName: (RVToolsCSVAdapter(), "csv"),
    RVToolsXLSXAdapter.formatName: (RVToolsXLSXAdapter(), "xlsx"),
    xlsxParts: (RVToolsXLSXAdapter(), "xlsx"),
    AzureMigrateAdapter.formatName: (AzureMigrateAdapter(), "csv"),
    AWSDiscoveryAdapter.formatName: (AWSDiscoveryAdapter(), "csv"),
    AWSMigrationEvaluatorAdapter.formatName: (AWSMigrationEvaluatorAdapter(), "csv"),
    App2ContainerAdapter.formatName: (App2ContainerAdapter(), "json"),
    CLIXMLAdapter.formatName: (CLIXMLAdapter(), "clixml"),
    IISAppcmdAdapter.formatName: (IISAppcmdAdapter(), "xml"),
  ]

  static let xlsxParts = "rvtools-xlsx-parts"

  /// The parts of a `rvtools-xlsx-parts` input, in order (a part missing from the input is left out).
  static let partPaths = [
    "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "xl/sharedStrings.xml", "xl/worksheets/sheet1.xml",
  ]

  static func main() {
    let name = ProcessInfo.processInfo.environment["FUZZ_ADAPTER"] ?? ""
    guard let adapter = adapters[name] else {
      let known = adapters.keys.sorted().joined(separator: " ")
      FileHandle.standardError.write(Data("FuzzAdapters: set FUZZ_ADAPTER to one of: \(known)\n".utf8))
      exit(64)
    }
    selected = adapter
    zipsParts = name == xlsxParts
    FuzzDriver.run(fuzzAdapter)
  }

  /// The adapter of this process, set once before libFuzzer starts.
  nonisolated(unsafe) static var selected: (reader: any InventoryReader, extension: String)?
  nonisolated(unsafe) static var zipsParts = false

  /// A workbook whose stored (uncompressed) parts are the NUL-separated pieces of `bytes`.
  static func workbook(_ bytes: UnsafeBufferPointer<UInt8>) -> [UInt8] {
    let pieces = bytes.split(separator: 0, omittingEmptySubsequences: false)
    do {
      let archive = try Archive(accessMode: .create)
      for (path, piece) in zip(partPaths, pieces) {
        let data = Data(piece)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count)) { position, size in
          data.subdata(in: Int(position)..<Int(position) + size)
        }
      }
      return [UInt8](archive.data ?? Data())
    } catch {
      fatalError("cannot build the workbook: \(error)")
    }
  }
}

@_cdecl("LLVMFuzzerTestOneInput")
func fuzzAdapter(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  guard let adapter = FuzzAdapters.selected else { return 0 }
  guard FuzzAdapters.zipsParts, let data else {
    FuzzInput.run(adapter.reader, data, size, extension: adapter.extension)
    return 0
  }
  let workbook = FuzzAdapters.workbook(UnsafeBufferPointer(start: data, count: size))
  workbook.withUnsafeBufferPointer {
    FuzzInput.run(adapter.reader, $0.baseAddress, $0.count, extension: adapter.extension)
  }
  return 0
}
