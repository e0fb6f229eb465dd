package vm

import (
	"strings"
	"testing"
)

const bytesSetup = `
class B(bytes): pass
class BA(bytearray): pass
class Idx:
    def __index__(self): return 2
class HasBytes:
    def __bytes__(self): return b"hb"
class BadBytes:
    def __bytes__(self): return "x"
K = b"abc"
`

func TestBytesCore(t *testing.T) {
	checkExprTable(t, bytesSetup, []string{
		// construction
		`bytes()`, `bytes(3)`, `bytes([1, 2])`, `bytes((65, 66))`, `bytes(range(3))`, `bytes(iter([65]))`, `bytes(b"ab")`,
		`bytes(bytearray(b"ab"))`, `bytes("é", "utf-8")`, `bytes("a", encoding="ascii")`, `bytes("é", "ascii", "replace")`,
		`bytes(HasBytes())`, `bytes(BadBytes())`, `bytes(Idx())`, `bytes([Idx()])`, `bytes("a")`, `bytes(1.5)`, `bytes([300])`,
		`bytes([-1])`, `bytes(["a"])`, `bytes(-1)`, `bytes("a", "xx")`, `bytes(5, "utf-8")`, `bytes(errors="x")`, `bytes(encoding="x")`,
		`bytes("a", errors="x")`, `bytes(5, errors="x")`, `bytes("é", "ascii")`, `bytes(1, 2, 3, 4)`, `bytes(x=1)`, `bytes(b"a", 1)`,
		`bytes(None)`, `bytes([2**100])`, `bytes(2**64)`, `bytearray(-2**100)`, `bytes("a", None)`, `bytearray("a", "utf-8", None)`,
		`bytes.fromhex(None)`, `type(B(b"x"))`, `B(b"xy")`, `B(3)`, `type(B([65]))`, `bytes(B(b"q"))`, `type(bytes(B(b"q")))`,
		// repr, comparison, hash
		`b"it's"`, `b'"'`, `b"'\""`, `b"\x00\t\n\r\x7f\x80\xff\\"`, `repr(bytearray(b"a'b"))`, `BA(b"ab")`, `B(b"ab")`, `str(b"x")`,
		`b"a" == b"a"`, `b"a" == "a"`, `b"a" == bytearray(b"a")`, `bytearray(b"a") == b"a"`, `b"ab" < b"abc"`, `b"b" > b"abc"`,
		`b"a" < bytearray(b"b")`, `bytearray(b"ab") >= b"ab"`, `b"a" < "a"`, `bytearray(b"a") < "a"`, `b"a" < 1`, `b"\xff" > b"\x01"`,
		`hash(b"abc")`, `hash(b"")`, `hash(B(b"abc")) == hash(b"abc")`, `hash(bytearray())`, `{b"a": 1}[b"a"]`,
		// sequence protocol
		`len(b"abc")`, `len(bytearray(b"ab"))`, `K[0]`, `K[-1]`, `K[3]`, `K[-4]`, `K[Idx()]`, `K["x"]`, `K[1.5]`, `K[2**70]`,
		`bytearray(K)[5]`, `bytearray(K)["x"]`, `K[1:]`, `K[::-1]`, `K[::2]`, `K[5:1:-1]`, `K[::0]`, `K[:]`, `bytearray(K)[1:]`,
		`bytearray(K)[::-1]`, `type(B(b"ab")[:])`, `list(b"ab")`, `list(bytearray(b"ab"))`, `type(iter(b"")).__name__`,
		`type(iter(bytearray())).__name__`, `iter(b"ab").__length_hint__()`, `iter(b"ab").__reduce__()`,
		`98 in b"abc"`, `b"bc" in b"abc"`, `b"" in b""`, `bytearray(b"b") in b"abc"`, `b"a" in bytearray(b"abc")`, `300 in b"a"`,
		`-1 in b"a"`, `"a" in b"a"`, `"a" in bytearray(b"a")`, `Idx() in b"\x02"`, `2**100 in b"a"`, `1.5 in b"a"`,
		`b"a" + b"b"`, `b"a" + bytearray(b"b")`, `bytearray(b"a") + b"b"`, `b"a" + "b"`, `bytearray(b"a") + "b"`, `"a" + b"b"`,
		`b"ab" * 2`, `2 * b"ab"`, `b"ab" * -1`, `b"ab" * 1.5`, `bytearray(b"ab") * 2`, `b"ab" * Idx()`, `b"a" * (2**63)`,
		`b"ab" * (2**62)`, `bytearray(b"ab") * (2**62)`, `type(B(b"a") * 1)`, `type(B(b"a") + b"")`,
		// sizes
		`bytearray().__sizeof__()`, `bytearray(b"abc").__sizeof__()`,
		`bytearray(b"a").__alloc__()`, `b"x".__getnewargs__()`, `b"x".__bytes__()`, `type(B(b"x").__bytes__())`,
		`B(b"x").__getnewargs__()`, `b"x".__bytes__(1)`,
	})
}

