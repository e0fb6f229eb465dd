package compiler

import (
	"math/rand/v2"
	"strings"
	"testing"
)

// Each expression below is compiled as `x = E` by python3 and folded by
// optimizeAST; the constants and operations left must agree (see
// fold_oracle_test.go). The comments say what CPython 3.11 does.

var foldUnaryCases = foldExprCases(
	"-1", "- 1", "-0", "-0.0", "+1.5", "~5", "~-1", "~True", "-True", "+True", "+False",
	"not 0", "not 1", "not ''", "not 'a'", "not ()", "not None", "not ...", "not 0j",
	"not 0.0", "not b''", "not b'x'", "not -0.0", "not 1e999",
	"~1.5", "-'a'", "+b'a'", "~None", "-(1+2j)", "+1j", "-1e999", "-0j", "--1", "-(-0.0)",
	// not into comparisons: only is, is not, in, not in, one comparator
	"not (a is b)", "not (a is not b)", "not (a in b)", "not (a not in b)",
	"not (a == b)", "not (a != b)", "not (a < b)", "not (a >= b)", "not a",
	"not (a in [1, 2])", "not (a is b is c)", "not not (a is b)",
	"-"+strings.Repeat("1", 60),
)

func TestFoldUnaryMatchesPython(t *testing.T) { runFoldOracle(t, foldUnaryCases) }

// foldBigInt is an int beyond the range of floats.
var foldBigInt = "1" + strings.Repeat("0", 310)

var foldIntCases = foldExprCases(
	"1 + 2", "2 - 5", "3 * 4", "7 / 2", "1 / 3", "2 / 3", "-7 // 2", "7 // -2", "-7 % 3", "7 % -3",
	"-7 // -2", "-7 % -3", "0 // 5", "0 % -5",
	"2 ** 10", "2 ** 64", "2 ** 65", "2 ** 127", "2 ** 128", "(-2) ** 3", "(-2) ** 64", "3 ** 80", "3 ** 81",
	"2 ** -1", "2 ** -2", "0 ** -1", "0 ** 0", "0 ** 5", "5 ** 0", "1 ** 128", "1 ** 129", "(-1) ** 200",
	"10 ** -3", "3 ** -40", "7 ** -1", "(-3) ** -3", "2 ** -1075", "2 ** -1074", "10 ** -400",
	"1 << 127", "1 << 128", "1 << 0", "0 << 200", "1 << -1", "0 << -1", "3 << 126", "3 << 127",
	"1 >> -1", "-1 >> 1", "-5 >> 1", "1 >> 1000", "-1 >> 1000", "5 >> 2 ** 64",
	"6 & 3", "6 | 3", "6 ^ 3", "-6 & 3", "-6 | 3", "-6 ^ -3", "~0 & 255",
	"True & False", "True | False", "True ^ True", "False ^ False", "True & 1", "1 | False",
	"True + 1", "True + True", "True * True", "True / 2", "True << 1", "True >> 0", "True - False",
	"True // True", "True % 2", "True ** 2", "True ** -1", "False ** -1", "-True ** 2",
	"1 / 0", "1 // 0", "1 % 0", "0 / -1", "0 / 1", "-0 / 1", "0 / -5", "-1 / 10 ** 30",
	"2 ** 64 * 2 ** 64", "2 ** 63 * 2 ** 64", "2 ** 62 * 2 ** 64", "-(2 ** 62) * 2 ** 64",
	"12345678901234567890 * 98765432109876543210", "0 * "+strings.Repeat("9", 100),
	"10 ** 40 // 7", "-(10 ** 20) % 7", "10 ** 30 / 7", "(2 ** 53 + 1) / 1", "(2 ** 54 + 3) / 2",
	foldBigInt+" * 1.0", foldBigInt+" / 3", "("+foldBigInt+") / ("+foldBigInt[:len(foldBigInt)-1]+")", foldBigInt+" + 1.5",
	foldBigInt+" + 1j", foldBigInt+" // 1.0", foldBigInt+" - "+foldBigInt, foldBigInt+" ** 0", foldBigInt+" >> 1000",
	"1 @ 2", "a @ b",
)

func TestFoldIntMatchesPython(t *testing.T) { runFoldOracle(t, foldIntCases) }

