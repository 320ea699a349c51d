// Optional values of the contract are written as `null` rather than left out, so a script can read
// every key of every application and rejected record without checking for it first.

extension AssessmentDocument.ApplicationResult {
  enum CodingKeys: String, CodingKey {
    case id, name, serverId, score, verdict, confidence, blockers, target, findings, baseImage, image, containerBuild
    case isolation
    case imageSizeGB, cpuCores, memoryGB, hostId, effortDays
  }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(name, forKey: .name)
    try c.encode(serverId, forKey: .serverId)
    try c.encode(score, forKey: .score)
    try c.encode(verdict, forKey: .verdict)
    try c.encode(confidence, forKey: .confidence)
    try c.encode(blockers, forKey: .blockers)
    try c.encode(target, forKey: .target)
    try c.encode(findings, forKey: .findings)
    try c.encode(baseImage, forKey: .baseImage)
    try c.encode(image, forKey: .image)
    try c.encode(containerBuild, forKey: .containerBuild)
    try c.encode(isolation, forKey: .isolation)
    try c.encode(imageSizeGB, forKey: .imageSizeGB)
    try c.encode(cpuCores, forKey: .cpuCores)
    try c.encode(memoryGB, forKey: .memoryGB)
    try c.encode(hostId, forKey: .hostId)
    try c.encode(effortDays, forKey: .effortDays)
  }
}

extension AssessmentDocument.Cost {
  enum CodingKeys: String, CodingKey {
    case currency, horizonYears, currentBasis, targetModel, hostingPriced, before, after, annualDifference
    case oneOffEffort, paybackMonths, sensitivity
  }

  /// `paybackMonths` is written as `null` when nothing is saved, not left out.
  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(currency, forKey: .currency)
    try c.encode(horizonYears, forKey: .horizonYears)
    try c.encode(currentBasis, forKey: .currentBasis)
    try c.encode(targetModel, forKey: .targetModel)
    try c.encode(hostingPriced, forKey: .hostingPriced)
    try c.encode(before, forKey: .before)
    try c.encode(after, forKey: .after)
    try c.encode(annualDifference, forKey: .annualDifference)
    try c.encode(oneOffEffort, forKey: .oneOffEffort)
    try c.encode(paybackMonths, forKey: .paybackMonths)
    try c.encodeIfPresent(sensitivity, forKey: .sensitivity)
  }
}

extension AssessmentDocument.Finding {
  enum CodingKeys: String, CodingKey { case id, points, evidence, remediation, effortDays }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(id, forKey: .id)
    try c.encode(points, forKey: .points)
    try c.encode(evidence, forKey: .evidence)
    try c.encode(remediation, forKey: .remediation)
    try c.encode(effortDays, forKey: .effortDays)
  }
}

extension AssessmentDocument.RejectedRecord {
  enum CodingKeys: String, CodingKey { case file, line, column, field, reason }

  public func encode(to encoder: Encoder) throws {
    var c = encoder.container(keyedBy: CodingKeys.self)
    try c.encode(file, forKey: .file)
    try c.encode(line, forKey: .line)
    try c.encode(column, forKey: .column)
    try c.encode(field, forKey: .field)
    try c.encode(reason, forKey: .reason)
  }
}
