import Foundation

/// Why a report file could not be written; the run cannot go on without its outputs.
public enum ReportOutputError: Error, Equatable, Sendable {
  /// A file name that would leave the output folder (contains `/`, is `..`, or is empty).
  case unsafeFileName(String)
  /// The output folder does not exist and could not be created.
  case cannotCreateFolder(path: String, reason: String)
  /// A file (or its temporary twin) could not be created, written or synced.
  case cannotWrite(path: String, reason: String)
  /// The finished temporary file could not be renamed over the target.
  case cannotReplace(path: String, reason: String)
  /// A worksheet would hold more rows than a spreadsheet can open.
  case tooManyRows(count: Int, limit: Int)
  /// A PDF was asked for and no headless Chromium is installed to print it.
  case needsChromium
}

extension ReportOutputError: LocalizedError {
  public var errorDescription: String? {
    switch self {
    case .unsafeFileName(let name):
      return "The report file name '\(name)' is not a plain file name; use a name without '/' or '..'."
    case .cannotCreateFolder(let path, let reason):
      return "Cannot create the output folder \(path): \(reason). Check the path and its permissions."
    case .cannotWrite(let path, let reason):
      return "Cannot write \(path): \(reason). Check free disk space and permissions of the folder."
    case .cannotReplace(let path, let reason):
      return "Cannot move the new \(path) into place: \(reason). The previous file, if any, is unchanged."
    case .tooManyRows(let count, let limit):
      return
        "The worksheet would have \(count) rows but spreadsheets open at most \(limit); "
        + "use the CSV output for this estate."
    case .needsChromium:
      return
        "The PDF is printed by headless Chromium, which is not installed: install it (Debian and Ubuntu: "
        + "apt-get install chromium; elsewhere Google Chrome) or leave pdf out of --formats."
    }
  }
}

extension ReportOutputError {
  /// The text of the current `errno`, for error payloads.
  static func systemReason(_ code: Int32 = errno) -> String {
    String(cString: strerror(code))
  }
}
