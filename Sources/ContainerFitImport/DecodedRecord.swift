import ContainerFitModel

/// A record decoded and ready to be merged into an estate: everything `EstateBuilder` needs from a
/// `RawRecord`, computed without touching the builder, so records can be decoded on one core while
/// the builder merges the previous ones on another.
///
/// What the record decoded to are optional parts, stored properties rather than the cases of an
/// enum so the builder can take each out of the batch in place (`take()`): taking a payload out of
/// an enum copied it. The rare outcomes share one boxed part, and an application is kept apart from
/// its row's server: a batch of records is moved several times on its way, and its size is what
/// those moves cost.
struct DecodedRecord: Sendable {
  /// What a record that is neither a server nor an application came to.
  indirect enum Other: Sendable {
    /// A problem the reader reported in the stream of records (and nothing else).
    case readerDiagnostic(Diagnostic)
    /// A record that is no Windows workload, listed but not decoded.
    case outOfScope(OutOfScopeRecord)
    /// A record that could not be identified.
    case rejection(Diagnostic)
  }

  var other: Other?
  /// A server record's server, or the server fields an application row carried (a flat export).
  var server: ServerRecord?
  var application: Application?
  /// The application's fields present but unusable: they become data gaps.
  var badFields: Set<Field> = []
  var kind: RawRecord.Kind
  var location: SourceLocation
  var mergesByAppId: Bool
  /// The canonical fields the record carried, one bit per `Field.slot` (a mask, not a list: a list
  /// was one more allocation per record).
  var fieldsCarried: UInt64 = 0
  /// Warnings about its values, in field order.
  var warnings: [Diagnostic] = []
  /// The application's id hashed for `AppIdIndex`, here on a decoding core rather than by the
  /// builder (0 when the record is no application).
  var appIdHash: UInt32 = 0

  init(_ record: RawRecord) {
    var memo = ServerMemo()
    self.init(record, memo: &memo)
  }

  /// Decodes `record`, taking its server from `memo` when it repeats the one remembered there.
  init(_ record: RawRecord, memo: inout ServerMemo) {
    kind = record.kind
    location = record.location
    mergesByAppId = record.mergesByAppId
    if let reason = record.outOfScopeReason {
      let name =
        record.kind == .application
        ? record.text(of: .name) ?? record.text(of: .appId) ?? "?"
        : record.text(of: .hostname) ?? record.text(of: .serverId) ?? "?"
      other = .outOfScope(OutOfScopeRecord(location: record.location, name: name, reason: reason))
      return
    }
    fieldsCarried = record.fields.reduce(0) { $0 | $1.field.bit }
    var found: [Diagnostic] = []
    RecordDecoder(diagnose: { found.append($0) }).decode(record, memo: &memo, into: &self)
    if let id = application?.id { appIdHash = AppIdIndex.hash(of: id) }
    warnings = found
  }

  /// A reader's diagnostic, travelling with the records so the builder sees it in file order (the
  /// builder reads nothing else of it).
  init(readerDiagnostic: Diagnostic) {
    other = .readerDiagnostic(readerDiagnostic)
    kind = .application
    location = readerDiagnostic.location
    mergesByAppId = false
  }
}
