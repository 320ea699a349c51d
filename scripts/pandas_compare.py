#!/usr/bin/env python3
"""COMPARISON ONLY - not part of containerfit.

What a consultant might write instead of containerfit: read a flat CSV estate with pandas, score
it with vectorised versions of the same rules (weights from docs/scoring.md; the simpler rules
only: no base-image choice, no image-size estimate, no per-finding evidence, no data-gap
reporting, no isolation comparison), and pack the containerisable applications with first-fit
decreasing on one host shape. It exists to put containerfit's speed next to a familiar tool on
the same file and the same machine; its outputs are not checked against containerfit's.

Usage: scripts/pandas_compare.py ESTATE.csv [--containerfit PATH]
  ESTATE.csv is a flat file from `containerfit generate --format csv`. With --containerfit, the
  same file is also run through `containerfit validate` (and `assess` when it exists) and the
  ratio printed. Needs pandas and numpy (pip install pandas numpy).
"""

import argparse
import os
import resource
import subprocess
import sys
import time

import numpy as np
import pandas as pd

# Weights of docs/scoring.md (points deducted).
KIND = {"desktop": 30, "scheduled-task": 10, "windows-service": 5}
GUI = {"required": 50, "optional": 10}
REGISTRY = {"write": 15, "read": 5}
LOCAL = {"data": 15, "logs": 5}
LOG = {"file": 5, "eventlog": 5}
DEPENDENCY = {
    "kernel-driver": 50, "infrastructure-role": 50, "office-interop": 25, "database-server": 20,
    "msdtc": 15, "msmq": 15, "printer": 15, "directx": 15, "shared-memory": 15, "windows-auth": 10,
    "com+": 10, "fonts": 10, "msi-installer": 5, "gac": 5, "smb-share": 5, "32-bit": 5,
    "non-http-binding": 5,
}
BLOCKING_DEPENDENCIES = {"kernel-driver", "infrastructure-role"}
# m5.4xlarge, 0.5 core + 2 GiB reserved, 80 % target (the default scenario's host).
HOST_CORES = (16 - 0.5) * 0.8
HOST_MEMORY = (64 - 2) * 0.8


def read(path):
    return pd.read_csv(path, dtype={"server_os_build": "float64"}, keep_default_na=False, na_values=[""])


def score(df):
    points = np.zeros(len(df))
    blocker = np.zeros(len(df), dtype=bool)
    for column, table in (("kind", KIND), ("gui", GUI), ("registry_state", REGISTRY), ("local_state", LOCAL),
                          ("log_target", LOG)):
        points += df[column].map(table).fillna(0).to_numpy()
    blocker |= (df["gui"] == "required").to_numpy()
    points += np.where(df["in_memory_state"].astype(str).str.lower() == "true", 10, 0)
    sensitive = (df["code_page_sensitive"].astype(str).str.lower() == "true") & (df["server_ansi_code_page"] != 65001)
    points += np.where(sensitive, 10, 0)
    deps = df["dependencies"].fillna("").str.split(";").explode()
    dep_points = deps.map(DEPENDENCY).fillna(0).groupby(level=0).sum()
    points += dep_points.reindex(df.index, fill_value=0).to_numpy()
    dep_blocker = deps.isin(BLOCKING_DEPENDENCIES).groupby(level=0).any()
    blocker |= dep_blocker.reindex(df.index, fill_value=False).to_numpy()
    runtime = df["runtime"].fillna("")
    points += np.where(runtime.str.match(r"dotnet-framework-1"), 50, 0)
    blocker |= runtime.str.match(r"dotnet-framework-1").to_numpy()
    points += np.where(runtime.str.match(r"dotnet-framework-[23]"), 5, 0)
    old_os = df["server_os_name"].fillna("").str.contains("2008|2012")
    points += np.where(old_os, 15, 0)
    result = df[["app_id", "server_id"]].copy()
    result["score"] = np.maximum(0, 100 - points)
    result["verdict"] = np.select(
        [blocker, result["score"] >= 80, result["score"] >= 60, result["score"] >= 40],
        ["unsuitable", "ready", "minor", "major"], default="unsuitable")
    return result


