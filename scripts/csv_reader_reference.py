"""The reference for containerfit's speed bound: Python's csv.reader merely reading a CSV file,
touching every field (scripts/bench and scripts/alternate time it beside `containerfit assess`)."""
import csv
import sys

n = 0
with open(sys.argv[1], newline="", encoding="utf-8") as f:
    for row in csv.reader(f):
        for field in row:
            n += len(field)
print(n)
