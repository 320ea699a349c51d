import ContainerFitModel
import ContainerFitRun
import ContainerFitTestSupport
import Foundation
import XCTest

@testable import ContainerFitReporting

final class BlueprintTests: XCTestCase {
  /// The blueprints of `apps` on one Windows Server 2019 server under `scenario`, by app id.
  func blueprints(_ apps: [Application], scenario: Scenario = Scenario()) throws -> [String: [String: String]] {
    let estate = Estate(
      servers: [Server.fixture(id: "srv-1")],
      applications: apps.map { app in
        var app = app; app.serverId = "srv-1"; return app
      })
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    let outcome = try AssessmentRun(scenario: scenario, context: context).run(estate)
    var names = BlueprintFolderNames()
    var result: [String: [String: String]] = [:]
    for subject in BlueprintWriter().subjects(of: outcome) {
      let blueprint = Blueprint(subject, folder: names.name(for: subject.assessed.id))
      result[subject.assessed.id] = Dictionary(uniqueKeysWithValues: blueprint.files.map { ($0.name, $0.text) })
    }
    return result
  }

  static var iisSite: Application {
    var app = Application.fixture(
      id: "WEB01/iis/Shop", name: "Shop", kind: .some(.iisSite), runtime: .some("dotnet-framework-4.8"),
      logTarget: .some(.file), dependencies: .some([.windowsAuth]))
    app.attributes = ["bindings": "http/*:8080:shop.example.com,https/*:443:", "applicationPool": "ShopPool"]
    return app
  }

