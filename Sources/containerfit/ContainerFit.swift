import ArgumentParser

@main
struct ContainerFit: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "containerfit",
    abstract: "Windows container migration assessments: fitness, consolidation, licences, isolation cost.",
    version: "0.1.0"
  )
}
