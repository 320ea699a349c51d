import ContainerFitModel

/// A record decoded and ready to be merged into an estate: everything `EstateBuilder` needs from a
/// `RawRecord`, computed without touching the builder, so records can be decoded on one core while
/// the builder merges the previous ones on another.
struct DecodedRecord: Sendable {
  enum Content: Sendable {
    /// A record that is no Windows workload, listed but not decoded.
    case outOfScope(OutOfScopeRecord)
    case decoded(RecordDecoder.Outcome)
  }

  var content: Content
  var kind: RawRecord.Kind
  var location: SourceLocation
  var mergesByAppId: Bool
  /// The canonical fields the record carried, one bit per `Field.slot` (a mask, not a list: a list
  /// was one more allocation per record).
  var fieldsCarried: UInt64
  /// Warnings about its values, in field order.
  var warnings: [Diagnostic]

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
      content = .outOfScope(OutOfScopeRecord(location: record.location, name: name, reason: reason))
      fieldsCarried = 0
      warnings = []
      return
    }
    fieldsCarried = record.fields.reduce(0) { $0 | 1 << UInt64($1.field.slot) }
    var found: [Diagnostic] = []
    content = .decoded(RecordDecoder(diagnose: { found.append($0) }).decode(record, memo: &memo))
    warnings = found
  }
}
