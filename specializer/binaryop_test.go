package specializer

import (
	"fmt"
	"sort"
	"strings"
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Each specialized form of BINARY_OP, the in-place str append and when it
// applies (the next instruction as quickened, the local holding the left
// operand), the permanent revert of the other operators, and results
// that overflow small ints.
func TestBinaryOpForms(t *testing.T) {
	checkAdaptive(t, `
def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def sub(a, b):
    return a - b

def iadd(a, b):
    a += b
    return a

def imul(a, b):
    a *= b
    return a

def isub(a, b):
    a -= b
    return a

def fadd(a, b):
    return a + b

def fmul(a, b):
    return a * b

def fsub(a, b):
    return a - b

def concat(s, t):
    s = s + t
    return s

def concat_aug(s, t):
    s += t
    return s

def concat_other(s, t):
    u = s + t
    return u

def concat_right(s, t):
    t = s + t
    return t

def concat_then_load(s, t):
    s = s + t
    return s, t

def concat_store_store(s, t):
    s = s + t
    u = v = s
    return u

def concat_loop(items):
    s = ""
    for x in items:
        s += x
    return s

def div(a, b):
    return a / b

def ops(a, b):
    return a % b, a // b, a ** 2, a << 1, a >> 1, a & b, a | b, a ^ b, a @ b if False else 0

def iops(a, b):
    a //= b
    a |= b
    return a

def big(a, b):
    return a + b, a * b, a - b

def nan(a, b):
    return a + b, a * b, a - b

class V:
    def __matmul__(self, o):
        return 6

def matmul(a, b):
    return a @ b

for i in range(8):
    print(add(1, 2), mul(3, 4), sub(5, 7), iadd(1, 2), imul(2, 3), isub(2, 3))
    print(fadd(1.5, 2.25), fmul(3.0, 4.5), fsub(5.0, 7.5))
for i in range(8):
    print(concat("a", "b"), concat_aug("x", "y"), concat_other("p", "q"), concat_right("r", "s"),
          concat_then_load("m", "n"), concat_store_store("o", "p"), concat_loop("abc"))
for i in range(8):
    print(div(1.0, 2.0), ops(7, 3), iops(17, 4), matmul(V(), V()))
for i in range(8):
    print(big(2**40, 2**40), big(2**49, 2**49), big(2**62, -2**62), big(10**30, 3), big(-2**49, -1))
for i in range(8):
    print(nan(float("nan"), 1.0), nan(float("inf"), float("-inf")), nan(1e308, 1e308))
print(concat_loop(["ab"] * 100) == "ab" * 100)
`)
}

// bcLine returns the 1-based line of src holding marker (the test fails
// unless exactly one does).
func bcLine(t *testing.T, src, marker string) int {
	t.Helper()
	line := 0
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, marker) {
			if line != 0 {
				t.Fatalf("marker %q on lines %d and %d", marker, line, i+1)
			}
			line = i + 1
		}
	}
	if line == 0 {
		t.Fatalf("marker %q not in the program", marker)
	}
	return line
}

// checkFailKinds asserts that each marked site of base's family failed
// only with the given kind (and never succeeded).
func checkFailKinds(t *testing.T, src string, base op.Opcode, want map[string]int) {
	t.Helper()
	st := runStats(t, src)
	for _, marker := range sortedKeys(want) {
		kind := want[marker]
		s := siteOnLine(t, st, base, bcLine(t, src, marker))
		if s.Failure == 0 || s.FailureKinds[kind] != s.Failure || s.Success != 0 {
			t.Errorf("%s site %q: %d failures (kind %d: %d), %d successes; want failures of kind %d only (kinds %v)",
				base, marker, s.Failure, kind, s.FailureKinds[kind], s.Success, kind, s.FailureKinds)
		}
		if name := st.KindName(base, kind); name == "" {
			t.Errorf("%s kind %d has no name", base, kind)
		}
	}
}

func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// + * - on operands 3.11 has no form for: the failure kinds, and the
// counters after the failures (backoff) in the dis.
const binaryOpFailProgram = `
class I(int):
    pass

def add_diff(a, b):
    return a + b  # add_diff

def add_other(a, b):
    return a + b  # add_other

def add_bool(a, b):
    return a + b  # add_bool

def add_sub(a, b):
    return a + b  # add_sub

def mul_diff(a, b):
    return a * b  # mul_diff

def mul_other(a, b):
    return a * b  # mul_other

def sub_diff(a, b):
    a -= b  # sub_diff
    return a

def sub_other(a, b):
    return a - b  # sub_other

def str_mul(a, b):
    return a * b  # str_mul

for i in range(30):
    print(add_diff(1, 2.0), add_other((1,), (2,)), add_bool(True, True), add_sub(I(1), I(2)), i)
for i in range(15):
    print(mul_diff(2, "ab"), mul_other(True, False), sub_diff(1.5, 1), sub_other({1, 2}, {2}), str_mul("x", 3))
`

