# print(): sep, end, file=sys.stderr, flush, and how values are converted.
import sys

print("a", "b", "c")
print("a", "b", "c", sep="")
print("a", "b", "c", sep=", ")
print("a", "b", "c", sep="\n")
print("no newline", end="")
print(" <- continued", end="!\n")
print("multi", "sep", sep=" -> ", end=" [end]\n")
print()
print("", "leading empty", sep="|")
print(*range(5))
print(*range(5), sep="+", end="=" + str(sum(range(5))) + "\n")
print(*"spread")
print(*[], sep="X")
print("empty star above printed a blank line")
print(None, True, 1.5, [1, "2"], (3,), {"k": None}, b"b", sep=" ; ")
print("sep None means space", sep=None)
print("end None means newline", end=None)
print("to stderr", file=sys.stderr)
print("stderr", "with", "sep", sep="_", file=sys.stderr)
print("flush keyword accepted", flush=True)
sys.stdout.write("sys.stdout.write returns the count: ")
n = sys.stdout.write("hello\n")
print(n)
count = sys.stderr.write("direct stderr write\n")
print("stderr write count", count)
print("file=None means stdout", file=None)


class Loud:
    def __str__(self):
        return "LOUD"

    def __repr__(self):
        return "loud()"


print(Loud(), [Loud()], f"{Loud()}", str(Loud()), repr(Loud()))
for bad in ({"sep": 1}, {"end": 5}, {"foo": 1}):
    try:
        print("x", **bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    print(*1)
except TypeError as e:
    print("TypeError:", e)
for i in range(3):
    print(i, end=" ")
print()
row = ["name", "qty", "price"]
print(*row, sep="\t")
print("\t".join(row).expandtabs(12))
print("unicode:", "café", "日本", "😀", "\u2603", sep=" ")
print("tabs\tand\nnewlines inside")
print("percent %s" % "formatting", "format {}".format("method"), f"f-{'string'}")
lines = ["first", "second", "third"]
print(*lines, sep="\n", end="\n---\n")
print("progress: ", end="")
for step in range(5):
    print("#", end="", flush=True)
print(" done")
print("stderr interleaving", file=sys.stderr, end="!\n")
print(sys.stdout.isatty() in (True, False), sys.stderr is not sys.stdout)
print("last line without trailing newline", end="")
print()
