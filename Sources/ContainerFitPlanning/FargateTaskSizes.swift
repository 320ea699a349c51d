import ContainerFitModel

/// The task sizes AWS Fargate runs and what they cost. On `ecs-fargate` there are no hosts to pack:
/// each container instance is a task of the cheapest allowed size that holds it at the scenario's
/// target utilisation, priced per vCPU-hour and GB-hour, plus the Windows charge per vCPU-hour for a
/// Windows task (targets-and-economics.md §5). Each size is a `HostShape` with `isFargateTask`, so
/// that tasks are laid out, priced and compared like hosts of one container each.
public enum FargateTaskSizes {
  /// Windows tasks: 1, 2 or 4 vCPU with 2–8, 4–16 or 8–30 GB in 1 GB steps; no smaller or larger
  /// sizes (facts.md, 2026-12 update: min 1 vCPU, max 4 vCPU / 30 GB).
  public static let windows: [(vCPU: Double, memoryGB: [Double])] = [
    (1, steps(2, 8, 1)), (2, steps(4, 16, 1)), (4, steps(8, 30, 1)),
  ]
  /// Linux tasks: 0.25 to 16 vCPU (AWS, "Amazon ECS task definition parameters for Fargate": task CPU
  /// and memory).
  public static let linux: [(vCPU: Double, memoryGB: [Double])] = [
    (0.25, [0.5, 1, 2]), (0.5, steps(1, 4, 1)), (1, steps(2, 8, 1)), (2, steps(4, 16, 1)), (4, steps(8, 30, 1)),
    (8, steps(16, 60, 4)), (16, steps(32, 120, 8)),
  ]

  /// Windows on Fargate, us-east-1, without the Windows charge (facts.md, 2026-12 update; secondary
  /// source vantage.sh).
  public static let windowsPerVCPUHour = Fact(
    0.09148, source: "AWS Fargate Windows/x86, us-east-1, per vCPU-hour (facts.md, 2026-12 update; vantage.sh)")
  public static let windowsPerGBHour = Fact(
    0.01005, source: "AWS Fargate Windows/x86, us-east-1, per GB-hour (facts.md, 2026-12 update; vantage.sh)")
  /// Linux on Fargate, us-east-1: USD 0.000011244 per vCPU-second and 0.000001235 per GB-second.
  public static let linuxPerVCPUHour = Fact(
    0.04048, source: "AWS Fargate Linux/x86, us-east-1, per vCPU-hour (aws.amazon.com/fargate/pricing)")
  public static let linuxPerGBHour = Fact(
    0.004445, source: "AWS Fargate Linux/x86, us-east-1, per GB-hour (aws.amazon.com/fargate/pricing)")

  /// Every size as a shape, Windows then Linux, each by price within its OS. A Windows shape's
  /// hourly price includes the Windows charge (`windowsCharge` per vCPU-hour), as an EC2 Windows
  /// price does; a Linux shape's does not.
  public static func shapes(windowsCharge: Double) -> [HostShape] {
    let windowsShapes = windows.flatMap { cpu, memories in
      memories.map { memory in
        shape(
          os: "windows", cpu: cpu, memory: memory,
          hourly: cpu * (windowsPerVCPUHour.value + windowsCharge) + memory * windowsPerGBHour.value,
          windowsCharge: true)
      }
    }
    let linuxShapes = linux.flatMap { cpu, memories in
      memories.map { memory in
        shape(
          os: "linux", cpu: cpu, memory: memory,
          hourly: cpu * linuxPerVCPUHour.value + memory * linuxPerGBHour.value, windowsCharge: false)
      }
    }
    let byPrice = { (a: HostShape, b: HostShape) in (a.hourlyPrice ?? 0) < (b.hourlyPrice ?? 0) }
    return windowsShapes.sorted(by: byPrice) + linuxShapes.sorted(by: byPrice)
  }

  private static func shape(os: String, cpu: Double, memory: Double, hourly: Double, windowsCharge: Bool)
    -> HostShape
  {
    HostShape(
      name: "fargate-\(os)-\(text(cpu))vcpu-\(text(memory))gb", cores: cpu,
      memoryGB: memory, platform: .cloud, hourlyPrice: hourly,
      source: os == "windows" ? windowsPerVCPUHour.source : linuxPerVCPUHour.source, isFargateTask: true,
      includesWindowsCharge: windowsCharge)
  }

  /// 1 → "1", 0.25 → "0.25".
  private static func text(_ value: Double) -> String {
    value == value.rounded() ? String(Int(value)) : String(value)
  }

  private static func steps(_ low: Double, _ high: Double, _ step: Double) -> [Double] {
    Array(stride(from: low, through: high, by: step))
  }
}
