package specializer

import (
	"fmt"
	"strings"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// longBody is n statements `x = i` at the given indent: enough of them
// push a jump over the body past 255 code units (an EXTENDED_ARG).
func longBody(indent string, n int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, "%sx = %d\n", indent, i)
	}
	return b.String()
}

// The fused compare-and-branch forms: the mask of each comparison after
// each kind of jump (forward/backward, if true/false), the jump taken at
// run time for every outcome, and the permanent revert when no
// conditional jump follows (a value use, a chained comparison's
// JUMP_IF_FALSE_OR_POP, an is-None jump, a long jump's EXTENDED_ARG).
func TestCompareOpJumps(t *testing.T) {
	src := `
def lt(a, b):
    if a < b:
        return "T"
    return "F"

def le(a, b):
    if a <= b:
        return "T"
    return "F"

def eq(a, b):
    if a == b:
        return "T"
    return "F"

def ne(a, b):
    if a != b:
        return "T"
    return "F"

def gt(a, b):
    if a > b:
        return "T"
    return "F"

def ge(a, b):
    if a >= b:
        return "T"
    return "F"

def not_lt(a, b):
    if not a < b:
        return "T"
    return "F"

def not_eq(a, b):
    if not a == b:
        return "T"
    return "F"

def count_up(i, n):
    k = 0
    while i < n:
        i = i + 1
        k = k + 1
    return k

def count_not(i, n):
    k = 0
    while not i >= n:
        i = i + 1
        k = k + 1
    return k

def count_ne(i, n):
    k = 0
    while i != n:
        i = i + 1
        k = k + 1
    return k

def count_down(x, y):
    k = 0
    while x > y:
        x = x - 0.5
        k = k + 1
    return k

def words(a, b):
    if a == b:
        return "same"
    if a != b:
        return "differ"
    return "?"

def ret(a, b):
    return a < b

def store(a, b):
    x = a == b
    return x

def chain(a, b, c):
    if a < b < c:
        return "T"
    return "F"

def andor(a, b, c):
    return a < b and c

def is_none(a, b):
    if (a < b) is None:
        return "N"
    return "-"

def long_jump(a, b):
    x = 0
    if a < b:
` + longBody("        ", 150) + `
    return x

def long_loop(i, n):
    x = 0
    while i < n:
        i = i + 1
` + longBody("        ", 150) + `
    return x

for args in [(1, 2), (2, 2), (3, 2)] * 3 + [(-5, 7), (2**30 - 1, -(2**30) + 1)]:
    a, b = args
    print(lt(a, b), le(a, b), eq(a, b), ne(a, b), gt(a, b), ge(a, b), not_lt(a, b), not_eq(a, b))
for args in [(1.0, 2.0), (2.0, 2.0), (3.0, 2.0)] * 3 + [(-0.0, 0.0), (float("inf"), 1e308)]:
    a, b = args
    print(lt(a, b), le(a, b), eq(a, b), ne(a, b), gt(a, b), ge(a, b), not_lt(a, b), not_eq(a, b))
for args in [(0, 2), (2, 2), (3, 2)] * 3:
    a, b = args
    print(ret(a, b), store(a, b), chain(a, b, 3), andor(a, b, "c"), is_none(a, b), long_jump(a, b), long_loop(a, b))
for i in range(9):
    print(count_up(0, 5), count_not(2, 7), count_ne(-3, 3), count_down(3.0, 1.0))
for s in ["a", "b", "ab", "a" * 3, "é", "ab"] * 2:
    print(words(s, "ab"), words("ab", s))
`
	dis := checkAdaptive(t, src)
	for _, want := range []string{"COMPARE_OP_INT_JUMP", "COMPARE_OP_FLOAT_JUMP", "COMPARE_OP_STR_JUMP",
		"(mask: 8)", "(mask: 40)", "EXTENDED_ARG_QUICK"} {
		if !strings.Contains(dis, want) {
			t.Errorf("no %s after the run", want)
		}
	}
}

