import ContainerFitModel

/// Platform dependencies: each one a known difficulty of Windows containers, two of them blockers.
public struct DependencyRule: AssessmentRule {
  public static let id = "dependencies"
  public static let title = "Platform dependencies"
  public static let description = """
    Each platform feature an application depends on is weighed by how hard it is to carry into a \
    container, from Microsoft's lift-and-shift guidance and Windows containers documentation (facts.md, \
    "Known blockers and difficulties"). Kernel-mode drivers cannot load in a container and \
    infrastructure roles (domain controller, DHCP, DNS server) cannot run there because containers are \
    not domain-joined: both are blockers. Windows authentication needs a gMSA credential spec; on ECS \
    the hosts need not be domain-joined (domainless gMSA, `credentialspecdomainless`), and Fargate for \
    Windows has no gMSA (facts.md "2026-12 update"); MSDTC needs the gMSA name as hostname, NetBIOS resolution and \
    a unique DTC UUID; MSMQ works only in the listed scenarios, without AD-integrated queues, from 2019; \
    printing, extra fonts and DirectX need the fuller Server or Windows image (printer drivers cannot be \
    installed from inside a container; DirectX works only process-isolated); some MSI custom actions \
    fail on Server Core (error 1723); Office components are not supported in containers; database \
    servers are poor candidates; shared memory across the container boundary is not supported; a \
    net.tcp binding needs its port published, while a net.pipe binding is same-host IPC with no port, \
    reachable only from the same container or pod. COM+, the GAC, SMB \
    shares and 32-bit code are smaller changes to the image.
    """

  public static var defaultWeights: [String: Double] {
    Dictionary(uniqueKeysWithValues: profiles.values.map { ($0.findingId, $0.weight) })
  }
  public static var defaultEffortDays: [String: Double] {
    Dictionary(uniqueKeysWithValues: profiles.values.map { ($0.findingId, $0.effortDays) })
  }
  /// A human title per finding id: what the report and assessment.json call the finding.
  public static var findingTitles: [String: String] {
    Dictionary(uniqueKeysWithValues: profiles.values.map { ($0.findingId, $0.title) })
  }

  public static var triggeringExamples: [RuleExample] {
    [
      RuleExample(RuleExample.clean { $0.dependencies = [.kernelDriver] }),
      RuleExample(RuleExample.clean { $0.dependencies = [.windowsAuth, .msdtc] }),
      RuleExample(RuleExample.clean { $0.dependencies = [.fonts] }),
    ]
  }
  public static var nonTriggeringExamples: [RuleExample] {
    [RuleExample(RuleExample.clean), RuleExample(RuleExample.clean { $0.dependencies = nil })]
  }

  public init() {}

  static let linuxSMBRemediation =
    "Mount the share as a volume (CIFS on the host, or the SMB CSI driver on Kubernetes) and pass it to the "
    + "container; keep its credentials in a secret."

  public func evaluate(_ app: Application, in context: RuleContext) -> [Finding] {
    guard let dependencies = app.dependencies, !dependencies.isEmpty else { return [] }
    // A server role's blocker (database engine, DFS, file or print server) is the remedy for the
    // dependency that shows it: that dependency is not counted a second time here.
    let replaced = Set(context.serverRoles.keys.map(\.replacedDependency))
    return dependencies.sorted().compactMap { dependency in
      guard !replaced.contains(dependency), let profile = Self.profiles[dependency] else { return nil }
      // Only an SMB share and a non-HTTP binding reach a Linux container (`WindowsTie`).
      let remediation =
        dependency == .smbShare && context.placement.os == .linux ? Self.linuxSMBRemediation : profile.remediation
      return context.finding(
        Self.id, profile.findingId, evidence: profile.evidence, remediation: remediation,
        blocker: profile.isBlocker)
    }
  }

  /// The set of dependencies, as bits (`-1` when unknown), and the dependencies server roles replace.
  public func memoKey(_ app: Application, in context: RuleContext) -> RuleMemoKey? {
    guard let dependencies = app.dependencies, !dependencies.isEmpty else {
      return RuleMemoKey(Dependency.mask(app.dependencies).map(Int.init) ?? -1)
    }
    let replaced = context.serverRoles.keys.map(\.replacedDependency)
    return RuleMemoKey(
      Dependency.mask(dependencies).map(Int.init) ?? -1, Dependency.mask(Set(replaced)).map(Int.init) ?? 0,
      context.placement.os == .linux ? 1 : 0)
  }
}

extension DependencyRule {
  /// What one dependency costs and what to do about it.
  struct Profile: Sendable {
    var dependency: Dependency
    var findingId: String
    var title: String
    var weight: Double
    var effortDays: Double
    var isBlocker: Bool
    var remediation: String
    /// Built once: `dependencies include msdtc`.
    var evidence: String

    init(
      _ dependency: Dependency, findingId: String, title: String, weight: Double, effortDays: Double, isBlocker: Bool,
      remediation: String
    ) {
      self.dependency = dependency
      self.findingId = findingId
      self.title = title
      self.weight = weight
      self.effortDays = effortDays
      self.isBlocker = isBlocker
      self.remediation = remediation
      self.evidence = "dependencies include \(dependency.rawValue)"
    }
  }

