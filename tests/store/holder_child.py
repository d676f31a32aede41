"""Child process for the locked-workspace tests: another program holding the
workspace. Usage: holder_child.py WORKSPACE PROGRAM [--no-lock]

Opens the workspace as PROGRAM would (its holder record names PROGRAM), takes
the write lock (unless ``--no-lock``), prints ``held`` and keeps both until its
standard input closes.
"""

from __future__ import annotations

import sys

from judgeapp.store.db import open_workspace


def main() -> None:
    folder, program = sys.argv[1], sys.argv[2]
    lock = "--no-lock" not in sys.argv[3:]
    sys.argv = ["judgeapp", *program.split()[1:]] if program.startswith("judgeapp") else ["x"]
    ws = open_workspace(folder)
    if lock:
        with ws.transaction():
            print("held", flush=True)
            sys.stdin.read()
    else:
        print("held", flush=True)
        sys.stdin.read()
    ws.close()


if __name__ == "__main__":
    main()
