package vm

import "testing"

const strMethodsSetup = `
class S(str): pass
class Idx:
    def __init__(self, i): self.i = i
    def __index__(self): return self.i
class Tbl:
    def __getitem__(self, k):
        if k == 97: return "AA"
        if k == 98: raise LookupError
        if k == 99: raise KeyError(k)
        return None
`

func TestStrMethodsSearch(t *testing.T) {
	checkExprTable(t, strMethodsSetup, []string{
		`"abcabc".count("b")`, `"abcabc".count("b", 2)`, `"abcabc".count("b", 2, 4)`, `"abcabc".count("")`,
		`"aaaa".count("aa")`, `"abc".count("", 10)`, `"abc".count("a", None, None)`, `"abc".count("c", -1)`,
		`"abc".count("a", Idx(1))`, `"a".count()`, `"a".count(1)`, `"a".count("a", "x")`, `"a".count("a", 1.5)`,
		`"a".count("a", 0, 1, 2)`, `"a".count("a", start=1)`, `"abc".count("a", -2**100, 2**100)`,
		`"abcabc".find("c", 3, 5)`, `"abc".find("")`, `"abc".find("", 3)`, `"abc".find("", 4)`, `"abcabc".find("c")`,
		`"abcabc".rfind("c")`, `"abc".rfind("", -10, -20)`, `"héllo".find("l")`, `"😀a😀".rfind("😀")`,
		`"abc".find(1)`, `"a".find()`, `"abc".find("c", -1)`, `"abc".index("c")`, `"abc".index("d")`,
		`"abc".rindex("a")`, `"abc".rindex("z")`, `"abc".index("c", 2**100)`, `"abc".index()`,
		`"abc".startswith("a")`, `"abc".startswith(("x", "a"))`, `"abc".startswith("b", 1)`, `"abc".startswith("b", None, None)`,
		`"abc".startswith("")`, `"abc".startswith("", 4)`, `"abc".endswith("", 3)`, `"abc".endswith("", 4)`,
		`"abc".startswith(())`, `"abc".endswith(("c",))`, `"abc".endswith("b", 0, 2)`, `"abc".endswith("bc", -2)`,
		`"a".startswith(1)`, `"a".startswith((1,))`, `"a".endswith(("x", 1))`, `"a".startswith()`,
		`"a".startswith(("a",), 0, 1, 2)`, `"a".endswith("a", x=1)`, `"a".endswith(["a"])`,
		`"b" in "abc"`, `"abc".partition("b")`, `"abc".partition("x")`, `"a-b-c".partition("-")`, `"a-b-c".rpartition("-")`,
		`"abc".rpartition("x")`, `"a".partition("")`, `"a".rpartition("")`, `"a".partition(1)`, `"a".partition()`,
		`type(S("abc").partition("x")[0])`, `type(S("abc").rpartition("x")[2])`, `type(S("abc").partition("b")[0])`,
		`"a".find([], "x")`, `"a".rindex([], 1.5)`, `"a".count([], 1, "x")`, `"a".split([], "x")`, `"a".rsplit(1, 2**100)`,
		`type("abc".partition(S("b"))[1])`, `type("abb".rpartition(S("b"))[1])`, `type("abc".partition(S("x"))[1])`,
	})
}

