import ContainerFitModel

/// A record decoded and ready to be merged into an estate: everything `EstateBuilder` needs from a
/// `RawRecord`, computed without touching the builder, so records can be decoded on one core while
/// the builder merges the previous ones on another.
struct DecodedRecord: Sendable {
  /// What the record came to.
  enum Outcome: Sendable {
    /// A server record.
    case server(ServerRecord)
    /// An application, with the server fields its row carried (a flat export) and its fields that
    /// were present but unusable (they become data gaps).
    case application(Application, server: ServerRecord?, badFields: Set<Field>)
    /// A record that is no Windows workload, listed but not decoded.
    case outOfScope(OutOfScopeRecord)
    /// The virtual infrastructure: a hypervisor host or cluster.
    case hypervisorHost(HypervisorHost)
    case hypervisorCluster(HypervisorCluster)
    /// A record that could not be identified.
    case rejection(Diagnostic)
    /// A problem the reader reported in the stream of records (and nothing else).
    case readerDiagnostic(Diagnostic)
  }

  var outcome: Outcome
  var kind: RawRecord.Kind
  var location: SourceLocation
  var mergesByAppId: Bool
  /// The canonical fields the record carried (`Field.bit` set for each).
  var fieldsCarried: UInt64 = 0
  /// Warnings about its values, in field order.
  var warnings: [Diagnostic] = []
  /// The application's id hashed for `AppIdIndex`, on the decoding core rather than by the builder
  /// (0 when the record is no application).
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
      outcome = .outOfScope(OutOfScopeRecord(location: record.location, name: name, reason: reason))
      return
    }
    fieldsCarried = record.fields.reduce(0) { $0 | $1.field.bit }
    var found: [Diagnostic] = []
    outcome = RecordDecoder(diagnose: { found.append($0) }).decode(record, memo: &memo)
    if case .application(let app, _, _) = outcome { appIdHash = AppIdIndex.hash(of: app.id) }
    warnings = found
  }

  /// The outcome, moved out of the record (an empty reader diagnostic left in its place), so that
  /// switching over it moves each payload on: a switch over `record.outcome`, or over the result of
  /// a consuming method returning it, bound copies, every string of an application and its server
  /// retained on the merging thread and released again with the record.
  mutating func takeOutcome() -> Outcome {
    var taken = Outcome.readerDiagnostic(Diagnostic(.warning, at: location, ""))
    swap(&taken, &outcome)
    return taken
  }

  /// A reader's diagnostic, travelling with the records so the builder sees it in file order (the
  /// builder reads nothing else of it).
  init(readerDiagnostic: Diagnostic) {
    outcome = .readerDiagnostic(readerDiagnostic)
    kind = .application
    location = readerDiagnostic.location
    mergesByAppId = false
  }
}
