# Ends with sys.exit(3): no traceback, exit status 3, finally blocks still run.
import sys


def validate(records):
    bad = [r for r in records if r < 0]
    print("records:", records)
    print("invalid:", bad)
    return not bad


try:
    if not validate([4, 8, -1, 15, -16]):
        print("validation failed, exiting with status 3")
        sys.exit(3)
finally:
    print("finally block runs before the interpreter exits")
print("never printed")
