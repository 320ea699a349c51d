import ContainerFitModel

/// One record as a reader saw it, before decoding: field names already resolved to canonical
/// fields, values still as text (or lists), each with its place in the file.
public struct RawRecord: Sendable {
  /// What the record describes.
  public enum Kind: Sendable, Hashable {
    case server
    /// An application, possibly carrying its server's fields (a flat row).
    case application
    /// A hypervisor host (RVTools vHost); its values are attributes, named as `HypervisorHost`'s.
    case hypervisorHost
    /// A hypervisor cluster (RVTools vCluster).
    case hypervisorCluster
  }

  public var kind: Kind
  /// Where the record starts.
  public var location: SourceLocation
  public var fields: [RawField]
  /// Fields the schema does not know, kept as free-form attributes (name as written → value).
  public var attributes: [(name: String, value: String)]
  /// True when decimals may use `,` (a `;`-delimited CSV written in a European locale).
  public var decimalComma: Bool = false
  /// Set by an adapter for a record that is no Windows workload (a VM template, a powered-off VM, a
  /// Linux guest): it is counted and listed as out of scope, not decoded or assessed.
  public var outOfScopeReason: String?
  /// Set by adapters whose sources describe one application in several files (App2Container's
  /// inventory and analysis): a second such record with the same `app_id` completes the first
  /// instead of being rejected as a duplicate.
  public var mergesByAppId = false

  public init(kind: Kind, location: SourceLocation, fields: [RawField] = [], attributes: [(String, String)] = []) {
    self.kind = kind
    self.location = location
    self.fields = fields
    self.attributes = attributes.map { (name: $0.0, value: $0.1) }
  }

  /// Adds a field value; an empty value is not recorded (it is a gap, not a value).
  public mutating func set(_ field: Field, _ value: RawValue, at location: SourceLocation? = nil) {
    if case .text(let text) = value, text.isEmpty { return }
    fields.append(RawField(field: field, value: value, location: location ?? self.location))
  }

  /// The first value given for a field.
  public func value(of field: Field) -> RawValue? { fields.first { $0.field == field }?.value }

  /// The first text value given for a field.
  public func text(of field: Field) -> String? {
    guard let value = value(of: field) else { return nil }
    switch value {
    case .text(let text): return text
    case .number(let number): return number.formattedForText
    case .bool(let flag): return flag ? "true" : "false"
    case .list(let items): return items.joined(separator: ";")
    }
  }
}

/// A field value with its place.
public struct RawField: Sendable {
  public var field: Field
  public var value: RawValue
  public var location: SourceLocation

  public init(field: Field, value: RawValue, location: SourceLocation) {
    self.field = field
    self.value = value
    self.location = location
  }
}

/// A value as found in the input: text (CSV, XML), or typed (JSON).
public enum RawValue: Sendable, Hashable {
  case text(String)
  case number(Double)
  case bool(Bool)
  case list([String])
}

extension Double {
  /// `8` for 8.0, `1.5` for 1.5: how a JSON number reads back as text.
  var formattedForText: String {
    if self == rounded(), abs(self) < 1e15 { return String(Int64(self)) }
    return String(self)
  }
}