func TestStrMethodsTransform(t *testing.T) {
	checkExprTable(t, strMethodsSetup, []string{
		`"hELLO wORLD".capitalize()`, `"ß".capitalize()`, `"ΣΑΣ".lower()`, `"ßx".upper()`, `"ﬁ".upper()`,
		`"ǆ".title()`, `"they're bill's friends".title()`, `"hello2world 3rd".title()`, `"AbC".swapcase()`,
		`"Straße".casefold()`, `"a".upper(1)`, `"a".casefold(1)`, `type(S("a").upper())`, `type(S("a").lower())`,
		`"hello".center(10)`, `"ab".center(5)`, `"abc".center(6)`, `"abc".center(8, "-")`, `"hello".center(4)`,
		`"ab".ljust(5, "-")`, `"ab".rjust(5, "-")`, `"ab".ljust(5, "é")`, `"abc".center(-5)`, `"a".center()`,
		`"a".center("x")`, `"a".center(5, 1)`, `"a".center(5, "ab")`, `"a".center(1, 2, 3)`, `"a".center(5, fillchar="x")`,
		`"a".ljust(2**70)`, `"a".rjust(Idx(3))`, `type(S("abc").center(2))`, `type(S("abc").center(5))`,
		`"42".zfill(5)`, `"-42".zfill(5)`, `"+42".zfill(2)`, `"abc".zfill(6)`, `"abc".zfill(-1)`, `"a".zfill("x")`,
		`"a".zfill()`, `"a".zfill(1, 2)`, `"é".zfill(3)`,
		`"  a  b  ".split()`, `"  a  b  ".split(" ")`, `"a,b,,c,".split(",")`, `"".split()`, `"".split(",")`,
		`"   ".split()`, `"a b c".split(None, 1)`, `"a b c".rsplit(None, 1)`, `"abc".split("b", 0)`,
		`"a b c".split(maxsplit=-5)`, `"a,b,c".rsplit(",", 1)`, `"a\u3000b\x1cc\x85d".split()`, `"a\u200bb".split()`,
		`"a".split("")`, `"a".rsplit("")`, `"a".split(1)`, `"a".rsplit(1)`, `"a".split(maxsplit="x")`, `"a".split(x=1)`,
		`"a".split("a", 1, 2)`, `"a".split(None, 2**70)`, `"a".split(maxsplit=1.5)`, `"a b".split(sep=None, maxsplit=0)`,
		`"a\nb\r\nc\rd\n".splitlines()`, `"a\nb\r\nc\rd\n".splitlines(True)`, `"".splitlines()`, `"a\x0bb\x0cc\x1cd\x1de\x1ef\x1fg\x85h\u2028i\u2029j".splitlines()`,
		`"x".splitlines("x")`, `"a\nb".splitlines(2)`, `"a".splitlines(keepends=1)`, `"x".splitlines(2**100)`, `"x".splitlines(1.5)`,
		`"xxaxx".strip("x")`, `"abcba".strip("ab")`, `"  a \t\n".strip()`, `"  a  ".lstrip()`, `"  a  ".rstrip()`,
		`"\u3000a\x85".strip()`, `"a".strip(None)`, `"a".strip(1)`, `"a".lstrip(1)`, `"a".rstrip(1)`, `"a".strip("a", "b")`,
		`"a".strip(x=1)`, `type(S(" a").strip())`,
		`"aaaa".replace("a", "b", 2)`, `"abc".replace("", "-")`, `"abc".replace("", "-", 2)`, `"abc".replace("b", "x", -1)`,
		`"abc".replace("b", "x", 2**70)`, `"a".replace()`, `"a".replace(1, "b")`, `"a".replace("a", 1)`, `"a".replace("a", "b", "c")`,
		`"a".replace("a", "b", 1.5)`, `"héllo".replace("l", "L")`, `type(S("abc").replace("x", "y"))`,
		`"a".join("xyz")`, `", ".join(["a", "b"])`, `"".join([])`, `"-".join(("a",))`, `"".join([1])`, `" ".join(["a", 2])`,
		`",".join(5)`, `"a".join(["a", b"x"])`, `"a".join()`, `"x".join([S("a"), S("b")])`, `type("".join([S("a")]))`,
		`"".join(iter(["a", "b"]))`, `"é".join("ab")`,
		`"a\tb".expandtabs(4)`, `"abcd\te".expandtabs(4)`, `"a\tb\nc\td".expandtabs()`, `"a\tb".expandtabs(0)`,
		`"abc".expandtabs(-1)`, `"a".expandtabs("x")`, `"a".expandtabs(tabsize="x")`, `"a".expandtabs(1, 2)`,
		`"a\tb".expandtabs(2**70)`, `"a\tb".expandtabs(tabsize=2)`,
		`"abc".removeprefix("a")`, `"abc".removeprefix("x")`, `"abc".removesuffix("bc")`, `"a".removeprefix(1)`,
		`"a".removesuffix(1)`, `"a".removeprefix()`, `type(S("abc").removeprefix("x"))`,
		`"abc".translate({97: "x", 98: 66})`, `"abc".translate({97: "xy", 98: None})`, `"abc".translate([None, 1])`,
		`"abc".translate("xyz")`, `"abc".translate({97: -1})`, `"a".translate({97: 0x110000})`, `"a".translate({97: 1.5})`,
		`"a".translate(1)`, `"a".translate()`, `"a".translate(1, 2)`, `"abcd".translate(Tbl())`, `"é😀".translate({233: "e", 128512: None})`,
		`str.maketrans("a", "b", "cd")`, `str.maketrans("é😀", "ab", "\ud800")`, `str.maketrans({"a": 1, 2: "x"})`,
		`str.maketrans("aa", "bc", "a")`, `str.maketrans()`, `str.maketrans(1)`, `str.maketrans({1.5: 2})`, `str.maketrans({"ab": 2})`,
		`str.maketrans("a", 1)`, `str.maketrans("ab", "c")`, `str.maketrans("a", "b", 1)`, `str.maketrans(1, 2)`,
		`str.maketrans(1, "a")`, `str.maketrans("a", "b", "c", "d")`, `str.maketrans(x="a")`, `"abc".maketrans("a", "b")`,
		`"hello".translate(str.maketrans("lo", "01", "h"))`,
	})
}

