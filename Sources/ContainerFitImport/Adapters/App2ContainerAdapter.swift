import ContainerFitModel
import Foundation

/// Reads AWS App2Container's `inventory.json` (the applications found on one server, keyed by
/// application id) and `analysis.json` (one application in depth). Each gives application records
/// keyed by the App2Container application id; an analysis completes the inventory entry of the same
/// id (`RawRecord.mergesByAppId`), in whichever order the files are read.
///
/// Neither file names its server: it is the per-host folder the file sits in (`HOST/inventory.json`,
/// `HOST/<app id>/analysis.json`), as App2Container's remote mode lays them out.
public struct App2ContainerAdapter: InventoryReader {
  /// The format name reported per input.
  public static let formatName = "app2container"

  /// Top-level keys only an `analysis.json` has.
  static let analysisKeys: Set<String> = ["a2CTemplateVersion", "createdTime", "containerParameters", "analysisInfo"]

  public init() {}

  public func read(_ input: InputFile, emit: (RawRecord) throws -> Void, diagnose: (Diagnostic) -> Void) throws {
    var tokenizer = try JSONTokenizer.open(path: input.url, file: input.path)
    let first = try tokenizer.next()
    guard first == .objectStart else {
      throw ImportError.notAnInventory(path: input.path, reason: "an App2Container file is a JSON object.")
    }
    let document = try JSONValue.read(startingWith: first, from: &tokenizer)
    if document.members.contains(where: { Self.analysisKeys.contains($0.key) }) {
      try emit(analysis(document, input))
      return
    }
    let host = Self.host(of: input, appId: nil)
    for (appId, entry) in document.members {
      guard case .object = entry, let type = entry["applicationType"]?.text else {
        diagnose(
          Diagnostic(
            .rejection, at: entry.location, field: Field.appId.rawValue,
            "'\(appId)' is not an App2Container application (no applicationType); it is not read"))
        continue
      }
      var record = RawRecord(kind: .application, location: entry.location)
      record.mergesByAppId = true
      record.set(.appId, text: appId, at: entry.location)
      record.set(.serverId, text: host, at: entry.location)
      record.set(.name, text: entry["siteName"]?.text ?? entry["serviceName"]?.text ?? appId, at: entry.location)
      Self.setKind(type, on: &record, at: entry["applicationType"]?.location ?? entry.location)
      var dependencies: [String] = []
      if let bindings = entry["bindings"]?.text {
        record.keep("bindings", bindings)
        if Self.hasNonHTTPBinding(bindings) { dependencies.append(Dependency.nonHTTPBinding.rawValue) }
      }
      if !dependencies.isEmpty { record.set(.dependencies, .list(dependencies), at: entry.location) }
      let webApps = entry["discoveredWebApps"]?.items.compactMap(\.text) ?? []
      if !webApps.isEmpty { record.keep("discoveredWebApps", webApps.joined(separator: ";")) }
      record.keep("serviceName", entry["serviceName"]?.text)
      try emit(record)
    }
  }

