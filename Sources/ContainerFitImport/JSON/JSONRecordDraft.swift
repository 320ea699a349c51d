import ContainerFitModel

/// A record being read from one JSON object, with what duplicate-key warnings need to name the
/// first place of an attribute (`RawRecord` keeps no places for attributes).
struct JSONRecordDraft {
  var record: RawRecord
  /// The place of each attribute's key, in the order of `record.attributes`.
  var attributeLocations: [SourceLocation] = []

  init(kind: RawRecord.Kind, location: SourceLocation) {
    record = RawRecord(kind: kind, location: location)
  }
}