var foldFloatCases = foldExprCases(
	"1.5 + 2", "0.1 + 0.2", "1e308 * 10", "1e999 - 1e999", "1e999 * 0", "0.1 * 3", "1 - 0.9",
	"5.0 % 3", "-5.0 % 3", "5.0 % -3", "-5.0 % -3", "5.5 // 2", "-5.5 // 2", "5.5 // -2",
	"5.0 // 0.0", "5.0 % 0.0", "5.0 / 0", "1e999 % 2", "5.0 % 1e999", "-5.0 % 1e999",
	"0.0 % -1", "-0.0 % 1", "-0.0 // 1", "0.0 // -1", "1e999 // 1", "1 // 1e999", "-1 // 1e999",
	"7.5 % 2.5", "-7.5 % 2.5", "1e300 // 1e-300", "3.0 // 0.1", "1 % 0.1", "1e22 % 3.0",
	"2.0 ** 0.5", "2 ** 0.5", "(-8.0) ** 0.5", "(-8) ** (1 / 3)", "(-2.0) ** 1.5", "10.0 ** 400",
	"(-2.0) ** 3", "(-2.0) ** 2", "0.0 ** -1", "0.0 ** 0", "(-0.0) ** 3", "(-0.0) ** -3",
	"(-0.0) ** 0.5", "0.0 ** -0.5",
	"1e999 ** 0", "(-1e999) ** 3", "(-1e999) ** 2", "(-1e999) ** -3", "(-1e999) ** 0.5",
	"1.0 ** 1e999", "0.5 ** 1e999", "2.0 ** -1e999", "(-1.0) ** 1e999", "0.5 ** -1e999",
	"1e999 ** 0.5", "1e999 ** -1", "(1e999 - 1e999) ** 0", "1 ** (1e999 - 1e999)",
	"2 ** (1e999 - 1e999)", "(-1.0) ** 3.0", "(-1.5) ** 1e300", "(-1.5) ** -1e300",
	"1e-320 * 1e-10", "2.5 ** 2", "1.1 ** 2", "1.1 ** 1.1", "1.5 ** -3", "7.0 ** 0.3333",
	"10.0 ** 22", "10.0 ** 24", "10 ** -5.0", "1.0000001 ** 1e9", "0.9999999 ** 1e10",
	"2.0 ** 1023", "2.0 ** 1024", "2.0 ** -1074", "2.0 ** -1075", "2.0 ** -1074.5",
	"1.5 ** 1751", "1.5 ** 1750", "3.0 ** -0.5", "68718952449.0 ** 1.5", "4.0 ** 0.25",
	"1e-300 ** 0.5", "123.456 ** 7.89", "0.001 ** -2.5",
)

func TestFoldFloatMatchesPython(t *testing.T) { runFoldOracle(t, foldFloatCases) }

var foldComplexCases = foldExprCases(
	"1 + 2j", "1j * 1j", "(1 + 2j) * (3 - 4j)", "(1 + 2j) / (3 - 4j)", "1 / 1j", "1j / 0", "1j / 0j",
	"(1 + 2j) / 1e-320", "1e999j / 2", "(1 + 2j) / (1e999 - 1e999)", "2.5 / (1 + 1j)",
	"(1 + 1j) ** 2", "(1 + 1j) ** -2", "(1 + 2j) ** 0.5", "1j ** 0.5", "(1 + 2j) ** (1 + 1j)",
	"0j ** 0", "0j ** -1", "0j ** 1j", "0j ** 2", "(1 + 1j) ** 101", "(1 + 1j) ** 100",
	"(1 + 1j) ** -100", "(1.5 + 0.5j) ** 200", "(0.5 + 0.5j) ** 1000", "1e999j * 2",
	"(1 + 2j) // 1", "(1 + 2j) % 1", "2 ** 1j", "1j ** 1e999", "(1e200j) ** 2", "1e200j * 1e200j",
	"(-1 + 0j) ** 1e308", "(-8 + 0j) ** (1 / 3)", "1j ** -0.5", "(3 + 4j) ** 2.5",
	"(1e-200 + 1e-200j) ** 2", "1j ** 2", "(2 + 0j) ** 0.5", "1 - 0j", "-0.0j", "0.0 - 0j",
	"1j + True", "(1 + 1j) * 1e999", "(1 + 1j) ** (1e999 - 1e999)", "(1 + 2j) ** 3.0",
	"(1 + 2j) ** -3.0", "(1 + 2j) ** 2 ** 70",
)

func TestFoldComplexMatchesPython(t *testing.T) { runFoldOracle(t, foldComplexCases) }