  /// The application an `analysis.json` describes.
  private func analysis(_ document: JSONValue, _ input: InputFile) -> RawRecord {
    let info = document["analysisInfo"] ?? .null(document.location)
    let parameters = document["containerParameters"] ?? .null(document.location)
    let appId =
      info["appId"]?.text
      ?? URL(fileURLWithPath: input.url).standardizedFileURL.deletingLastPathComponent()
      .lastPathComponent
    var record = RawRecord(kind: .application, location: info.location)
    record.mergesByAppId = true
    record.set(.appId, text: appId, at: info["appId"]?.location ?? info.location)
    record.set(.serverId, text: Self.host(of: input, appId: appId), at: info.location)
    let name = info["appName"]?.text ?? info["siteName"]?.text ?? info["serviceName"]?.text
    record.set(.name, text: name, at: info["appName"]?.location ?? info.location)
    if let type = info["appType"]?.text {
      Self.setKind(type, on: &record, at: info["appType"]?.location ?? info.location)
    }
    let features = info["features"]?.items.compactMap(\.text) ?? []
    var dependencies: [String] = []
    // Newer versions write siteUsesWindowsAuth, older ones isSiteUsingWindowsAuth; either may be a string.
    let windowsAuth = (info["siteUsesWindowsAuth"] ?? info["isSiteUsingWindowsAuth"])?.bool
    if windowsAuth == true || features.contains(where: { $0.lowercased() == "web-windows-auth" }) {
      dependencies.append(Dependency.windowsAuth.rawValue)
    }
    let bindings = info["siteBindings"]?.items.compactMap(\.text).joined(separator: ",") ?? info["bindings"]?.text
    if let bindings, Self.hasNonHTTPBinding(bindings) { dependencies.append(Dependency.nonHTTPBinding.rawValue) }
    if !dependencies.isEmpty { record.set(.dependencies, .list(dependencies), at: info.location) }
    let image = parameters["containerBaseImage"]?.text
    if let runtime = Self.runtime(baseImage: image, features: features) {
      record.set(.runtime, .text(runtime), at: parameters["containerBaseImage"]?.location ?? info.location)
    }
    record.keep("containerBaseImage", image)
    if let image, let build = Self.containerBuild(baseImage: image) { record.keep("containerOSBuild", String(build)) }
    record.keep("features", features.isEmpty ? nil : features.joined(separator: ";"))
    record.keep("sitePhysicalPath", info["sitePhysicalPath"]?.text)
    record.keep("serviceBinary", info["serviceBinary"]?.text)
    record.keep("serviceName", info["serviceName"]?.text)
    let webApps = info["discoveredWebApps"]?.items.compactMap(\.text) ?? []
    record.keep("discoveredWebApps", webApps.isEmpty ? nil : webApps.joined(separator: ";"))
    return record
  }

  private static func setKind(_ type: String, on record: inout RawRecord, at location: SourceLocation) {
    switch type.lowercased() {
    case "iis": record.set(.kind, .text(ApplicationKind.iisSite.rawValue), at: location)
    case "service": record.set(.kind, .text(ApplicationKind.windowsService.rawValue), at: location)
    default: record.keep("applicationType", type)
    }
  }

  /// Whether a binding list (`http/*:80:,net.tcp/808:*`) has a protocol other than HTTP(S).
  static func hasNonHTTPBinding(_ bindings: String) -> Bool {
    bindings.split(separator: ",").contains { binding in
      let scheme = binding.split(separator: "/").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
      return scheme.map { !$0.isEmpty && $0 != "http" && $0 != "https" } ?? false
    }
  }

  /// The runtime a base image or the IIS features imply (`dotnet/framework/aspnet:4.8-...` → 4.8).
  static func runtime(baseImage: String?, features: [String]) -> String? {
    if let image = baseImage?.lowercased(), image.contains("dotnet/framework") {
      let tag = image.split(separator: ":").last.map(String.init) ?? ""
      let version = tag.split(separator: "-").first.map(String.init) ?? ""
      if version.first?.isNumber == true { return "dotnet-framework-\(version)" }
      return "dotnet-framework"
    }
    let lowered = Set(features.map { $0.lowercased() })
    if lowered.contains("web-asp-net45") { return "dotnet-framework-4" }
    if lowered.contains("web-asp-net") { return "dotnet-framework-3.5" }
    if lowered.contains("web-asp") { return "classic-asp" }
    return nil
  }

  /// The Windows build of a base image's `ltsc2019` / `ltsc2022` tag.
  static func containerBuild(baseImage: String) -> Int? {
    let image = baseImage.lowercased()
    if image.contains("ltsc2025") { return 26100 }
    if image.contains("ltsc2022") { return 20348 }
    if image.contains("ltsc2019") || image.contains("1809") { return 17763 }
    if image.contains("ltsc2016") { return 14393 }
    return nil
  }

  /// The host of a file: its folder, or the folder above when the file sits in its application's folder.
  static func host(of input: InputFile, appId: String?) -> String {
    let folder = URL(fileURLWithPath: input.url).standardizedFileURL.deletingLastPathComponent()
    if let appId, folder.lastPathComponent == appId {
      return folder.deletingLastPathComponent().lastPathComponent
    }
    return folder.lastPathComponent
  }
}
