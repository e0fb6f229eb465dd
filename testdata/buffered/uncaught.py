# Before an uncaught exception is printed, stderr then stdout are flushed;
# output written while handling it comes before the traceback too.
import sys


def fail(n):
    print("about to fail", n)
    print("note on stderr", file=sys.stderr)
    try:
        return 1 / n
    finally:
        print("in finally")


for n in (2, 1):
    print(fail(n))
sys.stdout.write("partial line, no newline")
fail(0)
