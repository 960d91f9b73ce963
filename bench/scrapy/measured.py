"""Runs a command and prints what it cost, as `name=value` lines on stdout after the command's own output:
wall_seconds, cpu_seconds (user + system of the command and its children) and rss_peak_mb (the largest
resident set among them). `bench --compare-scrapy` measures Scrapy with it; the same figures for a
harvest come from the harvest's JVM itself.

    python3 measured.py scrapy runspider publications_spider.py ...
"""
import resource
import subprocess
import sys
import time

started = time.monotonic()
exit_code = subprocess.run(sys.argv[1:]).returncode
wall = time.monotonic() - started
children = resource.getrusage(resource.RUSAGE_CHILDREN)
print(f"wall_seconds={wall:.3f}")
print(f"cpu_seconds={children.ru_utime + children.ru_stime:.3f}")
print(f"rss_peak_mb={children.ru_maxrss / 1024:.1f}")  # ru_maxrss is in KiB on Linux
sys.exit(exit_code)