func TestBytesMethods(t *testing.T) {
	var exprs []string
	for _, s := range []string{`b"abc"`, `bytearray(b"abc")`} {
		for _, e := range []string{
			`.count(b"b")`, `.count(98)`, `.count(b"")`, `.count(b"b", 2)`, `.count(1.5)`, `.count("b")`, `.count(300)`, `.count(b"a", x=1)`,
			`.find(b"c")`, `.find(99)`, `.find("b")`, `.find()`, `.rfind(b"")`, `.index(b"z")`, `.rindex(120)`, `.index(b"c", -1)`,
			`.startswith(b"a")`, `.startswith("a")`, `.startswith(("a",))`, `.startswith(98)`, `.endswith((b"c", bytearray(b"x")))`,
			`.startswith(b"b", 1)`, `.endswith(b"")`, `.startswith()`,
			`.split(b"b")`, `.split("b")`, `.split(1)`, `.split(b"")`, `.split()`, `.split(None)`, `.rsplit(b"b", 1)`, `.split(maxsplit=1.5)`,
			`.split(b"a", 1, 2)`, `.strip(b"ac")`, `.strip("a")`, `.strip(1)`, `.lstrip(b"a", 1)`, `.rstrip(b"c")`, `.strip()`,
			`.join([b"x", b"y"])`, `.join([1])`, `.join(["a"])`, `.join(1)`, `.join()`, `.join([bytearray(b"q")])`,
			`.replace(b"b", b"XX")`, `.replace("a", b"b")`, `.replace(b"a", "b")`, `.replace(b"a", b"b", "c")`, `.replace(b"a")`, `.replace(b"", b"-")`,
			`.partition(b"b")`, `.partition("b")`, `.partition(b"")`, `.rpartition(b"x")`, `.partition(b"x")`,
			`.find([], "x")`, `.rindex([], 1.5)`, `.count([], 1, "x")`, `.split([], "x")`, `.rsplit(1, 2**100)`,
			`.rpartition(bytearray(b"b"))`, `.partition(B(b"b"))`, `.rpartition(memoryview(b"x"))`,
			`.center(7)`, `.center(7, b"-")`, `.center(5, "x")`, `.center(5, b"xy")`, `.center("x")`, `.center(10, bytearray(b"-"))`,
			`.ljust(5, b"*")`, `.rjust(5)`, `.center(-1)`, `.center(3, fillchar=b"x")`, `.zfill(6)`, `.zfill("x")`, `.zfill()`,
			`.decode()`, `.decode("ascii")`, `.decode(1)`, `.decode("xx")`, `.decode(encoding="latin-1", errors="x")`, `.decode("a", "b", "c")`,
			`.hex()`, `.hex(":")`, `.hex(":", 2)`, `.hex(bytearray(b"-"))`, `.hex(memoryview(b"-"))`, `.hex(B(b"-"))`, `.hex("::")`, `.hex(1)`, `.hex([1])`, `.hex(b":", -1)`, `.hex(x=1)`, `.hex("é")`,
			`.upper()`, `.lower()`, `.title()`, `.capitalize()`, `.swapcase()`, `.upper(1)`,
			`.isalpha()`, `.isalnum()`, `.isdigit()`, `.islower()`, `.isupper()`, `.isspace()`, `.istitle()`, `.isascii()`,
			`.expandtabs()`, `.expandtabs(4)`, `.expandtabs(x=1)`, `.splitlines()`, `.splitlines(True)`, `.splitlines(1, 2)`,
			`.removeprefix(b"a")`, `.removesuffix(b"c")`, `.removeprefix("a")`, `.removeprefix()`,
			`.translate(None)`, `.translate(None, b"a")`, `.translate(b"x")`, `.translate("x" * 256)`, `.translate(bytes(range(256)), delete=b"b")`,
			`.translate(table=None)`, `.translate()`, `.translate(None, b"", 1)`, `.maketrans(b"a", b"b")[97]`,
			`.__getitem__(0)`, `.__contains__(97)`, `.__len__()`, `.__mod__(())`,
		} {
			exprs = append(exprs, s+e)
		}
	}
	exprs = append(exprs, `bytes.fromhex("61 62")`, `bytes.fromhex(" 61 ")`, `bytes.fromhex("zz")`, `bytes.fromhex("6")`, `bytes.fromhex("61 6")`,
		`bytes.fromhex(1)`, `bytes.fromhex()`, `bytearray.fromhex("6162")`, `bytearray.fromhex()`, `B.fromhex("41")`, `type(B.fromhex("41"))`,
		`BA.fromhex("41")`, `bytes.fromhex("ab\u00e9")`, `bytes.maketrans(b"a", b"bc")`, `bytes.maketrans("a", b"b")`, `len(bytes.maketrans(b"a", b"b"))`,
		`bytes.maketrans()`, `bytes.maketrans(b"a")`, `bytes.maketrans(bytearray(b"a"), b"b")[97]`, `b"a\tb".expandtabs(4)`,
		`b"\xe9".hex()`, `b" a  b ".split()`, `b"a b".rsplit(maxsplit=0)`, `b"a\nb\r\nc".splitlines(keepends=True)`,
		`b"a\xffb".decode("utf-8", "replace")`, `b"\xff".decode()`, `b"\xff".decode("ascii")`,
		`type(B(b"abc").upper())`, `type(B(b"abc").strip())`, `type(B(b"abc").split()[0])`, `type(BA(b"abc").upper())`,
		`type(b"abc".partition(memoryview(b"b"))[1])`, `type(bytearray(b"abc").rpartition(memoryview(b"b"))[1])`,
		`[k for k in bytes.__dict__ if not k.startswith("__")]`, `[k for k in bytearray.__dict__ if not k.startswith("__")]`)
	checkExprTable(t, bytesSetup, exprs)
}

