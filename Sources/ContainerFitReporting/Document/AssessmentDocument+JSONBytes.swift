import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

// The list elements of assessment.json, written by hand for `AssessmentJSONReporter`: the keys and
// values are those the `Codable` conformance reads back (tests decode what is written and compare),
// in the contract's order, with optional values as `null`.

extension AssessmentDocument {
  /// The `applications` element of `apps[index]`: what `ApplicationResult(apps[index], placement:,
  /// remediations:)` decodes from. Each field is read through the arrays: building the result, or
  /// handing the application or its placement to a function, would copy every string of it. Its
  /// findings go through `findings`, the cache of the chunk being written.
  static func writeApplication(
    of apps: [AssessedApplication], at index: Int, placements: [AppPlacement?], findings: inout FindingJSONCache,
    to json: inout JSONBytes
  ) {
    json.beginObject()
    json.key("id")
    json.string(apps[index].id)
    json.key("name")
    json.string(apps[index].name)
    json.key("serverId")
    json.string(apps[index].serverId)
    json.key("score")
    json.number(apps[index].score)
    json.key("verdict")
    json.string(apps[index].verdict.rawValue)
    json.key("confidence")
    json.number(apps[index].confidence)
    json.key("blockers")
    json.strings(apps[index].blockers)
    json.key("target")
    json.beginObject()
    json.key("kind")
    json.string(apps[index].target.kind.rawValue)
    json.key("platform")
    json.string(apps[index].target.platform?.rawValue)
    json.key("reason")
    json.string(apps[index].target.reason)
    json.endObject()
    json.key("findings")
    json.beginArray()
    apps[index].findings.withUnsafeBufferPointer { findings.write($0, to: &json) }
    json.endArray()
    json.key("baseImage")
    json.string(apps[index].baseImage.rawValue)
    json.key("image")
    json.string(apps[index].image)
    let isWindows = apps[index].os == .windows
    json.key("containerBuild")
    json.number(isWindows ? apps[index].containerBuild : nil)
    json.key("isolation")
    json.string(isWindows ? apps[index].isolation.rawValue : nil)
    json.key("imageSizeGB")
    json.number(apps[index].imageSizeGB)
    json.key("cpuCores")
    json.number((placements[index]?.cpuCores).map(rounded))
    json.key("memoryGB")
    json.number((placements[index]?.memoryGB).map(rounded))
    json.key("hostId")
    json.string(placements[index]?.hostId)
    json.key("effortDays")
    json.number(apps[index].effortDays)
    json.endObject()
  }

  /// One finding of an application's list; its remediation is `null` when it is the catalogue's
  /// (`remediations`, by finding id).
  static func writeFinding(
    _ finding: borrowing ContainerFitAssessment.Finding, remediations: [String: String], to json: inout JSONBytes
  ) {
    json.beginObject()
    json.key("id")
    json.string(finding.id)
    json.key("points")
    json.number(finding.points)
    json.key("evidence")
    json.string(finding.evidence)
    json.key("remediation")
    json.string(finding.remediation == remediations[finding.id] ? nil : finding.remediation)
    json.key("effortDays")
    json.number(finding.effortDays)
    json.endObject()
  }
}

extension AssessmentDocument.FindingEntry {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("id")
    json.string(id)
    if let title {
      json.key("title")
      json.string(title)
    }
    json.key("rule")
    json.string(rule)
    json.key("blocker")
    json.bool(blocker)
    json.key("remediation")
    json.string(remediation)
    json.endObject()
  }
}

extension AssessmentDocument.HostResult {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("id")
    json.string(id)
    json.key("kind")
    json.string(kind)
    json.key("os")
    json.string(os)
    json.key("osBuild")
    json.number(osBuild)
    json.key("shape")
    json.string(shape)
    json.key("platform")
    json.string(platform)
    json.key("hypervCapable")
    json.bool(hypervCapable)
    json.key("isolation")
    json.string(isolation)
    json.key("codePage")
    json.number(codePage)
    json.key("spare")
    json.bool(spare)
    json.key("edition")
    json.string(edition)
    json.key("annualCompute")
    json.number(annualCompute)
    json.key("annualLicence")
    json.number(annualLicence)
    json.key("cores")
    json.number(cores)
    json.key("memoryGB")
    json.number(memoryGB)
    json.key("cpuUsed")
    json.number(cpuUsed)
    json.key("memoryUsed")
    json.number(memoryUsed)
    json.key("applications")
    json.strings(applications)
    json.endObject()
  }
}

extension AssessmentDocument.RejectedRecord {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("file")
    json.string(file)
    json.key("line")
    json.number(line)
    json.key("column")
    json.number(column)
    json.key("field")
    json.string(field)
    json.key("reason")
    json.string(reason)
    json.endObject()
  }
}

extension DataGap {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("appId")
    json.string(appId)
    json.key("field")
    json.string(field)
    json.endObject()
  }
}

extension OutOfScopeRecord {
  func write(to json: inout JSONBytes) {
    json.beginObject()
    json.key("location")
    json.beginObject()
    json.key("file")
    json.string(location.file)
    json.key("line")
    json.number(location.line)
    json.key("column")
    json.number(location.column)
    json.endObject()
    json.key("name")
    json.string(name)
    json.key("reason")
    json.string(reason)
    json.endObject()
  }
}

extension AssessedApplication {
  /// The findings reduced to each finding's `id` and `points`, as compact JSON text: what the run
  /// history keeps per application (enough to compare runs; the evidence and remediation text
  /// stays in assessment.json).
  public var findingsDigestJSON: String {
    var json = JSONBytes(reservingCapacity: 256)
    json.beginArray()
    for finding in findings {
      json.beginObject()
      json.key("id")
      json.string(finding.id)
      json.key("points")
      json.number(finding.points)
      json.endObject()
    }
    json.endArray()
    return json.text
  }
}
