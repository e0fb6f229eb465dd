package vm

import "testing"

const formatSetup = `
class S(str): pass
class I(int): pass
class F(float): pass
class Idx:
    def __index__(self): return 7
class IntLike:
    def __int__(self): return 42
class FloatLike:
    def __float__(self): return 2.5
class R:
    def __repr__(self): return "R()"
    def __str__(self): return "r"
class P:
    x = 5
    def __format__(self, spec): return "P<" + spec + ">"
class BadFormat:
    def __format__(self, spec): return 1
class HasBytes:
    def __bytes__(self): return b"hb"
D = {"a": 1, "name": "x", "b": 2.5}
L = [10, 20, 30]
`

func TestStrPercentFormat(t *testing.T) {
	checkExprTable(t, formatSetup, []string{
		`"%s" % "a"`, `"%s" % 1`, `"%s" % (1,)`, `"%s %s" % (1, "a")`, `"%r" % "a"`, `"%a" % "é"`, `"%s" % R()`, `"%r" % R()`,
		`"%s" % [1, 2]`, `"%s" % ((1, 2),)`, `"%s" % {"a": 1}`, `"a" % ()`, `"a" % []`, `"a" % {}`, `"a" % 1`, `"a" % "x"`,
		`"%s" % ()`, `"%s %s" % (1,)`, `"%d" % (1, 2)`, `"%%" % ()`, `"%5%" % ()`, `"100%%" % ()`, `"%" % ()`, `"abc%" % ()`,
		`"%d" % 42`, `"%i" % -3.9`, `"%u" % 7`, `"%d" % 3.9`, `"%d" % True`, `"%d" % I(5)`, `"%d" % IntLike()`, `"%d" % Idx()`,
		`"%d" % "a"`, `"%i" % "a"`, `"%x" % 1.5`, `"%x" % "a"`, `"%o" % Idx()`, `"%x" % 255`, `"%X" % 255`, `"%#x" % 255`,
		`"%#X" % 255`, `"%#o" % 8`, `"%o" % -8`, `"%#.5x" % -255`, `"%05d" % -42`, `"%-+6d|" % 42`, `"% d" % 5`, `"%+d" % 5`,
		`"%+ d" % 5`, `"%5d|" % 42`, `"%-5d|" % 42`, `"%.3d" % 7`, `"%08.3d" % -7`, `"%#08x" % 255`, `"%d" % 2**100`,
		`"%x" % -2**70`, `"%d" % 1e20`, `"%d" % float("inf")`, `"%d" % float("nan")`, `"%d" % 1j`,
		`"%f" % 3.14159`, `"%.2f" % 2.675`, `"%e" % 12345.678`, `"%.0e" % 12345.0`, `"%E" % 0.5`, `"%g" % 1.0`, `"%#g" % 1.0`,
		`"%g" % 100000`, `"%g" % 1000000`, `"%g" % 1e-5`, `"%G" % 1e-10`, `"%10.3f|" % -1.5`, `"%-10.3f|" % 1.5`, `"%010.3f" % -1.5`,
		`"%+f" % 1.0`, `"% f" % 1.0`, `"%05f" % float("inf")`, `"%f" % float("nan")`, `"%F" % float("inf")`, `"%f" % 5`,
		`"%f" % "a"`, `"%f" % FloatLike()`, `"%f" % Idx()`, `"%f" % 2**2000`, `"%.1f" % -0.04`, `"%#.0f" % 1.0`, `"%.3g" % 1234567`,
		`"%c" % 65`, `"%c" % "é"`, `"%c" % "ab"`, `"%c" % -1`, `"%c" % 0x110000`, `"%c" % 1.5`, `"%3c|" % "x"`, `"%-3c|" % 128512`,
		`"%5s|" % "ab"`, `"%-5s|" % "ab"`, `"%.1s" % "abc"`, `"%5.1s|" % "abc"`, `"%.0s|" % "abc"`, `"%5s|" % "é😀"`,
		`"%.2r" % "abc"`, `"%5r" % 1`, `"%+s" % "a"`, `"%-05s|" % "a"`,
		`"%*d" % (5, 1)`, `"%-*d|" % (5, 1)`, `"%*d|" % (-5, 1)`, `"%.*f" % (2, 1.0)`, `"%.*f" % (-2, 1.0)`, `"%*.*f|" % (8, 3, 1.0)`,
		`"%*d" % ("a", 1)`, `"%.*f" % ("a", 1.0)`, `"%*d" % (5,)`, `"%*d" % (2**70, 1)`, `"%.*f" % (2**40, 1.0)`,
		`"%(a)s" % D`, `"%(name)s-%(b).1f" % D`, `"%(a)s %(a)r" % D`, `"%(x)s" % D`, `"%(a)s" % 1`, `"%(a)s" % (1,)`,
		`"%(a" % D`, `"%((a))s" % {"(a)": 9}`, `"%(a)s %s" % D`, `"%s %(a)s" % D`, `"%(a)*d" % D`, `"%(a)s" % L`,
		`"%s" % D`, `"%d" % D`, `"%ld %hd %Ld" % (1, 2, 3)`, `"%y" % 1`, `"%y" % ()`, `"%é" % 1`, `"a%z" % 1`, `"%1" % 1`,
		`"%.5" % 1`, `"%9999999999999999999999d" % 1`, `"%.9999999999d" % 1`, `"%d %d" % (1, 2, 3)`,
		`type("%s" % S("a"))`, `"%s" % S("a")`, `S("%s") % 1`, `type(S("x") % ())`, `type("x" % ())`,
		`1 % "a"`, `"%s" % b"x"`, `"%c" % True`,
	})
}

