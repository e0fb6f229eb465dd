package vm

import (
	"strconv"
	"strings"
	"testing"
)

// checkExprTable runs one program that prints, for every expression, its
// source and repr(value) or the exception it raised, on quicken and on
// python3, and compares the outputs (one python3 run per table).
func checkExprTable(t *testing.T, setup string, exprs []string) {
	t.Helper()
	var b strings.Builder
	b.WriteString(setup)
	b.WriteString(`
def _show(src, f):
    try:
        r = f()
    except BaseException as e:
        print(src, "->", type(e).__name__ + ":", e)
    else:
        print(src, "->", repr(r))
`)
	for _, e := range exprs {
		b.WriteString("_show(" + strconv.Quote(e) + ", lambda: " + e + ")\n")
	}
	checkPy(t, b.String())
}

func TestStrCore(t *testing.T) {
	checkExprTable(t, `
class S(str): pass
class T(str):
    def __str__(self): return "T!"
class Idx:
    def __index__(self): return 1
class BadStr:
    def __str__(self): return 1
ABC = "abc"
`, []string{
		// construction
		`str()`, `str(5)`, `str(1.5)`, `str(None)`, `str([1, "a"])`, `str("abc")`, `str(object="x")`,
		`str(b"abc")`, `str(b"a\xffb", "utf-8", "replace")`, `str(b"a", "ascii")`, `str(b"\xff")`,
		`str(bytearray(b"xy"), "latin-1")`, `str(b"\xff", "utf-8")`, `str(b"\xff", errors="ignore")`,
		`str(1, "utf-8")`, `str("a", "utf-8")`, `str(b"a", encoding=1)`, `str(b"a", "nope")`,
		`str(1, 2, 3, 4)`, `str(x=5)`, `str(errors="strict")`, `str(BadStr())`,
		`type(str(S("a")))`, `str(T("a"))`, `type(S("a"))`, `S("ab") + "c"`, `type(S("ab") + "c")`,
		`S(5)`, `type(S(b"x", "ascii"))`, `str.__new__(S, 7)`, `S("a") == "a"`, `hash(S("a")) == hash("a")`,
		// comparison
		`"abc" < "abd"`, `"Z" < "a"`, `"é" > "z"`, `"a" < "aa"`, `"a" <= "a"`, `"b" >= "a"`, `"a" != "a"`,
		`"a" < 1`, `"a" == 1`, `"a" > None`, `"\ud800" < "\U00010000"`, `sorted(["b", "A", "a", "é", "😀"])`,
		// concatenation and repetition
		`"a" + "b"`, `"a" + 1`, `1 + "a"`, `"ab" * 3`, `3 * "ab"`, `"ab" * 0`, `"ab" * -1`, `"ab" * 1.5`,
		`"ab" * Idx()`, `"a" * True`, `"ab" * (2**62)`, `"ab" * (2**63)`,
		// indexing and slicing
		`"abc"[0]`, `"abc"[-1]`, `"abc"[3]`, `"abc"[-4]`, `"héllo"[1]`, `"a😀b"[1]`, `"abc"[Idx()]`,
		`ABC[1.5]`, `ABC["x"]`, `ABC[None]`, `"abc"[2**70]`, `"abc"[True]`,
		`"abcdef"[1:4]`, `"abcdef"[::2]`, `"abcdef"[::-1]`, `"abcdef"[-2:]`, `"abcdef"[:-2]`, `"abcdef"[5:1:-2]`,
		`"héllo😀"[1:5]`, `"héllo😀"[::-1]`, `"abc"[::0]`, `"abc"[1:"x"]`, `"abc"[Idx():]`, `"abc"[-100:100]`,
		`"abc"[2**70:]`, `"abc"[:-2**70]`,
		// len, in, iteration
		`len("")`, `len("héllo😀")`, `"b" in "abc"`, `"" in "abc"`, `"é" in "café"`, `1 in "a"`, `None in "a"`,
		`list("héllo")`, `list(iter("ab"))`, `type(iter("ab")).__name__`, `type(iter("é")).__name__`,
		`type(iter("")).__name__`, `iter("héllo").__length_hint__()`, `next(iter("😀"))`,
		// repr, sizes
		`repr("it's")`, `repr('"')`, `repr("a\n\t\\")`, `repr("\x00\x7f\x80\xa0é")`, `repr("\ud800")`,
		`"abc".__sizeof__()`, `"é".__sizeof__()`, `"€".__sizeof__()`, `"😀".__sizeof__()`, `S("a").__sizeof__()`,
		`S("€").__sizeof__()`, `"a".__getnewargs__()`,
	})
}

