import ContainerFitModel

/// The server fields of the last application row whose server decoded without a warning, and the
/// server they decoded to.
///
/// A flat export repeats the server on every application row, nearly always identically: a row
/// whose server fields equal the remembered ones takes that server (with its own places) instead of
/// parsing a dozen numbers and names again. The decode is a function of the fields' values alone,
/// so which rows came in between does not matter; a decode with a warning is not remembered, so a
/// row with a bad server value still reports it. Each batch of records decoded together shares one
/// memo.
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
}
