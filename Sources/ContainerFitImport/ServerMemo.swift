import ContainerFitModel

/// The server fields of the previous application row and the server they decoded to, cleanly.
///
/// A flat export repeats the server on every application row, nearly always identically: a row
/// whose server fields equal the previous row's takes that row's decoded server (with its own
/// locations) instead of parsing a dozen numbers and names again. Only a decode without warnings is
/// remembered, so a row with a bad server value still reports it. Each batch of records decoded
/// together shares one memo.
struct ServerMemo {
  private var fields: [RawField] = []
  private var decimalComma = false
  private var server: Server?

  /// The remembered server when `serverFields` carry the same fields and values, read the same way,
  /// as the remembered row's: the decode is a function of those alone.
  func server(for serverFields: [RawField], decimalComma: Bool) -> Server? {
    guard let server, serverFields.count == fields.count, decimalComma == self.decimalComma else { return nil }
    for (new, old) in zip(serverFields, fields) where new.field != old.field || new.value != old.value {
      return nil
    }
    return server
  }

  mutating func remember(_ server: Server, from serverFields: [RawField], decimalComma: Bool) {
    self.server = server
    fields = serverFields
    self.decimalComma = decimalComma
  }

  mutating func forget() {
    server = nil
    fields = []
  }
}
