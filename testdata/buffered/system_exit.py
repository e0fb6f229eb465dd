# sys.exit with a message: the message goes to stderr after the flush.
import sys

print("working")
print("warning: something", file=sys.stderr)
print("more output")
sys.exit("fatal: giving up")