// What the fused forms refuse, with CPython 3.11's failure kinds; and
// misses of a specialized site (a big int, a NaN, a non-str) that count
// down its miss budget.
const compareOpFailProgram = `
class Plain:
    pass

class WithEq:
    def __eq__(self, o):
        return True

def cmp_diff(a, b):
    if a == b:  # cmp_diff
        return 1
    return 0

def cmp_str_lt(a, b):
    if a < b:  # cmp_str_lt
        return 1
    return 0

def cmp_big(a, b):
    if a < b:  # cmp_big
        return 1
    return 0

def cmp_bytes(a, b):
    if a == b:  # cmp_bytes
        return 1
    return 0

def cmp_tuple(a, b):
    if a < b:  # cmp_tuple
        return 1
    return 0

def cmp_list(a, b):
    if a == b:  # cmp_list
        return 1
    return 0

def cmp_set(a, b):
    if a <= b:  # cmp_set
        return 1
    return 0

def cmp_frozenset(a, b):
    if a == b:  # cmp_frozenset
        return 1
    return 0

def cmp_bool(a, b):
    if a == b:  # cmp_bool
        return 1
    return 0

def cmp_plain(a, b):
    if a == b:  # cmp_plain
        return 1
    return 0

def cmp_none(a, b):
    if a == b:  # cmp_none
        return 1
    return 0

def cmp_float_int(a, b):
    if a < b:  # cmp_float_int
        return 1
    return 0

def cmp_int_float(a, b):
    if a < b:  # cmp_int_float
        return 1
    return 0

def cmp_other(a, b):
    if a == b:  # cmp_other
        return 1
    return 0

def cmp_complex(a, b):
    if a != b:  # cmp_complex
        return 1
    return 0

def miss_int(a, b):
    if a < b:
        return 1
    return 0

def miss_float(a, b):
    if a < b:
        return 1
    return 0

def miss_str(a, b):
    if a == b:
        return 1
    return 0

def nan_first(a, b):
    if a < b:
        return 1
    return 0

p, q, w = Plain(), Plain(), WithEq()
for i in range(20):
    print(cmp_diff("1", 1), cmp_str_lt("a", "b"), cmp_big(2**30, 1), cmp_big(1, -(2**30)), cmp_bytes(b"a", b"a"),
          cmp_tuple((1,), (2,)), cmp_list([1], [1]), cmp_set({1}, {1, 2}), cmp_frozenset(frozenset(), frozenset()))
    print(cmp_bool(True, False), cmp_plain(p, q), cmp_none(None, None), cmp_float_int(1.5, 2),
          cmp_int_float(1, 2.5), cmp_other(w, w), cmp_complex(1j, 2j))
for i in range(9):
    print(miss_int(1, 2), miss_float(1.0, 2.0), miss_str("a", "a"), nan_first(float("nan"), 1.0))
for i in range(5):
    print(miss_int(2**40, 2), miss_int(3, 2**30), miss_int(True, 2), miss_int(1.0, 2),
          miss_float(float("nan"), 1.0), miss_float(1.0, float("nan")), miss_float(1, 2.0), miss_str("a", 1), miss_str(1, 1))
    print(nan_first(float("nan"), 1.0), nan_first(1.0, 2.0))
`

func TestCompareOpFailures(t *testing.T) {
	checkAdaptive(t, compareOpFailProgram)
	checkFailKinds(t, compareOpFailProgram, op.COMPARE_OP, map[string]int{
		"# cmp_diff":      failCompareOpDifferentTypes,
		"# cmp_str_lt":    failCompareOpString,
		"# cmp_big":       failCompareOpBigInt,
		"# cmp_bytes":     failCompareOpBytes,
		"# cmp_tuple":     failCompareOpTuple,
		"# cmp_list":      failCompareOpList,
		"# cmp_set":       failCompareOpSet,
		"# cmp_frozenset": failCompareOpSet,
		"# cmp_bool":      failCompareOpBool,
		"# cmp_plain":     failCompareOpBaseObject,
		"# cmp_none":      failCompareOpBaseObject,
		"# cmp_float_int": failCompareOpFloatLong,
		"# cmp_int_float": failCompareOpLongFloat,
		"# cmp_other":     failCompareOpOther,
		"# cmp_complex":   failCompareOpOther,
	})
}

// The fused comparisons against CPython on many operand pairs, each site
// specialized on its first pair: jumps taken for every outcome at the
// edges of one 30-bit digit, signed zeros, infinities and NaNs (misses),
// and other types (misses).
func TestCompareOpValues(t *testing.T) {
	checkAdaptive(t, `
def lt(a, b):
    if a < b:
        return 1
    return 0

def le(a, b):
    if a <= b:
        return 1
    return 0

def eq(a, b):
    if a == b:
        return 1
    return 0

def ne(a, b):
    if a != b:
        return 1
    return 0

def gt(a, b):
    if a > b:
        return 1
    return 0

def ge(a, b):
    if a >= b:
        return 1
    return 0

def flt(a, b):
    if not a < b:
        return 1
    return 0

def feq(a, b):
    if a == b:
        return 1
    return 0

def seq(a, b):
    if a == b:
        return 1
    return 0

def sne(a, b):
    if a != b:
        return 1
    return 0

nums = [0, 1, -1, 2**30 - 1, 2**30, -(2**30) + 1, -(2**30), 2**49, True, 0.0, -0.0, 1.5, float("inf"),
        float("-inf"), float("nan"), 1e308]
strs = ["", "a", "b", "ab", "é", "a" * 40, 1, None]

def show(f, a, b):
    try:
        return str(f(a, b))
    except TypeError as e:
        return "TypeError(" + str(e) + ")"

for i in range(8):
    lt(1, 2), le(1, 2), eq(1, 2), ne(1, 2), gt(1, 2), ge(1, 2)
    flt(1.0, 2.0), feq(1.0, 2.0), seq("a", "b"), sne("a", "b")
for a in nums:
    print(" ".join(show(f, a, b) for f in (lt, le, eq, ne, gt, ge, flt, feq) for b in nums))
for a in strs:
    print(" ".join(show(seq, a, b) + show(sne, a, b) for b in strs))
del show  # a helper: not compared
`)
}