  func testIISSiteGetsItsPoolSiteBindingsHealthCheckAndLogMonitor() throws {
    let files = try XCTUnwrap(try blueprints([Self.iisSite])["WEB01/iis/Shop"])
    let dockerfile = try XCTUnwrap(files["Dockerfile"])
    XCTAssertTrue(dockerfile.hasPrefix("# escape=`\n"))
    XCTAssertTrue(
      dockerfile.contains("FROM mcr.microsoft.com/dotnet/framework/aspnet:4.8.1-windowsservercore-ltsc2025"))
    XCTAssertTrue(dockerfile.contains(#"SHELL ["powershell", "-NoProfile", "-Command""#))
    XCTAssertTrue(dockerfile.contains("New-WebAppPool -Name 'ShopPool'"))
    XCTAssertTrue(dockerfile.contains("New-Website -Name 'Shop' -Port 8080"))
    XCTAssertTrue(dockerfile.contains("-HostHeader 'shop.example.com'"))
    XCTAssertTrue(dockerfile.contains("EXPOSE 443 8080"))
    XCTAssertTrue(dockerfile.contains("# https on port 443: import its certificate"))
    XCTAssertTrue(dockerfile.contains("HEALTHCHECK"))
    XCTAssertTrue(
      dockerfile.contains(#"ENTRYPOINT ["C:\\LogMonitor\\LogMonitor.exe", "C:\\ServiceMonitor.exe", "w3svc"]"#))
    let logConfig = try XCTUnwrap(files["LogMonitorConfig.json"])
    XCTAssertTrue(logConfig.contains(#""type" : "File""#) && logConfig.contains(#""type" : "EventLog""#))
    XCTAssertNotNil(files["credentialspec.json"], "Windows authentication needs a gMSA credential spec")
    let task =
      try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(files["task-definition.json"]).utf8)) as? [String: Any]
    let container = try XCTUnwrap((task?["containerDefinitions"] as? [[String: Any]])?.first)
    XCTAssertEqual(task?["family"] as? String, "WEB01-iis-Shop")
    XCTAssertEqual(
      (task?["runtimePlatform"] as? [String: String])?["operatingSystemFamily"], "WINDOWS_SERVER_2025_CORE")
    XCTAssertEqual(container["cpu"] as? Int, 1_024, "1 core of demand is 1,024 units")
    XCTAssertEqual(container["memory"] as? Int, 2_048)
    XCTAssertNil(container["memoryReservation"])
    XCTAssertEqual(
      (container["portMappings"] as? [[String: Any]])?.compactMap { $0["containerPort"] as? Int }, [443, 8080])
    XCTAssertEqual((container["credentialSpecs"] as? [String])?.first?.hasPrefix("credentialspecdomainless:"), true)
    let readme = try XCTUnwrap(files["README.md"])
    XCTAssertTrue(readme.contains("## To fill in"))
    XCTAssertTrue(readme.contains("the TLS certificate of the https binding on port 443"))
  }

  func testServiceKeepsItsCommandLineAndRunsUnderServiceMonitor() throws {
    var app = Application.fixture(
      id: "APP01/service/Billing", name: "Billing", kind: .some(.windowsService), runtime: .some("dotnet-framework-4.8")
    )
    app.attributes = ["Name": "BillingSvc", "PathName": #""C:\Program Files\Acme\billing.exe" -service"#]
    let dockerfile = try XCTUnwrap(try blueprints([app])["APP01/service/Billing"]?["Dockerfile"])
    XCTAssertTrue(dockerfile.contains(#"COPY ["app/", "C:/Program Files/Acme/"]"#))
    XCTAssertTrue(
      dockerfile.contains(
        #"RUN New-Service -Name 'BillingSvc' -BinaryPathName '"C:\Program Files\Acme\billing.exe" -service'"#))
    XCTAssertTrue(dockerfile.contains(#"ENTRYPOINT ["C:\\ServiceMonitor.exe", "BillingSvc"]"#))
    XCTAssertFalse(dockerfile.contains("LogMonitor"), "logs to stdout: no LogMonitor")
  }

  func testUnknownValuesArePlaceholdersListedInTheReadmeNeverInvented() throws {
    let app = Application.fixture(
      id: "APP02", name: "Nightly", kind: .some(.scheduledTask), runtime: .some("dotnet-framework-4.8"),
      registryState: .some(.read))
    let files = try XCTUnwrap(
      try blueprints(
        [app],
        scenario: {
          var s = Scenario(); s.platform = .eks; return s
        }())["APP02"])
    let dockerfile = try XCTUnwrap(files["Dockerfile"])
    XCTAssertTrue(dockerfile.contains("RUN reg.exe import"))
    XCTAssertTrue(
      dockerfile.contains(#"ENTRYPOINT ["<<FILL: the program to run (an .exe in the application folder)>>"]"#))
    let manifest = try XCTUnwrap(files["deployment.yaml"])
    XCTAssertNil(files["task-definition.json"])
    XCTAssertTrue(manifest.contains("kind: \"CronJob\""))
    XCTAssertTrue(
      manifest.contains("schedule: \"<<FILL: the job's schedule as a cron expression (from Task Scheduler)>>\""))
    XCTAssertTrue(manifest.contains("node.kubernetes.io/windows-build: \"10.0.26100\""))
    let readme = try XCTUnwrap(files["README.md"])
    for fill in Set(dockerfile.ranges(of: "<<FILL: ").map { dockerfile[$0.upperBound...].prefix { $0 != ">" } }) {
      XCTAssertTrue(readme.contains("- " + fill), "README lists \(fill)")
    }
  }

  func testLinuxTargetGetsALinuxDockerfileAndFargateATaskSize() throws {
    var scenario = Scenario()
    scenario.platform = .ecsFargate
    let app = Application.fixture(id: "API", name: "API", runtime: .some("dotnet-10"), cpuCores: 0.5, memoryGB: 1.5)
    let files = try XCTUnwrap(try blueprints([app], scenario: scenario)["API"])
    let dockerfile = try XCTUnwrap(files["Dockerfile"])
    XCTAssertFalse(dockerfile.contains("escape="))
    XCTAssertTrue(dockerfile.contains("FROM mcr.microsoft.com/dotnet/runtime:10.0"))
    XCTAssertTrue(dockerfile.contains("USER 10001"))
    let task =
      try JSONSerialization.jsonObject(with: Data(try XCTUnwrap(files["task-definition.json"]).utf8)) as? [String: Any]
    XCTAssertEqual(task?["requiresCompatibilities"] as? [String], ["FARGATE"])
    XCTAssertEqual(task?["networkMode"] as? String, "awsvpc")
    XCTAssertEqual((task?["runtimePlatform"] as? [String: String])?["operatingSystemFamily"], "LINUX")
    // 0.5 cores and 1.5 GB at 80%: a 1 vCPU / 2 GB Linux task (0.8 cores, 1.6 GB).
    XCTAssertEqual(task?["cpu"] as? String, "1024")
    XCTAssertEqual(task?["memory"] as? String, "2048")
  }

  func testFolderNamesAreSafeAndDistinct() {
    var names = BlueprintFolderNames()
    XCTAssertEqual(names.name(for: "SRV/iis/Default Web Site"), "SRV_iis_Default_Web_Site")
    XCTAssertEqual(names.name(for: "CON"), "_CON")
    XCTAssertEqual(names.name(for: "nul.txt"), "_nul.txt")
    XCTAssertEqual(names.name(for: "../etc"), "_etc")
    XCTAssertEqual(names.name(for: "SRV/iis/Default:Web Site"), "SRV_iis_Default_Web_Site-2")
    XCTAssertEqual(
      names.name(for: "srv_iis_default_web_site"), "srv_iis_default_web_site-3", "names differ beyond case")
  }

  func testBindingsParse() {
    XCTAssertEqual(
      IISBinding.parse("http/*:80:,https/10.0.0.1:443:shop.example.com,net.tcp/808:*"),
      [
        IISBinding(scheme: "http", port: 80, hostHeader: nil),
        IISBinding(scheme: "https", port: 443, hostHeader: "shop.example.com"),
        IISBinding(scheme: "net.tcp", port: 808, hostHeader: nil),
      ])
  }

  func testWriterReplacesAnOlderFolderOnlyWhenTheNewOneIsComplete() throws {
    let estate = Estate(servers: [Server.fixture(id: "srv-1")], applications: [Self.iisSite])
    let context = RenderContext(
      runId: "run-test", createdAt: Date(timeIntervalSince1970: 1_795_910_400), toolVersion: "test")
    let outcome = try AssessmentRun(scenario: Scenario(), context: context).run(estate)
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("bp-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    let folder = root.appendingPathComponent("blueprints").path
    try FileManager.default.createDirectory(atPath: folder + "/old", withIntermediateDirectories: true)
    XCTAssertEqual(try BlueprintWriter().write(outcome, to: folder), 1)
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: folder), ["WEB01_iis_Shop"])
    XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["blueprints"], "nothing left aside")
  }
}