func TestStrFormatMethod(t *testing.T) {
	checkExprTable(t, formatSetup, []string{
		`type(format(S("abc"), "s"))`, `type(format(S("abc"), ".2"))`, `type(format(S("abc"), "<3"))`, `type(format(S(""), "s"))`,
		`type("{:s}".format(S("abc")))`, `type("x{:s}".format(S("abc")))`, `type("{:s}x".format(S("abc")))`, `type(f"{S('abc'):>3}")`,
		`type("{:s}{}".format(S("abc"), ""))`, `type("{}{:s}".format("", S("abc")))`, `type("{a:s}".format_map({"a": S("abc")}))`,
		`"{} {}".format(1, 2)`, `"{1} {0}".format(1, 2)`, `"{a} {b}".format(a=1, b=2)`, `"{0} {a}".format(1, a=2)`,
		`"{}".format()`, `"{1}".format(1)`, `"{0}{1}".format(1)`, `"{a}".format()`, `"{a}".format(1)`, `"{x}".format(1)`,
		`"{}{0}".format(1)`, `"{0}{}".format(1)`, `"{{}}{}".format(1)`, `"{}}".format(1)`, `"{{}".format(1)`, `"}{".format(1)`,
		`"{".format(1)`, `"}".format(1)`, `"a{}b".format(1)`, `"{{".format()`, `"}}".format()`, `"{0:}".format(1)`,
		`"{!r}".format("a")`, `"{0!s}".format(R())`, `"{0!r}".format(R())`, `"{0!a}".format("é")`, `"{0!x}".format(1)`,
		`"{0!}".format(1)`, `"{0!".format(1)`, `"{0!r:}".format(1)`, `"{0!rr}".format(1)`, `"{0!\u00e9}".format(1)`,
		`"{0!r:>6}".format("a")`, `"{!r:>{w}}".format("x", w=5)`,
		`"{0.x}".format(P())`, `"{0.y}".format(P())`, `"{0[1]}".format(L)`, `"{0[-1]}".format(L)`, `"{0[a]}".format(D)`,
		`"{0[0]}".format({0: 1})`, `"{0[0]}".format({"0": 1})`, `"{0[}".format(L)`, `"{0]}".format(L)`, `"{0.}".format(1)`,
		`"{0[]}".format(L)`, `"{0[0]x}".format(L)`, `"{0[0].real}".format(L)`, `"{a.b[0].c}".format(a=1)`, `"{0[1][0]}".format([[1], [2]])`,
		`"{00}".format(1)`, `"{0x}".format(1)`, `"{ 0}".format(1)`, `"{٣}".format(1, 2, 3, 4)`, `"{99999999999999999999}".format(1)`,
		`"{0[99999999999999999999]}".format(L)`, `"{0:{1}}".format(1, 5)`, `"{:{}}".format(1, 5)`, `"{:{}}".format(1)`,
		`"{0:{1:{2}}}".format(1, 2, 3)`, `"{:{:{}}}".format(1, 2, 3)`, `"{:{}{}}".format(1, ">", 5)`, `"{0:{a}}".format(1, a=3)`,
		`"{:{}}{}".format(1, 2, 3)`, `"{:>{}}{}".format("a", 3, "b")`, `"{0:{0}}".format(5)`,
		`"{:d}".format("a")`, `"{:,s}".format("a")`, `"{:=}".format("a")`, `"{:+}".format("a")`, `"{:.3}".format(100)`,
		`"{:c}".format(-1)`, `"{}".format(P())`, `"{:x}".format(P())`, `"{:x}".format(None)`, `"{}".format(None)`,
		`"{}".format(BadFormat())`, `"{:d}".format(True)`, `"{:>5}".format(True)`, `"{}".format(True)`, `"{!s:>5}".format(True)`,
		`"{:5}".format(I(3))`, `"{:.2f}".format(F(1))`, `"{}".format(F(1.5))`, `"{:>4}".format(S("a"))`, `"{}".format(S("a"))`,
		`type(S("a").format())`, `type(S("a{}").format(1))`, `type("{}".format(S("a")))`, `type("{:>3}".format(S("a")))`,
		`"{0}{1}{0}".format("ab", "cd")`, `"{:é^7}".format("x")`, `"{:😀<3}".format("x")`,
		`"a{a}".format_map({"a": 1})`, `"{a}".format_map(1)`, `"{}".format_map({})`, `"{0}".format_map([1])`, `"x".format_map(1)`,
		`"{a}".format_map({})`, `"a".format_map()`, `"{a[0]}".format_map({"a": "xy"})`, `str.format("{}", 1)`, `str.format()`,
	})
}

