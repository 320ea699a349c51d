import ContainerFitModel

/// One application's blueprint: its folder name and its files, in the order they are listed.
struct Blueprint: Sendable {
  var folder: String
  var files: [(name: String, text: String)]

  /// The blueprint of `subject`, in folder `folder` (blueprints.md, "Blueprint folder").
  init(_ subject: BlueprintSubject, folder: String) {
    var placeholders = Placeholders()
    var files: [(name: String, text: String)] = []
    files.append(("Dockerfile", DockerfileBuilder(subject: subject).build(&placeholders)))
    if subject.needsLogMonitor {
      files.append(("LogMonitorConfig.json", LogMonitorConfigBuilder(subject: subject).build(&placeholders)))
    }
    switch subject.scenario.platform {
    case .ecsEC2, .ecsFargate:
      files.append(("task-definition.json", TaskDefinitionBuilder(subject: subject).build(&placeholders)))
    case .eks, .aks, .selfManaged, .onPrem:
      files.append(("deployment.yaml", KubernetesManifestBuilder(subject: subject).build(&placeholders)))
    }
    if subject.usesWindowsAuth {
      files.append(("credentialspec.json", CredentialSpecBuilder(subject: subject).build(&placeholders)))
    }
    let readme = BlueprintReadmeBuilder(subject: subject, files: files.map(\.name)).build(placeholders: placeholders)
    files.append(("README.md", readme))
    self.folder = folder
    self.files = files
  }
}
