import ArgumentParser

/// The `containerfit` command: a thin layer that turns flags into options, calls the libraries,
/// prints, and maps outcomes to exit codes (0 done, 1 fatal input or scenario error, 64 usage).
@main
struct ContainerFit: ParsableCommand {
  static let version = "0.1.0"

  static let configuration = CommandConfiguration(
    commandName: "containerfit",
    abstract: "Windows container migration assessments: fitness, consolidation, licences, isolation cost.",
    discussion: """
      Reads server and application inventories (CSV, JSON, JSON Lines, XML), scores every Windows \
      application on container fitness, plans the container hosts and their licences, and writes \
      reports. Input problems are printed as file:line:column: message on stderr.
      """,
    version: version,
    subcommands: [Assess.self, Validate.self, Runs.self, Generate.self, Compare.self, WhatIf.self, Blueprint.self]
  )

  static func main() {
    LargePages.restartIfUseful()
    main(nil)
  }
}
