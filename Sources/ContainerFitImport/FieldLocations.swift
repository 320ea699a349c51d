import ContainerFitModel

/// Where each field of a record was read, for conflict messages when a server is described twice.
///
/// Every flat application row carries a dozen server fields, and the places are only read when a
/// row's server differs from the one already known (rare): so the record's own fields are kept as
/// they are (the array the decoder already made, shared rather than copied) and searched on demand,
/// with places set later (a merge filling a field) laid over them.
struct FieldLocations: Sendable, ExpressibleByDictionaryLiteral {
  /// The record's fields; the first of each field gives its place.
  private var fields: [RawField] = []
  /// Places set after the record was read, searched first; a `nil` place hides the field.
  private var overrides: [(field: Field, location: SourceLocation?)] = []

  init(dictionaryLiteral elements: (Field, SourceLocation)...) {
    for (field, location) in elements { self[field] = location }
  }

  /// The places of `fields`, each field at its first occurrence.
  init(firstOf fields: [RawField]) {
    self.fields = fields
  }

  /// The place of `field`; setting replaces an earlier place of the same field.
  subscript(field: Field) -> SourceLocation? {
    get {
      if let override = overrides.last(where: { $0.field == field }) { return override.location }
      return fields.first { $0.field == field }?.location
    }
    set {
      if let index = overrides.firstIndex(where: { $0.field == field }) {
        overrides[index].location = newValue
      } else {
        overrides.append((field, newValue))
      }
    }
  }
}
