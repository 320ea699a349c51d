// Stage benchmark: times each pipeline stage of containerfit on one inventory file.
//
// Not part of the product: `scripts/bench` compiles it against the release build's modules and
// runs it. Usage: stagebench FILE [parse|read]  (parse: stop after the reader; read: after the loader)
//        stagebench classes [N [INSTANCES [CLASS...]]] [dual]  (the packer on Caprara-Toth classes; default
//          500 10; dual: also the knapsack-dual bound where the capacity is small)
//        stagebench pack [N [RUNS]]  (the packer on one realistic pool of N demand vectors; default 1000000 1)
//        stagebench FILE [pools] [plancache OUT]  (pools: per-pool containers, hosts, bound; plancache:
//          save the plan stage's input to OUT)
//        stagebench plan OUT [RUNS] [pools] [json PATH]  (the plan stage alone from a saved input; json:
//          write the whole result, to compare two builds' plans byte for byte)
// Prints one line per stage: stage, wall seconds, CPU seconds (process), and a throughput.

import ContainerFitAssessment
import ContainerFitImport
import ContainerFitModel
import ContainerFitPlanning
import ContainerFitRun
import Foundation

#if canImport(Glibc)
  import Glibc
#endif

func cpuSeconds() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  let user = Double(usage.ru_utime.tv_sec) + Double(usage.ru_utime.tv_usec) / 1e6
  let system = Double(usage.ru_stime.tv_sec) + Double(usage.ru_stime.tv_usec) / 1e6
  return user + system
}

func wallSeconds() -> Double {
  var now = timespec()
  clock_gettime(CLOCK_MONOTONIC, &now)
  return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
}

func measure<T>(_ name: String, units: (T) -> (Double, String), _ body: () throws -> T) rethrows -> T {
  let wall0 = wallSeconds()
  let cpu0 = cpuSeconds()
  let result = try body()
  let wall = wallSeconds() - wall0
  let cpu = cpuSeconds() - cpu0
  let (amount, unit) = units(result)
  let rate = amount / max(wall, 1e-9)
  print(
    String(
      format: "%-10@ wall %7.3f s  cpu %7.3f s  %12.0f %@/s (wall)  %12.0f %@/cpu-s", name as NSString, wall, cpu,
      rate, unit as NSString, amount / max(cpu, 1e-9), unit as NSString))
  return result
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
  FileHandle.standardError.write(
    Data("usage: stagebench FILE [parse|read] | classes [N [INSTANCES [CLASS...]]] | pack [N [RUNS]]\n".utf8))
  exit(64)
}
let numbers = arguments.dropFirst(2).compactMap { Int($0) }
if arguments[1] == "classes" {
  let chosen = Array(numbers.dropFirst(2))
  PackingBench.classes(
    count: numbers.first ?? 500, instances: numbers.dropFirst().first ?? 10,
    classes: chosen.isEmpty ? [1, 4, 5, 6, 7, 9, 2, 3, 8, 10] : chosen, withDual: arguments.contains("dual"))
  exit(0)
}
if arguments[1] == "plan", arguments.count >= 3 {
  let cached = try PlanCache.read(from: arguments[2])
  let planner = try Planner(scenario: Scenario())
  var plan: PlanningResult?
  for _ in 0..<max(1, numbers.first ?? 1) {
    plan = measure("plan", units: { (_: PlanningResult) in (Double(cached.workloads.count), "items") }) {
      planner.plan(workloads: cached.workloads, servers: cached.servers)
    }
  }
  if let plan { report(plan) }
  if let plan, let index = arguments.firstIndex(of: "json"), index + 1 < arguments.count {
    // The whole result, for comparing two builds' plans byte for byte.
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.sortedKeys]
    try encoder.encode(plan).write(to: URL(fileURLWithPath: arguments[index + 1]))
  }
  exit(0)
}
if arguments[1] == "pack" {
  PackingBench.pack(count: numbers.first ?? 1_000_000, runs: numbers.dropFirst().first ?? 1)
  exit(0)
}
let path = arguments[1]
let readOnly = arguments.contains("read")
let size = Double((try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)

// The reader alone: records streamed and every field touched, nothing decoded or kept.
func reader(for path: String) -> any InventoryReader {
  if path.hasSuffix(".xml") { return XMLInventoryReader() }
  if path.hasSuffix(".jsonl") { return JSONLinesReader() }
  if path.hasSuffix(".json") { return JSONInventoryReader() }
  return CSVReader()
}
let fieldCount = try measure("read", units: { _ in (size / 1e6, "MB") }) { () -> Int in
  var fields = 0
  try reader(for: path).read(
    InputFile(path: path), emit: { record in fields += record.fields.count + record.attributes.count },
    diagnose: { _ in })
  return fields
}
print("           \(fieldCount) fields")
if arguments.contains("parse") { exit(0) }

// The run's own stages, as `assess` runs them: load (parse + decode + join), score, plan.
let run = try AssessmentRun(
  scenario: Scenario(), context: RenderContext(runId: "bench", createdAt: Date(), toolVersion: "bench"))
let estate = try measure("load", units: { _ in (size / 1e6, "MB") }) { try run.load([path]) }
print("           \(estate.servers.count) servers, \(estate.applications.count) applications")
if readOnly { exit(0) }

let assessed = measure("score", units: { (r: [AssessedApplication]) in (Double(r.count), "apps") }) {
  run.assess(estate)
}
if let index = arguments.firstIndex(of: "plancache"), index + 1 < arguments.count {
  try PlanCache.write(
    workloads: Planner.workloads(for: assessed, in: estate), servers: estate.servers, to: arguments[index + 1])
}
// Workloads, plan and the outcome every report reads.
let outcome = measure("plan", units: { (_: AssessmentOutcome) in (Double(assessed.count), "apps") }) {
  run.outcome(of: estate, assessed: assessed)
}
report(outcome.plan)

func report(_ plan: PlanningResult) {
  print("           \(plan.hosts.count) hosts, lower bound \(plan.consolidation.lowerBoundHosts)")
  let isolation = plan.isolation
  print(
    "           variants: process-only \(isolation.processOnlyHosts), Hyper-V-only \(isolation.hypervOnlyHosts), "
      + "recommended \(isolation.recommendedHosts); \(plan.decommissionedServerIds.count) decommissioned, "
      + "cost \(plan.licensing.targetAnnualCost)")
  guard arguments.contains("pools") else { return }
  // Per pool: containers, hosts, bound, and the hosts above the bound (the plan's gap by pool).
  print("           pool (build/code page/self-managed)  containers  hosts  bound  over")
  for pool in plan.consolidation.pools {
    let name = "\(pool.osBuild)/\(pool.codePage.map(String.init) ?? "-")/\(pool.selfManaged ? "self" : "managed")"
    print(
      String(
        format: "           %-36@ %10d %6d %6d %5d", name as NSString, pool.containers, pool.hosts,
        pool.lowerBoundHosts,
        pool.hosts - pool.lowerBoundHosts))
  }
}