func TestFormatSpecs(t *testing.T) {
	checkExprTable(t, formatSetup, []string{
		`format(42)`, `format(42, "")`, `format(42, "d")`, `format(42, "5")`, `format(42, "<5")`, `format(42, "^5")`, `format(42, "=+6")`,
		`format(-42, "05")`, `format(-42, "=5")`, `format(42, "*>6")`, `format(42, "x")`, `format(255, "#x")`, `format(-255, "#x")`,
		`format(255, "#X")`, `format(255, "#o")`, `format(5, "#b")`, `format(255, "_b")`, `format(0xfffff, "_x")`, `format(1234567, ",")`,
		`format(1234567, "_")`, `format(-1234567, ",d")`, `format(1234567, "010,")`, `format(1, ",x")`, `format(1, ",_")`,
		`format(65, "c")`, `format(-1, "c")`, `format(65, "+c")`, `format(65, "#c")`, `format(1, ".3")`, `format(1, "z")`,
		`format(10**20, "f")`, `format(10**20, "e")`, `format(5, "%")`, `format(5, "g")`, `format(2**1024, "f")`, `format(42, "n")`,
		`format(1, "q")`, `format(1, "dd")`, `format(1, ".")`, `format(1, "10000000000000000000")`, `format(1, 2)`,
		`format(True, "")`, `format(True, "d")`, `format(True, ">5")`, `format(False, "^7")`, `format(True, "x")`, `format(True, "q")`,
		`format(1.5)`, `format(1e16)`, `format(1e-5)`, `format(0.1 + 0.2, "")`, `format(100.0, ".3")`, `format(1.0, ".1")`,
		`format(123456.0, ".6")`, `format(1234.5, ".6")`, `format(1.0, ".3")`, `format(2.675, ".2f")`, `format(0.125, ".2f")`,
		`format(2.5, ".0f")`, `format(-0.5, ".0f")`, `format(1234.5678, "e")`, `format(1234.5678, ".2E")`, `format(1234567.0, "g")`,
		`format(123456.0, "g")`, `format(1.0, "#g")`, `format(0.12345, ".1%")`, `format(0.25, "%")`, `format(-1234567.891, ",")`,
		`format(1234567.891, ",.2f")`, `format(-3.5, "08.2f")`, `format(100.0, "10")`, `format(-0.0, "z.1f")`, `format(-0.001, "z.1f")`,
		`format(float("inf"), "f")`, `format(float("-inf"), "010f")`, `format(float("nan"), "+")`, `format(1.5, "d")`,
		`format(1.5, "x")`, `format(1.5, ",_")`, `format(1.5, "=+8")`, `format(1.5, "n")`, `format(1e300 * 10, "")`,
		`format("abc")`, `format("abc", "")`, `format("abc", "<6")`, `format("abc", ">6")`, `format("ab", "^9")`, `format("abc", "*^8")`,
		`format("abc", ".2")`, `format("abc", "5.1")`, `format("abc", "s")`, `format("a", "=5")`, `format("a", "+")`, `format("a", "#")`,
		`format("a", "05")`, `format("a", "z")`, `format("a", ",")`, `format("a", "d")`, `format("é😀", "^6")`,
		`format(None)`, `format(None, "")`, `format(None, "x")`, `format([], "")`, `format(object(), "x")`, `format(P(), "abc")`,
		`format(BadFormat())`, `format(R())`, `format(R(), "")`, `format(S("ab"), ">4")`, `format(I(5), "")`, `format(I(5), "x")`,
		`format(F(1.5), "")`, `format(F(1.5), ".2f")`,
		`(1).__format__(1)`, `(1).__format__()`, `(1.5).__format__(1)`, `True.__format__("d")`, `True.__format__("")`,
		`int.__format__(True, "")`, `float.__format__(1.5, "")`, `str.__format__(S("ab"), "")`, `type(S("ab").__format__(""))`,
		`object().__format__("x")`, `"a".__format__(None)`, `str.__format__(S("a"), 1)`, `object.__format__(1, "")`,
	})
}