func TestStrMethodsPredicates(t *testing.T) {
	var exprs []string
	for _, s := range []string{`""`, `"abc"`, `"ABC"`, `"Abc Def"`, `"abc1"`, `"123"`, `"²"`, `"½"`, `"١"`,
		`"-1"`, `"12.5"`, `" \t\n"`, `"\u200b"`, `"é"`, `"\t"`, `"a b"`, `"_x1"`, `"1x"`, `"ǅ"`, `"aBc"`, `"Ⅻ"`, `"😀"`} {
		for _, p := range []string{"isalnum", "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier",
			"islower", "isnumeric", "isprintable", "isspace", "istitle", "isupper"} {
			exprs = append(exprs, s+"."+p+"()")
		}
	}
	exprs = append(exprs, `"a".isalpha(1)`, `str.isalpha(1)`, `str.isalpha()`, `str.upper("ab")`)
	checkExprTable(t, "", exprs)
}

func TestStrMethodsMisc(t *testing.T) {
	checkExprTable(t, strMethodsSetup, []string{
		`"abc".encode()`, `"é".encode()`, `"é".encode("latin-1")`, `"é".encode("ascii")`, `"é".encode("ascii", "replace")`,
		`"é".encode("ascii", "ignore")`, `"é€".encode("ascii", "xmlcharrefreplace")`, `"é".encode("ascii", "backslashreplace")`,
		`"\ud800".encode()`, `"\ud800".encode("utf-8", "surrogatepass")`, `"a".encode(1)`, `"a".encode("xx")`,
		`"a".encode(errors=1)`, `"a".encode("rot13")`, `"a".encode("utf-8", "strict", 1)`, `"a".encode(x=1)`,
		`"a".encode(encoding="UTF8")`, `"é".encode("l1")`, `"a".encode("utf-8", "nope")`, `"a".encode(None)`,
		`"a".replace(None, "x")`, `"a".removeprefix(None)`, `str.maketrans("a", None)`, `str(b"a", None)`,
		`"abc".__sizeof__()`, `"a".__sizeof__(1)`, `"a".__getnewargs__()`, `"a".__format__(1)`, `"a".__format__("d")`,
		`"a".__format__()`, `"ab".__format__(">4")`, `"ab".__mod__(1)`, `"ab".__rmod__(1)`, `"abc".__getitem__(1)`,
		`"abc".__getitem__()`, `"abc".__contains__("a")`, `"a".__add__(1)`, `"a".__mul__(2)`, `"a".__rmul__(2)`,
		`"a".__len__()`, `"a".__lt__(1)`, `"a".__eq__("a")`, `"a".__hash__() == hash("a")`,
		`[k for k in str.__dict__ if not k.startswith("__")]`,
	})
}