  // Weights grow with how far the fix reaches: image-only changes 5, changes to hosts or the
  // directory 10-15, changes to the application's architecture 15-25, blockers 50.
  static let profiles: [Dependency: Profile] = [
    .kernelDriver: Profile(
      .kernelDriver, findingId: "dependency-kernel-driver", title: "A kernel-mode driver cannot load in a container",
      weight: 50, effortDays: 0, isBlocker: true,
      remediation: "Leave the application on a server: kernel-mode drivers cannot be loaded in a container."),
    .infrastructureRole: Profile(
      .infrastructureRole, findingId: "dependency-infrastructure-role",
      title: "An infrastructure role (domain controller, DHCP, DNS) stays on a server", weight: 50, effortDays: 0,
      isBlocker: true,
      remediation: "Leave the role (domain controller, DHCP, DNS server) on a server or use a managed service: "
        + "containers are not domain-joined and cannot host infrastructure roles."),
    .windowsAuth: Profile(
      .windowsAuth, findingId: "dependency-windows-auth", title: "Windows authentication needs a gMSA", weight: 10,
      effortDays: 3, isBlocker: false,
      remediation: "Run under a gMSA for Windows authentication: create the gMSA and its credential spec; on "
        + "ECS use domainless gMSA (credentialspecdomainless), so the container hosts need no domain join (not "
        + "available on Fargate for Windows)."),
    .msdtc: Profile(
      .msdtc, findingId: "dependency-msdtc", title: "MSDTC needs container-specific configuration", weight: 15,
      effortDays: 5, isBlocker: false,
      remediation: "Configure MSDTC for containers: the container hostname must equal the gMSA name, names "
        + "must resolve over NetBIOS and each container needs a unique DTC UUID (not supported on AKS)."),
    .msmq: Profile(
      .msmq, findingId: "dependency-msmq", title: "MSMQ works only in the supported scenarios", weight: 15,
      effortDays: 5, isBlocker: false,
      remediation: "Check the queue setup is one of Microsoft's supported MSMQ container scenarios (2019 or "
        + "later, no AD-integrated queues), or move to a managed queue."),
    .comPlus: Profile(
      .comPlus, findingId: "dependency-com-plus", title: "COM+ components must be registered in the image", weight: 10,
      effortDays: 3, isBlocker: false,
      remediation: "Register the COM+ application in the Dockerfile (export it from the server and import it "
        + "at build time) and test its identity settings."),
    .gac: Profile(
      .gac, findingId: "dependency-gac", title: "Shared assemblies must be installed in the GAC", weight: 5,
      effortDays: 1, isBlocker: false,
      remediation: "Install the shared assemblies into the GAC in the Dockerfile (gacutil or an installer step)."),
    .smbShare: Profile(
      .smbShare, findingId: "dependency-smb-share", title: "An SMB share must be mapped into the container", weight: 5,
      effortDays: 1, isBlocker: false,
      remediation: "Mount the share on the host with an SMB global mapping and pass it to the container as a "
        + "volume (credentials through a gMSA or the host)."),
    .printer: Profile(
      .printer, findingId: "dependency-printer", title: "Printing needs the Server image and its drivers baked in",
      weight: 15, effortDays: 5, isBlocker: false,
      remediation: "Use the Server (or Windows) base image and bake the printer drivers into the image or print "
        + "through a print server: drivers cannot be installed from inside a running container."),
    .fonts: Profile(
      .fonts, findingId: "dependency-fonts", title: "Extra fonts need the Server image", weight: 10, effortDays: 2,
      isBlocker: false,
      remediation: "Use the Server (or Windows) base image, which carries the full font set: Server Core and "
        + "Nano Server have one font and font installs often fail."),
    .directx: Profile(
      .directx, findingId: "dependency-directx", title: "DirectX needs GPU hosts and process isolation", weight: 15,
      effortDays: 5, isBlocker: false,
      remediation: "Run process-isolated on GPU hosts (2019 or later) with the Server (or Windows) base image "
        + "and assign the GPU device to the container."),
    .msiInstaller: Profile(
      .msiInstaller, findingId: "dependency-msi-installer", title: "An MSI must install unattended", weight: 5,
      effortDays: 2, isBlocker: false,
      remediation: "Install with an unattended msiexec /qn in the Dockerfile; if a custom action fails on Server "
        + "Core (error 1723), build from the Server image instead."),
    .bits32: Profile(
      .bits32, findingId: "dependency-32-bit", title: "32-bit code needs Server Core (WoW64)", weight: 5, effortDays: 1,
      isBlocker: false,
      remediation: "Use Server Core, which keeps WoW64 for 32-bit code (Nano Server has none), and test the "
        + "32-bit components there."),
    .officeInterop: Profile(
      .officeInterop, findingId: "dependency-office-interop", title: "Office automation is not supported in containers",
      weight: 25, effortDays: 10, isBlocker: false,
      remediation: "Replace Office automation with a library (Open XML SDK or a document library): Office "
        + "components are not supported in containers."),
    .databaseServer: Profile(
      .databaseServer, findingId: "dependency-database-server",
      title: "The application depends on a database server to move out", weight: 20, effortDays: 5, isBlocker: false,
      remediation: "Move the database to a managed database service or a dedicated server and containerise "
        + "only the application tier: database servers are poor container candidates."),
    .sharedMemory: Profile(
      .sharedMemory, findingId: "dependency-shared-memory",
      title: "Shared memory does not cross the container boundary", weight: 15, effortDays: 5, isBlocker: false,
      remediation: "Put the processes that share memory in the same container, or switch them to named pipes "
        + "or TCP: shared memory does not cross the container boundary."),
    .nonHTTPBinding: Profile(
      .nonHTTPBinding, findingId: "dependency-non-http-binding",
      title: "Non-HTTP bindings (net.tcp, net.pipe) need rework", weight: 5, effortDays: 1, isBlocker: false,
      remediation: "Publish the net.tcp binding's port and check the clients reach it through the container "
        + "network; a net.pipe binding is same-host IPC with no port: keep its callers in the same container (or "
        + "task or pod) or move the endpoint to net.tcp or HTTP."),
  ]
}