func TestStrGetsizeof(t *testing.T) {
	checkPy(t, `
import sys
class S(str): pass
for s in ["", "a", "abc" * 10, "é", "éa", "€", "€a", "😀", "a😀", "\ud800", S(""), S("a"), S("é"), S("€"), S("😀")]:
    print(repr(s), sys.getsizeof(s), s.__sizeof__())
`)
}

func TestStrPrograms(t *testing.T) {
	checkPy(t, `
text = """The quick brown fox jumps over the lazy dog.
Pack my box with five dozen liquor jugs!
How vexingly quick daft zebras jump; Sphinx of black quartz, judge my vow."""
words = [w.strip(".,;!").lower() for w in text.split()]
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
for w, n in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8]:
    print(f"{w:<10}{n:>3} {'#' * n}")
print("%-12s|%8.3f|%+05d|%x" % ("row", 3.14159, 42, 255))
print("{:^20}".format(" centered "), "{0:*>8}{1:_<8}".format("r", "l"))
lines = text.splitlines()
width = max(map(len, lines))
for i, line in enumerate(lines, 1):
    print(f"{i:02d}: {line.ljust(width)}|", line.count("o"), line.find("quick"), line.title()[:12])
caesar = str.maketrans("abcdefghijklmnopqrstuvwxyz", "defghijklmnopqrstuvwxyzabc")
print(lines[0].lower().translate(caesar))
print(" ".join(reversed(lines[1].split())), "-".join("abc"), ",".join(map(str, range(5))))
s = "naïve café 日本語 😀"
print(len(s), s.upper(), s[::-1], s.encode("utf-8"), s.encode("utf-8").decode("utf-8") == s)
print(repr(s), ascii(s), s.center(24, "·"), s.partition(" "), s.rsplit(" ", 1))
table = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.125)]
for name, n, x in table:
    print("%-8s%5d%10.2f" % (name, n, x), "{:>8}{:>5}{:>10.2e}".format(name, n, x))
b = bytearray()
for w in words[:6]:
    b += w.encode() + b" "
print(b, bytes(b).upper().split(), b.hex(" ", 4), b.count(b"o"))
print("%(name)s is %(age)d" % {"name": "Ann", "age": 30}, "{0[0]}-{0[1]}".format("xy"))
`)
}

// TestStrIdentity checks which operations return the very object they
// were given (observable with "is").
func TestStrIdentity(t *testing.T) {
	checkPy(t, `
s = 'abc' + 'def'
print(s.translate({}) is s, s.replace('x', 'y') is s, s.expandtabs() is s, s.strip() is s, s.removeprefix('x') is s,
      s.center(2) is s, s.zfill(2) is s, s.ljust(1) is s, s[:] is s, s[0:6] is s, (s + '') is s, ('' + s) is s,
      (s * 1) is s, s.split()[0] is s, s.splitlines()[0] is s, s.partition('x')[0] is s, str(s) is s, format(s) is s,
      f'{s}' is s, '%s' % s is s, '{}'.format(s) is s, ''.join([s]) is s, s.lower() is s, s.title() is s)
b = b'abc' + b'def'
print(b.translate(None) is b, b.replace(b'x', b'y') is b, b.strip() is b, b.center(2) is b, b[:] is b,
      b.split()[0] is b, (b + b'') is b, (b * 1) is b, bytes(b) is b, b.removeprefix(b'x') is b, b.expandtabs() is b,
      b.zfill(1) is b, b.partition(b'x')[0] is b, b''.join([b]) is b, b.lower() is b, b.__bytes__() is b)
`)
}