func TestByteArrayMutation(t *testing.T) {
	checkPy(t, `
import sys
def show(label, b):
    print(label, b, len(b), b.__alloc__(), sys.getsizeof(b))
b = bytearray()
show("empty", b)
for i in range(40):
    b.append(i % 26 + 97)
    print(len(b), sys.getsizeof(b), end=" ")
print()
show("appended", b)
del b[0]
show("del [0]", b)
del b[:5]
show("del [:5]", b)
b[0:2] = b"XYZW"
show("grow", b)
b[1:30] = b""
show("shrink", b)
b.extend(range(65, 70))
show("extend", b)
b.extend(b"xyz")
show("extend bytes", b)
b += b"+="
show("iadd", b)
b *= 2
show("imul", b)
print(b.pop(), b.pop(0), b.pop(-2))
show("pop", b)
b.insert(0, 33); b.insert(-1, 34); b.insert(100, 35)
show("insert", b)
b.remove(33)
show("remove", b)
b.reverse()
show("reverse", b)
c = b.copy()
b.clear()
show("clear", b)
show("copy", c)
c[0] = 65; c[-1] = 66
c[::2] = bytes(len(c[::2]))
show("ext slice", c)
del c[::3]
show("del ext", c)
c[1:3] = [1, 2, 3]
show("iterable slice", c)
c[2:2] = c
show("self slice", c)
for bad in ["c[0] = 256", "c[0] = 'x'", "c[0] = -1", "c[100] = 1", "c['x'] = 1", "c[::2] = b'x'", "c[0:1] = 5",
            "c[0:1] = 'ab'", "c[0:1] = [300]", "del c[100]", "c.append('x')", "c.append(256)", "c.append(2**100)",
            "c.extend(1)", "c.extend(['a'])", "c.extend('ab')", "bytearray().pop()", "c.pop(100)", "c.remove(9)",
            "c.insert(0, 300)", "c.insert(1)", "c.pop(1, 2)", "c.copy(1)", "c += 'x'", "c *= 1.5", "c.__alloc__(1)",
            "c.__reduce_ex__(1, 2)", "c.__reduce_ex__('x')", "c += c", "e = bytearray(); e += e; print(e)"]:
    try:
        exec(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
print(bytearray(b"abc").__reduce__(), bytearray(b"\xe9").__reduce_ex__(2), bytearray(b"ab").__reduce_ex__(3))
class BA(bytearray): pass
x = BA(b"a"); print(x.__reduce__()); x.y = 1; print(x.__reduce__())
for init in ["bytearray(5)", "bytearray([1, 2, 3])", "bytearray((1, 2))", "bytearray(range(10))", "bytearray(b'xyz')",
             "bytearray('é', 'utf-8')", "bytearray(iter([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]))", "bytearray([True, 2])"]:
    v = eval(init)
    show(init, v)
for bad in ["bytearray('a')", "bytearray(-1)", "bytearray([256])", "bytearray(5, 'x')", "bytearray(1.5)",
            "bytearray(errors='x')", "bytearray(['a'])"]:
    try:
        eval(bad)
    except Exception as e:
        print(bad, type(e).__name__, e)
z = bytearray(b"hello")
z.__init__(b"xy")
show("reinit", z)
print(sys.getsizeof(b""), sys.getsizeof(b"abc"), sys.getsizeof(BA(b"abc")))
`)
}

