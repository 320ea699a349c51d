/// `LogMonitorConfig.json` in Microsoft LogMonitor's schema (windows-container-tools,
/// LogMonitor/docs/README.md): an `EventLog` source for the Application and System channels, and a
/// `File` source for the app's log folder (IIS's own for a site).
struct LogMonitorConfigBuilder {
  let subject: BlueprintSubject

  func build(_ placeholders: inout Placeholders) -> String {
    var sources: [[String: Any]] = [
      [
        "type": "EventLog", "startAtOldestRecord": true, "eventFormatMultiLine": false,
        "channels": [["name": "application", "level": "Error"], ["name": "system", "level": "Error"]],
      ]
    ]
    if subject.logsToFiles || subject.kind == .iisSite {
      let directory =
        subject.attribute("logDirectory") ?? subject.attribute("LogPath")
        ?? (subject.kind == .iisSite && !subject.logsToFiles
          ? #"C:\inetpub\logs"# : placeholders.fill("the application's log folder"))
      sources.append([
        "type": "File", "directory": directory, "filter": subject.attribute("logFilter") ?? "*.log",
        "includeSubdirectories": true, "includeFileNames": false,
      ])
    }
    return BlueprintJSON.text(["LogConfig": ["sources": sources]])
  }
}