func TestFStrings(t *testing.T) {
	checkPy(t, `
class S(str): pass
class P:
    def __format__(self, spec): return "P<" + spec + ">"
    def __repr__(self): return "P()"
x = 3.5
n = 42
s = "héllo"
w = 8
print(f"{x=}", f"{x = }", f"{x=:.2f}", f"{x=!s}", f"{n=:>5}")
print(f"{x!r:>10}|", f"{s!a}", f"{s!r:^12}|", f"{s:*<9}|")
print(f"{n:{w}}|", f"{n:{w}x}|", f"{n:>{w}.{3}}|" if False else "", f"{x:{w}.{2}f}|")
print(f"{P()}", f"{P():abc}", f"{P()!r}", f"{P()!r:>6}|")
print(f"{True}", f"{True:d}", f"{True:>5}|", f"{True!s:>5}|")
print(f"{'a' 'b'}", f"{{}}", f"{{{n}}}", f"a{n}b{x}c{s}d")
print(type(f"{S('a')}"), type(f"{S('a')!s}"), type(f"{s}"), f"{S('q'):>3}|")
print(f"{n:,}", f"{n*10**6:_}", f"{-n:#010x}", f"{x:e}", f"{1e16}", f"{-0.0}", f"{x:%}")
a = "z"
b = f"{a}"
print(b is a, f"{a}{a}", len(f"{'x'*100}"))
try:
    f"{n:q}"
except ValueError as e:
    print("ValueError", e)
try:
    f"{None:x}"
except TypeError as e:
    print("TypeError", e)
try:
    f"{s:=5}"
except ValueError as e:
    print("ValueError", e)
`)
}

func TestAscii(t *testing.T) {
	checkExprTable(t, formatSetup, []string{
		`ascii("abc")`, `ascii("é€😀")`, `ascii("\ud800")`, `ascii("\x00\n")`, `ascii(["é", b"\xff"])`, `ascii(R())`,
		`ascii(1.5)`, `ascii({"ü": "ö"})`,
	})
}
