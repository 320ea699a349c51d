import Foundation

/// What reporters need to know about the run besides its results: its id, when it happened and which
/// tool produced it. Reporters take time only from here, so `SOURCE_DATE_EPOCH` makes output reproducible.
public struct RenderContext: Sendable, Hashable {
  /// The run identifier shown in reports and used by the run history.
  public var runId: String
  /// When the run happened.
  public var createdAt: Date
  /// The version of the tool that produced the report.
  public var toolVersion: String

  /// Creates a context from explicit values (tests, re-rendering a recorded run).
  public init(runId: String, createdAt: Date, toolVersion: String) {
    self.runId = runId
    self.createdAt = createdAt
    self.toolVersion = toolVersion
  }

  /// The context of a run starting now.
  ///
  /// When `SOURCE_DATE_EPOCH` holds a non-negative whole number of seconds (reproducible-builds.org),
  /// `createdAt` is that instant and the run id is derived from it alone (`run-yyyyMMdd-HHmmss`, UTC),
  /// so two runs give the same bytes. Otherwise `createdAt` is now and the run id carries six random
  /// hex digits after the timestamp so runs started in the same second stay distinct. A malformed value
  /// is ignored, as if unset.
  public static func current(
    toolVersion: String,
    environment: [String: String] = ProcessInfo.processInfo.environment
  ) -> RenderContext {
    if let raw = environment["SOURCE_DATE_EPOCH"]?.trimmingCharacters(in: .whitespaces),
      let seconds = Int64(raw), seconds >= 0
    {
      let date = Date(timeIntervalSince1970: TimeInterval(seconds))
      return RenderContext(runId: "run-" + compactTimestamp(date), createdAt: date, toolVersion: toolVersion)
    }
    let now = Date()
    let suffix = String(UInt32.random(in: 0...0xFF_FFFF), radix: 16)
    let padded = String(repeating: "0", count: 6 - suffix.count) + suffix
    return RenderContext(runId: "run-\(compactTimestamp(now))-\(padded)", createdAt: now, toolVersion: toolVersion)
  }

  /// `createdAt` as ISO 8601 in UTC without fractional seconds, e.g. `2024-05-01T12:00:00Z`.
  public var createdAtISO8601: String { Self.iso8601(createdAt) }

  /// Formats a date as ISO 8601 in UTC without fractional seconds, independent of locale and time zone.
  public static func iso8601(_ date: Date) -> String {
    let parts = utcParts(date)
    return "\(pad(parts.year, 4))-\(pad(parts.month))-\(pad(parts.day))T"
      + "\(pad(parts.hour)):\(pad(parts.minute)):\(pad(parts.second))Z"
  }

  /// `yyyyMMdd-HHmmss` in UTC, the timestamp part of run ids.
  static func compactTimestamp(_ date: Date) -> String {
    let parts = utcParts(date)
    return "\(pad(parts.year, 4))\(pad(parts.month))\(pad(parts.day))-"
      + "\(pad(parts.hour))\(pad(parts.minute))\(pad(parts.second))"
  }

  private static func utcParts(_ date: Date) -> (
    year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int
  ) {
    // gmtime_r rather than a DateFormatter: no locale, no calendar settings, thread-safe.
    var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
    var parts = tm()
    gmtime_r(&seconds, &parts)
    return (
      Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday),
      Int(parts.tm_hour), Int(parts.tm_min), Int(parts.tm_sec)
    )
  }

  private static func pad(_ value: Int, _ width: Int = 2) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
  }
}
