import ContainerFitAssessment
import ContainerFitModel
import ContainerFitPlanning

/// `task-definition.json`: the input of ECS `RegisterTaskDefinition` (blueprints.md, "ECS task
/// definition"), for `ecs-ec2` and `ecs-fargate`. CPU in units of 1/1,024 vCPU and memory in MiB from
/// one instance's peak demand; on Fargate the task takes its planned task size.
struct TaskDefinitionBuilder {
  let subject: BlueprintSubject

  func build(_ placeholders: inout Placeholders) -> String {
    let family = Self.family(subject.assessed.id)
    let fargate = subject.scenario.platform == .ecsFargate
    var container: [String: Any] = [
      "name": family, "image": placeholders.fill("the image's URI in your registry (Amazon ECR)"), "essential": true,
      "cpu": max(1, Int((subject.cpuCores * 1024).rounded(.up))),
      "memory": max(6, Int((subject.memoryGB * 1024).rounded(.up))),
      "logConfiguration": [
        "logDriver": "awslogs",
        "options": [
          "awslogs-group": "/ecs/\(family)", "awslogs-region": placeholders.fill("the AWS region"),
          "awslogs-stream-prefix": family, "awslogs-create-group": "true",
        ],
      ],
    ]
    if subject.scenario.memoryPolicy == .unboundedWorkaround {
      container["memoryReservation"] = max(6, Int((subject.memoryAvgGB * 1024).rounded(.up)))
      container.removeValue(forKey: "memory")
    }
    let ports = subject.ports
    if !ports.isEmpty {
      container["portMappings"] = ports.map { ["containerPort": $0, "protocol": "tcp"] }
    }
    if subject.usesWindowsAuth {
      container["credentialSpecs"] = [
        "credentialspecdomainless:"
          + placeholders.fill("ARN of credentialspec.json in Amazon S3 or SSM Parameter Store")
      ]
    }
    var definition: [String: Any] = [
      "family": family, "requiresCompatibilities": [fargate ? "FARGATE" : "EC2"],
      "runtimePlatform": [
        "operatingSystemFamily": Self.operatingSystemFamily(subject.assessed), "cpuArchitecture": "X86_64",
      ],
      "containerDefinitions": [container],
    ]
    if fargate || !subject.isWindows { definition["networkMode"] = "awsvpc" }
    if fargate, let task = subject.host, task.isFargateTask {
      definition["cpu"] = String(Int((task.cores * 1024).rounded()))
      definition["memory"] = String(Int((task.memoryGB * 1024).rounded()))
      definition["executionRoleArn"] = placeholders.fill(
        "ARN of the task execution role (pulls the image, writes logs)")
    }
    return BlueprintJSON.text(definition)
  }

  /// The app id as an ECS family: letters, digits, `-` and `_`, at most 255 characters.
  static func family(_ id: String) -> String {
    let kept = String(id.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "-" })
    return String(kept.prefix(255))
  }

  /// `WINDOWS_SERVER_2025_CORE` and the like for the image's build and family; `LINUX` for Linux.
  static func operatingSystemFamily(_ app: AssessedApplication) -> String {
    guard app.os == .windows else { return "LINUX" }
    let year: String
    switch app.containerBuild {
    case WindowsRelease.server2019.build: year = "2019"
    case WindowsRelease.server2022.build: year = "2022"
    case WindowsRelease.server2016.build: year = "2016"
    default: year = "2025"
    }
    let full = app.baseImage == .server || app.baseImage == .windows
    return "WINDOWS_SERVER_\(year)_\(full ? "FULL" : "CORE")"
  }
}
