import Foundation

/// `assessment.json`: the contract of PRODUCT.md §2, keys sorted so the bytes are deterministic.
struct JSONReporter {
  func render(_ document: AssessmentDocument) throws -> Data {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    var data = try encoder.encode(document)
    data.append(0x0A)
    return data
  }
}