func TestBytesPercent(t *testing.T) {
	checkExprTable(t, bytesSetup, []string{
		`b"%s %d" % (b"x", 5)`, `b"%s" % "x"`, `b"%s" % 1`, `b"%r" % 1`, `b"%a" % "é"`, `b"%r" % b"a"`, `b"%5r" % "é"`,
		`b"%c" % 65`, `b"%c" % b"A"`, `b"%c" % bytearray(b"A")`, `b"%c" % 300`, `b"%c" % "A"`, `b"%c" % b"ab"`, `b"%3c|" % 65`,
		`b"%x" % 255`, `b"%#X" % 255`, `b"%5.2f" % 1.5`, `b"%e" % 1.5`, `b"%g" % 1e20`, `b"%f" % "a"`, `b"%d" % "a"`, `b"%i" % "a"`,
		`b"%x" % 1.5`, `b"%i" % 2.5`, `b"%*d" % (5, 1)`, `b"%.*f" % (2, 1.0)`, `b"%*d" % ("a", 1)`, `b"%(a)s" % {b"a": b"x"}`,
		`b"%(x)d" % {b"x": 5}`, `b"%(a)s" % 1`, `b"%(a)s" % {"a": 1}`, `b"%s %s" % (b"a",)`, `b"%s" % (b"a", b"b")`,
		`b"%s" % bytearray(b"z")`, `b"%b" % b"x"`, `b"%b" % HasBytes()`, `b"%b" % BadBytes()`, `b"%5s|" % b"ab"`,
		`b"%-5s|" % b"ab"`, `b"%.1s" % b"ab"`, `b"%y" % 1`, `b"%\xe9" % 1`, `b"%" % ()`, `b"%%" % ()`, `b"a" % ()`, `b"a" % 1`,
		`b"a" % b"x"`, `b"a" % bytearray(b"x")`, `b"a" % {}`, `b"a" % []`, `bytearray(b"%s") % b"x"`, `b"%zf" % -0.0001`,
		`b"%.1zf" % -0.04`, `b"%s" % [1]`, `b"%d" % True`, `type(B(b"%s") % b"x")`, `b"%c" % memoryview(b"m")`,
		`b"%c" % memoryview(b"")`,
	})
}

// TestByteArrayEmptyExtendedSlice: CPython 3.11 deletes an extended slice
// of a bytearray that is assigned an empty value, whatever its length,
// where a list raises ValueError. The expected values are python3's.
func TestByteArrayEmptyExtendedSlice(t *testing.T) {
	for _, c := range []struct{ stmt, want string }{
		{`ba[::2] = b""`, `bytearray(b'bdf')`},
		{`ba[::-2] = []`, `bytearray(b'ace')`},
		{`ba[5:1:-2] = bytearray()`, `bytearray(b'abce')`},
		{`ba[::-1] = iter(())`, `bytearray(b'')`},
		{`ba[::10] = ()`, `bytearray(b'bcdef')`},
		{`ba[4:1:2] = b""`, `bytearray(b'abcdef')`},
		{`ba[::2] = b"xy"`, `ValueError: attempt to assign bytes of size 2 to extended slice of size 3`},
		{`ba[::2] = [1, 300, 2]`, `ValueError: byte must be in range(0, 256)`},
		{`ba[::2] = ba`, `ValueError: attempt to assign bytes of size 6 to extended slice of size 3`},
		{`ba[::-2] = ba[::2]`, `bytearray(b'aeccea')`},
	} {
		src := "ba = bytearray(b\"abcdef\")\ntry:\n    " + c.stmt + "\n    print(ba)\nexcept Exception as e:\n    print(type(e).__name__ + \": \" + str(e))\n"
		out, errs, status := runPy(t, src)
		if got := strings.TrimSuffix(out, "\n"); got != c.want || errs != "" || status != 0 {
			t.Errorf("%s: got %q (stderr %q, status %d), want %q", c.stmt, got, errs, status, c.want)
		}
	}
}