var foldSequencesCases = foldExprCases(
	"'a' + 'b'", "'a' * 3", "3 * 'a'", "'a' * 4096", "'a' * 4097", "'ab' * 2048", "'ab' * 2049",
	"'a' * -1", "'' * -1", "'' * 2 ** 63", "'' * (2 ** 63 - 1)", "'a' * 0", "'\\u00e9' * 4096",
	"'\\U0001F600' * 4096", "'\\U0001F600' * 4097", "'\\ud800' * 2", "'\\ud800' + '\\udc00'",
	"b'a' * 3", "b'ab' + b'c'", "'a' + b'b'", "'a' * 2.0", "'a' * True", "False * 'a'",
	"b'ab' * 2048", "b'ab' * 2049", "'a' - 'b'", "'a' * 'b'", "'a' % 1", "b'%d' % 1",
	"(1,) * 256", "(1,) * 257", "(1, 2) * 128", "(1, 2) * 129", "((1, 2, 3, 4),) * 200",
	"((1, 2, 3, 4, 5),) * 200", "(1, 2) + (3,)", "() * 5", "(1,) * 0", "(1,) * -1", "() * -1",
	"True * (1, 2)", "(1,) * True", "(1, 2) + ()", "(1,) + [2]", "'abc' + 1",
	"'abc'[1]", "'abc'[-1]", "'abc'[3]", "'abc'[-4]", "'abc'[True]", "'abc'[1.0]", "b'abc'[0]",
	"b'abc'[-1]", "(1, 2, 3)[0]", "(1, (2, 3))[1]", "'abc'[1:2]", "'\\U0001F600x'[0]",
	"'\\ud800x'[0]", "'x\\ud800'[-1]", "'abc'[10 ** 30]", "None[0]", "(1, 2)[-3]", "1[0]",
	"'abc'['a']", "((1, 2),)[0][1]", "'ab'[0] + 'c'", "(1, 2)[0] + 1", "'abc'[a]", "a[1 + 1]",
	"a[1:2 + 3]", "a[::-1]",
)

func TestFoldSequencesMatchPython(t *testing.T) { runFoldOracle(t, foldSequencesCases) }

var foldDisplaysCases = foldExprCases(
	"(1, 2)", "(1, (2, 3))", "()", "(1, a)", "(a,)", "((1, 2), a)", "(1, -2, 3 + 4, 'a' * 2)",
	"[1, 2]", "[1, 2, 3]", "[1 + 1, 2, 3]", "{1, 2}", "(1, 2, [3])", "((),)",
	"a in [1, 2]", "a not in [1, 2]", "a in {1, 2}", "a in {1, 1, True, 1.0}", "a in {0, -0.0, False}",
	"a in {'a', 'b', 'c'}", "a in {b'x', 'x'}", "a in {(1, 2), (1, 2)}", "a in [b, 1]",
	"a in {b, 1}", "a in (1, 2)", "a in [1] in [2]", "a in [1] < [2]", "a < [1] in [2]",
	"a in []", "a in {1e999 - 1e999, 1e999 - 1e999}", "a in {1, 2.5, 3j, 'x', None, ...}",
	"a in [[1], 2]", "not (a in {1, 2})", "a == [1, 2]", "a in {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}",
	"a in {-1, -2, 2 ** 61, 2 ** 62, 2 ** 63}",
	"a or 1 + 2", "1 + 2 if a else 3 * 4", "a and not 1", "f(1 + 2, k=3 * 4)", "a.b(-1)",
	"f'{1 + 2}'", "f'{a:{1 + 1}}'", "f'x{a!r:>{2 * 3}}y'",
	"[i for i in [1, 2]]", "[i for i in {3, 4}]", "(i for i in [a, b])", "[i for i in [*a]]",
	"__debug__", "not __debug__", "(__debug__, 1)",
)

func TestFoldDisplaysMatchPython(t *testing.T) { runFoldOracle(t, foldDisplaysCases) }

