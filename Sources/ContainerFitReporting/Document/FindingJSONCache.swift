import ContainerFitAssessment
import ContainerFitModel

/// The JSON of each distinct finding of a chunk of applications, encoded once and copied for every
/// application that has it again.
///
/// Most findings repeat across applications: the same id, evidence text, points and effort. Encoding
/// one means escaping its texts and formatting its numbers, and handing its strings to the encoder
/// copies them, which retains the shared remediation and evidence strings from both writer cores at
/// once. A finding is recognised here by the bits of the fields its JSON shows (id, evidence,
/// remediation, points, effort), read in place without making a copy. Equal bits are the same
/// value: a string's bits are its storage and length (or its text, when short). A string's storage
/// is not freed while the applications that hold it are, and a cache lives for one chunk of them,
/// so no other string can take over those bits in the meantime. Unequal bits may still be the same
/// value; such a finding is encoded again, which only costs the time.
struct FindingJSONCache: ~Copyable {
  private struct Key: Hashable {
    var id: (UInt64, UInt64)
    var evidence: (UInt64, UInt64)
    var remediation: (UInt64, UInt64)
    var points: UInt64
    var effortDays: UInt64

    static func == (lhs: Key, rhs: Key) -> Bool {
      lhs.id == rhs.id && lhs.evidence == rhs.evidence && lhs.remediation == rhs.remediation
        && lhs.points == rhs.points && lhs.effortDays == rhs.effortDays
    }

    /// The eight words folded into one (`FoldedHash`): a chunk holds a few hundred distinct findings.
    func hash(into hasher: inout Hasher) {
      var folded = FoldedHash()
      for word in [id.0, id.1, evidence.0, evidence.1, remediation.0, remediation.1, points, effortDays] {
        folded.fold(word)
      }
      hasher.combine(folded.value)
    }
  }

  /// Where each field sits in a `Finding`, or `nil` where a string is not two words (the cache then
  /// stays unused and every finding is encoded).
  private static let offsets: (id: Int, evidence: Int, remediation: Int, points: Int, effortDays: Int)? = {
    guard MemoryLayout<String>.size == 16, let id = MemoryLayout<Finding>.offset(of: \.id),
      let evidence = MemoryLayout<Finding>.offset(of: \.evidence),
      let remediation = MemoryLayout<Finding>.offset(of: \.remediation),
      let points = MemoryLayout<Finding>.offset(of: \.points),
      let effortDays = MemoryLayout<Finding>.offset(of: \.effortDays)
    else { return nil }
    return (id, evidence, remediation, points, effortDays)
  }()

  private let remediations: [String: String]
  private var ranges: [Key: Range<Int>] = [:]
  private var encoded = ByteBuffer(capacity: 16 * 1_024)

  /// A cache for one chunk; `remediations` is the run's catalogue (a finding whose remediation is
  /// the catalogue's writes `null`).
  init(remediations: [String: String]) {
    self.remediations = remediations
    ranges.reserveCapacity(256)
  }

  /// Writes each of `findings` as a JSON object, as `AssessmentDocument.writeFinding` does.
  mutating func write(_ findings: UnsafeBufferPointer<Finding>, to json: inout JSONBytes) {
    guard let offsets = Self.offsets, let base = findings.baseAddress else {
      for index in findings.indices {
        AssessmentDocument.writeFinding(findings[index], remediations: remediations, to: &json)
      }
      return
    }
    for index in findings.indices {
      let raw = UnsafeRawPointer(base + index)
      let key = Key(
        id: Self.words(raw, offsets.id), evidence: Self.words(raw, offsets.evidence),
        remediation: Self.words(raw, offsets.remediation),
        points: raw.load(fromByteOffset: offsets.points, as: UInt64.self),
        effortDays: raw.load(fromByteOffset: offsets.effortDays, as: UInt64.self))
      if let range = ranges[key] {
        encoded.withUnsafeBytes { json.encoded(UnsafeBufferPointer(rebasing: $0[range])) }
        continue
      }
      var finding = JSONBytes(reservingCapacity: 256)
      AssessmentDocument.writeFinding(findings[index], remediations: remediations, to: &finding)
      let start = encoded.count
      finding.bytes.withUnsafeBytes {
        encoded.append($0)
        json.encoded($0)
      }
      ranges[key] = start..<encoded.count
    }
  }

  private static func words(_ raw: UnsafeRawPointer, _ offset: Int) -> (UInt64, UInt64) {
    (raw.load(fromByteOffset: offset, as: UInt64.self), raw.load(fromByteOffset: offset + 8, as: UInt64.self))
  }
}
