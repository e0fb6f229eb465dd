# Closing sys.stdout flushes it; printing afterwards is an error.
import sys

print("first")
print("on stderr", file=sys.stderr)
sys.stdout.close()
print("closed:", sys.stdout.closed, file=sys.stderr)
try:
    print("too late")
except ValueError as e:
    print("ValueError:", e, file=sys.stderr)
