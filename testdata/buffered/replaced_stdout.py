# Shutdown flushes whatever sys.stdout is then; a failing flush is
# reported as unraisable and the exit status becomes 120.
import sys


class Tee:
    def __init__(self):
        self.parts = []

    def write(self, s):
        self.parts.append(s)
        return len(s)

    def flush(self):
        sys.__stdout__.write("".join(self.parts))
        self.parts.clear()
        raise OSError("cannot flush the tee")


print("straight to the real stdout")
sys.stdout = Tee()
print("through the tee")
print("to stderr", file=sys.stderr)
