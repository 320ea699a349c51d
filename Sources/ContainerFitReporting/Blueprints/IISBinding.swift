import Foundation

/// One IIS site binding as `appcmd` lists it: `protocol/address:port:host` (`http/*:80:`,
/// `https/*:443:shop.example.com`, `net.tcp/808:*`).
struct IISBinding: Hashable, Sendable {
  var scheme: String
  var port: Int?
  var hostHeader: String?

  /// The bindings of an application's `bindings` attribute (comma-separated), in order.
  static func parse(_ text: String?) -> [IISBinding] {
    guard let text else { return [] }
    return text.split(separator: ",").compactMap { entry in
      let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
      guard parts.count == 2 else { return nil }
      let scheme = parts[0].trimmingCharacters(in: .whitespaces).lowercased()
      // HTTP(S): address:port:host; net.tcp and the other WAS protocols: port:host.
      let fields = parts[1].split(separator: ":", omittingEmptySubsequences: false).map(String.init)
      let isHTTP = scheme == "http" || scheme == "https"
      let port = isHTTP ? (fields.count > 1 ? Int(fields[1]) : nil) : Int(fields.first ?? "")
      let host = isHTTP && fields.count > 2 && !fields[2].isEmpty ? fields[2] : nil
      return IISBinding(scheme: scheme, port: port, hostHeader: host)
    }
  }

  var isHTTP: Bool { scheme == "http" || scheme == "https" }
}
