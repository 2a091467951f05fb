"""Fault injection at scale: kill builds at many points and fill the disk; count data lost.

    python bench/faults.py [--kills 30] [--articles 1500]

Each round starts from a valid build, then either kills a new build with SIGKILL at a random
moment or runs it under a file-size limit (a full disk). After every fault the output folder
must hold a valid build, and a fresh build must succeed. Prints faults injected and data lost.
"""

from __future__ import annotations

import argparse
import random
import resource
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from newstables.validation import validate  # noqa: E402
from test_faults import build_cmd, digests, make_raw  # noqa: E402


def _limit() -> None:
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (random.randint(20_000, 2_000_000),) * 2)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--kills", type=int, default=30)
    ap.add_argument("--disk-full", type=int, default=10)
    ap.add_argument("--articles", type=int, default=1500)
    args = ap.parse_args()
    rng = random.Random(5)
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        small, big, out = make_raw(base / "small", 12), make_raw(base / "big", args.articles), base / "out"
        subprocess.run(build_cmd(small, out), check=True, capture_output=True)
        t0 = time.monotonic()
        subprocess.run(build_cmd(big, base / "timing"), check=True, capture_output=True)
        duration = time.monotonic() - t0
        injected = lost = invalid = 0
        for _ in range(args.kills):
            before = digests(out)
            proc = subprocess.Popen(build_cmd(big, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            time.sleep(rng.uniform(0, duration * 1.05))
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            injected += 1
            now = digests(out)
            invalid += not validate(out, frictionless=False).ok
            lost += now != before and set(now) != set(before)
        for _ in range(args.disk_full):
            before = digests(out)
            proc = subprocess.run(build_cmd(big, out), capture_output=True, text=True, preexec_fn=_limit)
            injected += 1
            invalid += not validate(out, frictionless=False).ok
            lost += proc.returncode != 0 and digests(out) != before
        final = subprocess.run(build_cmd(small, out), capture_output=True)
        print(f"build time {duration:.1f}s for {args.articles} articles")
        kinds = f"{args.kills} SIGKILL at random moments, {args.disk_full} full disks"
        print(f"faults injected: {injected} ({kinds})")
        ok = final.returncode == 0
        print(f"invalid outputs after a fault: {invalid}; data lost: {lost}; next build succeeded: {ok}")


if __name__ == "__main__":
    main()
