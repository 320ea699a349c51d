import ContainerFitModel

/// The built-in host shapes: EC2 Windows instance types (facts.md, us-east-1 on-demand, licence
/// included; Windows price = Linux price + $0.046 × vCPU) and a few on-premises shapes, which are
/// assumptions. A scenario names one, and may override any of its fields, or lets the planner pick
/// the cheapest per pool (`host.shape: auto`, among `host.shapes`).
public enum HostCatalogue {
  static let ec2Source = "AWS us-east-1 on-demand Windows prices (facts.md EC2 catalogue)"
  static let ec2DerivedSource =
    "AWS us-east-1 on-demand: Linux price (Karpenter price file, 2026-02-09) + $0.046 per vCPU-hour (derived; facts.md, 2026-12 update)"
  static let onPremSource = "Assumption: a typical on-premises host, not a published offer"

  /// The shapes `host.shape: auto` chooses among by default in the cloud: the current
  /// general-purpose, memory-optimised and compute-optimised families (targets-and-economics.md §9).
  public static let defaultCloudShapes = Scenario.HostSettings.defaultCloudShapes
  /// The same on premises.
  public static let defaultOnPremShapes = ["onprem-2s-32c-256g", "onprem-2s-16c-128g"]

  public static let shapes: [HostShape] = [
    ec2("m7i.4xlarge", 16, 64, 1.5424, derived: true), ec2("m7i.8xlarge", 32, 128, 3.0848, derived: true),
    ec2("r7i.4xlarge", 16, 128, 1.7944, derived: true), ec2("c7i.4xlarge", 16, 32, 1.450),
    ec2("m6i.4xlarge", 16, 64, 1.504),
    // Nested virtualisation with Hyper-V as the L1 hypervisor (API since 2026-02-12); Hyper-V-isolated
    // containers on it are an inference, unverified.
    ec2("m8i.4xlarge", 16, 64, 1.58272, derived: true, nested: true),
    ec2("m7i.metal-24xl", 96, 384, 9.73824, metal: true, derived: true),
    ec2("m6i.metal", 128, 512, 12.032, metal: true),
    ec2("m5.large", 2, 8, 0.188), ec2("m5.xlarge", 4, 16, 0.376), ec2("m5.2xlarge", 8, 32, 0.752),
    ec2("m5.4xlarge", 16, 64, 1.504), ec2("m5.8xlarge", 32, 128, 3.008), ec2("r5.xlarge", 4, 32, 0.436),
    ec2("r5.2xlarge", 8, 64, 0.872), ec2("r5.4xlarge", 16, 128, 1.744), ec2("c5.2xlarge", 8, 16, 0.708),
    ec2("c5.4xlarge", 16, 32, 1.416), ec2("m5.metal", 96, 384, 9.024, metal: true),
    HostShape(
      name: "onprem-2s-32c-256g", cores: 32, memoryGB: 256, platform: .physical, processors: 2, isBareMetal: true,
      source: onPremSource, isAssumption: true),
    HostShape(
      name: "onprem-2s-16c-128g", cores: 16, memoryGB: 128, platform: .physical, processors: 2, isBareMetal: true,
      source: onPremSource, isAssumption: true),
    HostShape(
      name: "onprem-vm-8c-32g", cores: 8, memoryGB: 32, platform: .vm, processors: 1, source: onPremSource,
      isAssumption: true),
  ]

  /// The shape called `name` (case-insensitive), if any.
  public static func shape(named name: String) -> HostShape? {
    shapes.first { $0.name.lowercased() == name.lowercased() }
  }

  private static func ec2(
    _ name: String, _ vcpu: Double, _ memory: Double, _ price: Double, metal: Bool = false, derived: Bool = false,
    nested: Bool = false
  ) -> HostShape {
    HostShape(
      name: name, cores: vcpu, memoryGB: memory, platform: .cloud, isBareMetal: metal,
      supportsNestedVirtualization: nested, hourlyPrice: price, source: derived ? ec2DerivedSource : ec2Source)
  }
}
