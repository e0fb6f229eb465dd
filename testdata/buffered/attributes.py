# How CPython set up the standard streams for a file or a pipe.
import sys

for name in ("stdout", "stderr"):
    s = getattr(sys, name)
    print(name, s.line_buffering, s.write_through, s.isatty(), file=sys.stderr)
print("stdin", sys.stdin.isatty())
