# Generators left suspended in globals are closed at exit, after the
# streams were first flushed; their tracebacks show no source lines then.
import sys


def worker(name):
    try:
        yield name
    finally:
        print("closing", name)
        print("closing", name, "(stderr)", file=sys.stderr)
        if name == "b":
            raise ValueError("b refuses")


a = worker("a")
next(a)
b = worker("b")
next(b)
print("end of program")
print("end of program (stderr)", file=sys.stderr)