func TestBinaryOpFailures(t *testing.T) {
	checkAdaptive(t, binaryOpFailProgram)
	checkFailKinds(t, binaryOpFailProgram, op.BINARY_OP, map[string]int{
		"# add_diff":  failBinaryOpAddDifferentTypes,
		"# add_other": failBinaryOpAddOther,
		"# add_bool":  failBinaryOpAddOther,
		"# add_sub":   failBinaryOpAddOther,
		"# mul_diff":  failBinaryOpMultiplyDifferentTypes,
		"# mul_other": failBinaryOpMultiplyOther,
		"# sub_diff":  failBinaryOpSubtractDifferentTypes,
		"# sub_other": failBinaryOpSubtractOther,
		"# str_mul":   failBinaryOpMultiplyDifferentTypes,
	})
}

// BINARY_OP_INPLACE_ADD_UNICODE's conditions: a STORE_FAST after the
// cache (an EXTENDED_ARG in front of it, for a local numbered above 255,
// or a cell's STORE_DEREF gives plain ADD_UNICODE), and a miss when the
// local no longer holds the left operand.
func TestBinaryOpInplaceAddUnicode(t *testing.T) {
	var many strings.Builder
	many.WriteString("def many_locals(t):\n")
	for i := 0; i < 260; i++ {
		fmt.Fprintf(&many, "    a%d = %d\n", i, i)
	}
	many.WriteString("    s = 'x'\n    s = s + t\n    return s, a0, a259\n")
	src := many.String() + `
def cell(s, t):
    s = s + t
    return lambda: s

def other_left(s, t, u):
    s = u + t
    return s

def add_str(a, b):
    a = a + b
    return a

def loop(items, sep):
    s = ""
    for x in items:
        s += x
        s += sep
    return s

for i in range(8):
    print(many_locals("y"), cell("a", "b")())
x = "ab"
for i in range(8):
    print(other_left(x, "c", x))
for i in range(4):
    print(other_left("p", "q", "r"))
for i in range(8):
    print(add_str("a", "b"))
for i in range(3):
    print(add_str(1, 2), add_str("", "z"), add_str("z", ""))
print(loop(["a", "b", "c"] * 5, ","))
print(loop([], ","), loop(["", ""], ""))
`
	dis := checkAdaptive(t, src)
	for fn, want := range map[string]string{
		"many_locals": "BINARY_OP_ADD_UNICODE", "cell": "BINARY_OP_ADD_UNICODE",
		"other_left": "BINARY_OP_INPLACE_ADD_UNICODE", "add_str": "BINARY_OP_INPLACE_ADD_UNICODE",
		"loop": "BINARY_OP_INPLACE_ADD_UNICODE",
	} {
		if name, _ := siteState(t, dis, fn, "BINARY_OP"); name != want {
			t.Errorf("%s: %s, want %s", fn, name, want)
		}
	}
	if name, c := siteState(t, dis, "other_left", "BINARY_OP"); c != 49 {
		t.Errorf("other_left: %s counter %d, want 49 (4 misses)", name, c)
	}
}

// The specialized bodies against CPython on many operand pairs: each site
// specializes on its first pair, then meets every other pair (hits with
// results that overflow small ints or one 30-bit digit, misses for other
// types, NaNs, subclasses), so outputs and counters must agree.
func TestBinaryOpValues(t *testing.T) {
	checkAdaptive(t, `
class I(int):
    pass

class F(float):
    pass

class S(str):
    pass

def add(a, b):
    return a + b

def mul(a, b):
    return a * b

def sub(a, b):
    return a - b

def iadd(a, b):
    a += b
    return a

def isub(a, b):
    a -= b
    return a

def fadd(a, b):
    return a + b

def fmul(a, b):
    return a * b

def fsub(a, b):
    return a - b

def sadd(a, b):
    a = a + b
    return a

nums = [0, 1, -1, 7, 2**30 - 1, 2**30, -(2**30), 2**49 - 1, 2**49, -(2**49), -(2**49) - 1, 2**62, 2**63, -(2**63),
        10**20, True, False, I(5), 0.0, -0.0, 1.5, -2.25, 1e308, float("inf"), float("nan"), F(2.5)]
strs = ["", "a", "é", "ab" * 3, "\U0001F600", S("x"), 3]

def show(f, a, b):
    try:
        r = f(a, b)
    except TypeError as e:
        return "TypeError(" + str(e) + ")"
    return repr(r) + ":" + type(r).__name__

for i in range(8):
    add(1, 2), mul(3, 4), sub(5, 6), iadd(1, 1), isub(2, 2)
    fadd(1.0, 2.0), fmul(3.0, 4.0), fsub(5.0, 6.0)
    sadd("a", "b")
for a in nums:
    print(" ".join(show(f, a, b) for f in (add, mul, sub, iadd, isub, fadd, fmul, fsub) for b in nums))
for a in strs:
    print(" ".join(show(sadd, a, b) + show(add, a, b) for b in strs))
del show  # a helper: not compared
`)
}