var foldFormatCases = foldExprCases(
	"'%s' % (a,)", "'%s-%r-%a' % (a, b, c)", "'%5s|%-5s|%.3r|%5.2a' % (a, b, c, d)",
	"'%+5s' % (a,)", "'%05s' % (a,)", "'%#s' % (a,)", "'% s' % (a,)", "'%.s' % (a,)",
	"'%5.s' % (a,)", "'%-05.3r' % (a,)", "'%99.99a' % (a,)", "'%-s' % (a,)", "'%-0s' % (a,)",
	"'%d' % (a,)", "'%x' % (a,)", "'%f' % (a,)", "'%s' % (a, b)", "'%s %s' % (a,)", "'%' % (a,)",
	"'%5' % (a,)", "'%5.' % (a,)", "'%%%s%%' % (a,)", "'%s%%' % (a,)", "'%%' % (a,)",
	"'%s' % (*a,)", "'%s%s' % (a, *b)", "'%(x)s' % (a,)", "'%*s' % (a, b)", "'%100s' % (a,)",
	"'%.100s' % (a,)", "'%10.10s' % (a,)", "'\u00e9%s\u20ac' % (a,)", "b'%s' % (a,)",
	"'%s' % (1,)", "'%s' % ('a',)", "'%s%s' % (a, 1)", "'%s' % (a + 1,)", "'x' % (a,)",
	"'' % (a,)", "'%s' % (1 + a,)", "'%r%s' % ((a, b), c)", "'%s' % ((a,),)", "'%a' % (-a,)",
	"('%s' % (a,)) % (b,)", "'%s' % (f'{a}',)",
)

func TestFoldFormatMatchesPython(t *testing.T) { runFoldOracle(t, foldFormatCases) }

var foldStatementsCases = []foldCase{
	{Src: "for i in [1, 2]: pass"},
	{Src: "for i in {1, 2}: pass"},
	{Src: "for i in [a, 1]: pass"},
	{Src: "for i in (1, 2): pass"},
	{Src: "for i in [1, 2]:\n    for j in {3}: x = j"},
	{Src: "x = __debug__", Opt: 1},
	{Src: "if __debug__: x = 1\nelse: x = 2"},
	{Src: "if __debug__: x = 1\nelse: x = 2", Opt: 1},
	{Src: "if not __debug__: x = 1", Opt: 2},
	// The docstring guard.
	{Src: "'a' + 'b'\nx = 1"},
	{Src: "'ab'\nx = 1"},
	{Src: "('a', 'b')[0]\nx = 1"},
	{Src: "x = 1\n'a' + 'b'"},
	{Src: "'%s' % (a,)\nx = 1"},
	{Src: "b'a' + b'b'\nx = 1"},
	{Src: "def f():\n    'a' 'b'\n    return 1"},
	{Src: "def f():\n    'a' + 'b'\n    return 1"},
	{Src: "def f():\n    ('a',)[0]"},
	{Src: "def f():\n    1 + 2\n    return 3 * 4"},
	{Src: "def f():\n    return -1"},
	{Src: "x: 1 + 2 = 3"},
	{Src: "x: -1"},
	{Src: "a, b = 1, 2 + 3"},
	{Src: "x = y = (1, 2)[0]"},
}

func TestFoldStatementsMatchPython(t *testing.T) { runFoldOracle(t, foldStatementsCases) }

// TestFoldRandomMatchesPython folds random expressions over a pool of
// literals of every constant type, mixing all operators.
func TestFoldRandomMatchesPython(t *testing.T) {
	atoms := []string{
		"0", "1", "-1", "2", "3", "7", "-7", "10", "255", "2 ** 62", "-(2 ** 63)", "12345678901234567890",
		"0.0", "-0.0", "0.5", "1.5", "-2.5", "0.1", "3.0", "1e308", "1e-320", "1e999", "-1e999", "1e22",
		"0j", "1j", "2.5j", "(1 + 2j)", "(-3 - 0.5j)", "True", "False", "None", "...",
		"''", "'ab'", "'\\u00e9\\U0001F600'", "b''", "b'xy'", "()", "(1,)", "(1, 'a', (2.5,))",
	}
	binops := []string{"+", "-", "*", "/", "//", "%", "**", "<<", ">>", "&", "|", "^", "@"}
	unops := []string{"-", "+", "~", "not "}
	r := rand.New(rand.NewPCG(3, 11))
	var gen func(depth int) string
	gen = func(depth int) string {
		if depth == 0 || r.IntN(3) == 0 {
			return atoms[r.IntN(len(atoms))]
		}
		switch r.IntN(6) {
		case 0:
			return unops[r.IntN(len(unops))] + "(" + gen(depth-1) + ")"
		case 1:
			return "(" + gen(depth-1) + ")[" + gen(depth-1) + "]"
		case 2:
			return "(" + gen(depth-1) + ", " + gen(depth-1) + ")"
		}
		return "(" + gen(depth-1) + ") " + binops[r.IntN(len(binops))] + " (" + gen(depth-1) + ")"
	}
	exprs := make([]string, 3000)
	for i := range exprs {
		exprs[i] = gen(3)
	}
	runFoldOracle(t, foldExprCases(exprs...))
}
