/// Where the containers run (targets-and-economics.md §1–§3). Which Windows builds each platform
/// runs and whether it runs Hyper-V-isolated containers come from facts.md, 2026-12 update,
/// "Platforms and builds".
public enum TargetPlatform: String, Codable, Sendable, CaseIterable, Hashable {
  /// Amazon ECS on EC2 container instances (ECS-optimised Windows AMIs).
  case ecsEC2 = "ecs-ec2"
  /// Amazon ECS on AWS Fargate.
  case ecsFargate = "ecs-fargate"
  /// Amazon EKS with Windows nodes.
  case eks
  /// Azure Kubernetes Service with Windows node pools.
  case aks
  /// Windows container hosts the client runs itself, in the cloud (bare metal or nested
  /// virtualisation for Hyper-V isolation).
  case selfManaged = "self-managed"
  /// Windows container hosts in the client's own data centre.
  case onPrem = "on-prem"

  /// The Windows Server builds this platform runs Windows containers on, oldest first. Never
  /// ltsc2016 (14393): its support ends 2027-01-11, and ECS no longer patches its Docker runtime.
  /// - ECS on EC2: ECS-optimised AMIs for 2019, 2022 and 2025;
  /// - Fargate: 2019 and 2022 only, no 2025 (AWS containers-roadmap #2754, open 2026-06);
  /// - EKS and AKS: Windows nodes on 2022 and 2025 only (AKS retired 2019 pools on 2026-03-01);
  /// - self-managed and on-premises hosts: every LTSC from 2019.
  public var windowsBuilds: [Int] {
    switch self {
    case .ecsEC2, .selfManaged, .onPrem:
      return [WindowsRelease.server2019.build, WindowsRelease.server2022.build, WindowsRelease.server2025.build]
    case .ecsFargate: return [WindowsRelease.server2019.build, WindowsRelease.server2022.build]
    case .eks, .aks: return [WindowsRelease.server2022.build, WindowsRelease.server2025.build]
    }
  }

  /// True when the platform runs Hyper-V-isolated containers: ECS sets no isolation on Windows tasks,
  /// Kubernetes does not support Hyper-V isolation, and Fargate runs neither; only hosts the client
  /// runs itself can (facts.md, 2026-12 update).
  public var runsHypervIsolation: Bool {
    switch self {
    case .selfManaged, .onPrem: return true
    case .ecsEC2, .ecsFargate, .eks, .aks: return false
    }
  }
}
