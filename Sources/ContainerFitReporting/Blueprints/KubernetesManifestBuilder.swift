import ContainerFitModel
import Foundation

/// `deployment.yaml` for Kubernetes targets (`eks`, `aks`, `self-managed`, `on-prem`): a Deployment
/// (a CronJob for a scheduled job) pinned to Windows nodes of the image's build, with requests at
/// average and limits at peak demand, and a Service for its ports (blueprints.md, "Kubernetes").
struct KubernetesManifestBuilder {
  let subject: BlueprintSubject

  func build(_ placeholders: inout Placeholders) -> String {
    let name = Self.name(subject.assessed.id)
    let image = placeholders.fill("the image's URI in your registry")
    var pod = YAML()
    pod.line(0, "metadata:")
    pod.line(1, "labels:")
    pod.line(2, "app.kubernetes.io/name: \(YAML.string(name))")
    pod.line(0, "spec:")
    pod.line(1, "nodeSelector:")
    if subject.isWindows {
      pod.line(2, "kubernetes.io/os: \"windows\"")
      pod.line(2, "node.kubernetes.io/windows-build: \(YAML.string("10.0.\(subject.assessed.containerBuild)"))")
    } else {
      pod.line(2, "kubernetes.io/os: \"linux\"")
    }
    if subject.usesWindowsAuth {
      pod.line(1, "securityContext:")
      pod.line(2, "windowsOptions:")
      pod.line(
        3, "gmsaCredentialSpecName: \(YAML.string(placeholders.fill("name of the GMSACredentialSpec resource")))")
    }
    if subject.kind == .scheduledTask { pod.line(1, "restartPolicy: \"OnFailure\"") }
    pod.line(1, "containers:")
    pod.line(2, "- name: \"app\"")
    pod.line(3, "image: \(YAML.string(image))")
    pod.line(3, "resources:")
    pod.line(4, "requests:")
    pod.line(5, "cpu: \(YAML.string(Self.millicores(subject.cpuCores)))")
    pod.line(5, "memory: \(YAML.string(Self.mebibytes(subject.memoryAvgGB)))")
    pod.line(4, "limits:")
    pod.line(5, "cpu: \(YAML.string(Self.millicores(subject.cpuCores)))")
    pod.line(5, "memory: \(YAML.string(Self.mebibytes(subject.memoryGB)))")
    let ports = subject.ports
    if !ports.isEmpty {
      pod.line(3, "ports:")
      for port in ports { pod.line(4, "- containerPort: \(port)") }
    }
    var out = YAML()
    if subject.kind == .scheduledTask {
      out.line(0, "apiVersion: \"batch/v1\"")
      out.line(0, "kind: \"CronJob\"")
      out.line(0, "metadata:")
      out.line(1, "name: \(YAML.string(name))")
      out.line(0, "spec:")
      out.line(
        1,
        "schedule: \(YAML.string(placeholders.fill("the job's schedule as a cron expression (from Task Scheduler)")))")
      out.line(1, "jobTemplate:")
      out.line(2, "spec:")
      out.line(3, "template:")
      out.append(pod, indent: 4)
    } else {
      out.line(0, "apiVersion: \"apps/v1\"")
      out.line(0, "kind: \"Deployment\"")
      out.line(0, "metadata:")
      out.line(1, "name: \(YAML.string(name))")
      out.line(1, "labels:")
      out.line(2, "app.kubernetes.io/name: \(YAML.string(name))")
      out.line(0, "spec:")
      out.line(1, "replicas: \(max(1, subject.instances))")
      out.line(1, "selector:")
      out.line(2, "matchLabels:")
      out.line(3, "app.kubernetes.io/name: \(YAML.string(name))")
      out.line(1, "template:")
      out.append(pod, indent: 2)
      if !ports.isEmpty {
        out.raw("---")
        out.line(0, "apiVersion: \"v1\"")
        out.line(0, "kind: \"Service\"")
        out.line(0, "metadata:")
        out.line(1, "name: \(YAML.string(name))")
        out.line(0, "spec:")
        out.line(1, "selector:")
        out.line(2, "app.kubernetes.io/name: \(YAML.string(name))")
        out.line(1, "ports:")
        for port in ports {
          out.line(2, "- name: \(YAML.string("tcp-\(port)"))")
          out.line(3, "port: \(port)")
          out.line(3, "targetPort: \(port)")
          out.line(3, "protocol: \"TCP\"")
        }
      }
    }
    return out.text
  }

  /// A DNS-1123 label from the app id: lower-case letters, digits and `-`, at most 63 characters,
  /// starting and ending with a letter or digit.
  static func name(_ id: String) -> String {
    var text = String(
      id.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
    while text.contains("--") { text = text.replacingOccurrences(of: "--", with: "-") }
    text = String(text.prefix(63)).trimmingCharacters(in: CharacterSet(charactersIn: "-"))
    return text.isEmpty ? "app" : text
  }

  static func millicores(_ cores: Double) -> String { "\(max(1, Int((cores * 1000).rounded(.up))))m" }
  static func mebibytes(_ gigabytes: Double) -> String { "\(max(1, Int((gigabytes * 1024).rounded(.up))))Mi" }
}

/// Block YAML written line by line; every string scalar double-quoted with JSON's escapes, which
/// YAML reads alike, so no value is ever taken for a number, a boolean or a comment.
struct YAML {
  private(set) var lines: [String] = []

  mutating func line(_ depth: Int, _ text: String) { lines.append(String(repeating: "  ", count: depth) + text) }
  mutating func raw(_ text: String) { lines.append(text) }
  mutating func append(_ other: YAML, indent: Int) {
    lines += other.lines.map { String(repeating: "  ", count: indent) + $0 }
  }

  var text: String { lines.joined(separator: "\n") + "\n" }

  static func string(_ value: String) -> String {
    var out = "\""
    for scalar in value.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      case let c where c.value < 0x20: out += String(format: "\\u%04X", c.value)
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }
}
