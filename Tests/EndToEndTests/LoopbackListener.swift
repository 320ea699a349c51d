import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// A TCP listener on 127.0.0.1 used as the browser's proxy: it records the request line of every
/// connection, so any network request a page makes is seen. Chromium's own background traffic
/// (time sync, component updates, account checks, to fixed Google hosts) is set apart, since no
/// flag turns all of it off.
final class LoopbackListener: @unchecked Sendable {
  let port: UInt16
  private let socketFD: Int32
  private let lock = NSLock()
  private var requests: [String] = []

  /// Hosts Chromium itself contacts whatever the page does.
  static let browserServiceHosts: Set<String> = [
    "clients2.google.com", "update.googleapis.com", "redirector.gvt1.com", "accounts.google.com",
    "edgedl.me.gvt1.com", "optimizationguide-pa.googleapis.com", "content-autofill.googleapis.com",
    "safebrowsingohttpgateway.googleapis.com",
  ]
  private var running = true

  init() throws {
    #if canImport(Glibc)
      let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
      let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw CocoaError(.fileReadUnknown) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_port = 0
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0, listen(fd, 16) == 0 else { throw CocoaError(.fileReadUnknown) }
    _ = withUnsafeMutablePointer(to: &address) {
      $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    port = UInt16(bigEndian: address.sin_port)
    socketFD = fd
    let thread = Thread { [self] in acceptLoop() }
    thread.start()
  }

  /// Request lines of the connections that did not come from the browser's own services.
  var pageRequests: [String] {
    lock.lock()
    defer { lock.unlock() }
    return requests.filter { line in
      let parts = line.split(separator: " ")
      guard parts.count >= 2 else { return true }
      let target = parts[1].replacingOccurrences(of: "http://", with: "").replacingOccurrences(of: "https://", with: "")
      let host = target.split(separator: "/").first.map { String($0.split(separator: ":").first ?? "") } ?? ""
      return !Self.browserServiceHosts.contains(host)
    }
  }

  func stop() {
    lock.lock()
    running = false
    lock.unlock()
    shutdown(socketFD, Int32(SHUT_RDWR))
    close(socketFD)
  }

  private func acceptLoop() {
    while true {
      var pollDescriptor = pollfd(fd: socketFD, events: Int16(POLLIN), revents: 0)
      let ready = poll(&pollDescriptor, 1, 100)
      lock.lock()
      let keepGoing = running
      lock.unlock()
      if !keepGoing { return }
      guard ready > 0 else { continue }
      let client = accept(socketFD, nil, nil)
      guard client >= 0 else { continue }
      var timeout = timeval(tv_sec: 2, tv_usec: 0)
      setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
      var buffer = [UInt8](repeating: 0, count: 512)
      let count = recv(client, &buffer, buffer.count, 0)
      let text = String(decoding: buffer.prefix(max(0, count)), as: UTF8.self)
      let line = text.split(separator: "\r\n", maxSplits: 1).first.map(String.init) ?? ""
      lock.lock()
      requests.append(line)
      lock.unlock()
      close(client)
    }
  }
}
