# input() flushes stderr, writes the prompt, flushes stdout, then reads.
import sys

print("before the question")
sys.stderr.write("pending on stderr")
name = input("name? ")
print("hello", name)
print("err after", file=sys.stderr)
line = sys.stdin.readline()
print("read", repr(line))
print("err at end", file=sys.stderr)
