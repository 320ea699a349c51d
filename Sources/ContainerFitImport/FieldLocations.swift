import ContainerFitModel

/// Where each field of a record was read. A server has a dozen fields and every flat application
/// row carries them, so this is a short list searched in order rather than a dictionary: hashing
/// `Field` (its `String` raw value) for every field of every row was a visible part of decoding.
struct FieldLocations: Sendable, ExpressibleByDictionaryLiteral {
  private var entries: [(field: Field, location: SourceLocation)] = []

  init(dictionaryLiteral elements: (Field, SourceLocation)...) {
    for (field, location) in elements { self[field] = location }
  }

  init(capacity: Int) {
    entries.reserveCapacity(capacity)
  }

  /// Where each of `fields` was first read, in one pass (the subscript's search per field was a
  /// visible share of decoding a million flat rows).
  init(firstOf fields: [RawField]) {
    entries.reserveCapacity(fields.count)
    var seen: UInt64 = 0
    for field in fields {
      guard seen & field.field.bit == 0 else { continue }
      seen |= field.field.bit
      entries.append((field.field, field.location))
    }
  }

  /// The place of `field`; setting replaces an earlier place of the same field.
  subscript(field: Field) -> SourceLocation? {
    get { entries.first { $0.field == field }?.location }
    set {
      let index = entries.firstIndex { $0.field == field }
      switch (index, newValue) {
      case (let index?, let location?): entries[index].location = location
      case (let index?, nil): entries.remove(at: index)
      case (nil, let location?): entries.append((field, location))
      case (nil, nil): break
      }
    }
  }
}