def demand(df):
    apps_on_server = df.groupby("server_id")["app_id"].transform("count")
    share_cpu = df["server_cores"] * df["server_cpu_util_pct"].fillna(50) / 100 / apps_on_server
    share_memory = df["server_memory_gb"] * df["server_mem_util_pct"].fillna(50) / 100 / apps_on_server
    cpu = df["cpu_cores"].fillna(share_cpu).fillna(0.25)
    memory = df["memory_gb"].fillna(share_memory).fillna(1.0)
    return cpu.to_numpy(), memory.to_numpy()


def first_fit_decreasing(cpu, memory):
    """Plain FFD by normalised size; the open bins are scanned in a Python loop (what one writes)."""
    order = np.argsort(-(cpu / HOST_CORES + memory / HOST_MEMORY), kind="stable")
    free_cpu = []
    free_memory = []
    for index in order:
        c, m = cpu[index], memory[index]
        if c > HOST_CORES or m > HOST_MEMORY:
            continue
        for b in range(len(free_cpu)):
            if free_cpu[b] >= c and free_memory[b] >= m:
                free_cpu[b] -= c
                free_memory[b] -= m
                break
        else:
            free_cpu.append(HOST_CORES - c)
            free_memory.append(HOST_MEMORY - m)
    return len(free_cpu)


def first_fit_decreasing_vectorised(cpu, memory):
    """FFD with the bin scan vectorised in numpy (the best one does without a compiled extension)."""
    order = np.argsort(-(cpu / HOST_CORES + memory / HOST_MEMORY), kind="stable")
    capacity = len(cpu) + 1
    free_cpu = np.empty(capacity)
    free_memory = np.empty(capacity)
    bins = 0
    for index in order:
        c, m = cpu[index], memory[index]
        if c > HOST_CORES or m > HOST_MEMORY:
            continue
        fits = np.flatnonzero((free_cpu[:bins] >= c) & (free_memory[:bins] >= m))
        b = fits[0] if len(fits) else bins
        if b == bins:
            free_cpu[b] = HOST_CORES
            free_memory[b] = HOST_MEMORY
            bins += 1
        free_cpu[b] -= c
        free_memory[b] -= m
    return bins


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("estate")
    parser.add_argument("--containerfit", help="path of the containerfit binary to run side by side")
    parser.add_argument("--pack-limit", type=int, default=200_000,
                        help="pack at most this many apps with FFD (its bin scan is quadratic); "
                             "larger estates are timed on a prefix and the time extrapolated")
    args = parser.parse_args()

    timings = []
    start = time.perf_counter()
    df = read(args.estate)
    timings.append(("read (pandas.read_csv)", time.perf_counter() - start))
    start = time.perf_counter()
    scored = score(df)
    timings.append(("score (vectorised rules)", time.perf_counter() - start))
    start = time.perf_counter()
    cpu, memory = demand(df)
    keep = (scored["verdict"] != "unsuitable").to_numpy()
    cpu, memory = cpu[keep], memory[keep]
    n = len(cpu)
    limit = min(n, args.pack_limit)
    bins = first_fit_decreasing_vectorised(cpu[:limit], memory[:limit])
    elapsed = time.perf_counter() - start
    note = ""
    if limit < n:
        # The scan over open bins grows with the bins: time grows about quadratically.
        elapsed *= (n / limit) ** 2
        note = f" (extrapolated from {limit:,} of {n:,} items, ×(n/limit)²)"
    timings.append((f"pack (first-fit decreasing){note}", elapsed))
    total = sum(t for _, t in timings)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"pandas comparison on {os.path.basename(args.estate)}: {len(df):,} applications, "
          f"{(scored['verdict'] != 'unsuitable').sum():,} containerisable, {bins:,} hosts for the packed items")
    for name, seconds in timings:
        print(f"  {name:<60} {seconds:8.2f} s")
    print(f"  {'total':<60} {total:8.2f} s   peak RSS {peak:,.0f} MB")

    if args.containerfit:
        for command in (["validate", "--quiet", args.estate], ["assess", args.estate, "--no-history",
                                                               "--out", "/tmp/containerfit-compare-out"]):
            if command[0] == "assess" and subprocess.run([args.containerfit, "assess", "--help"],
                                                         capture_output=True).returncode != 0:
                continue
            start = time.perf_counter()
            subprocess.run([args.containerfit, *command], capture_output=True, check=False)
            seconds = time.perf_counter() - start
            print(f"  containerfit {command[0]:<47} {seconds:8.2f} s   pandas / containerfit = {total / seconds:.1f}×")


if __name__ == "__main__":
    sys.exit(main())
