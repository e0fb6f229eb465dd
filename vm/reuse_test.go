package vm

import (
	"math/big"
	"testing"
)

// checkSpares fails if a Go struct kept for reuse is still in the heap
// table: a live value would then change when the struct is reused.
func checkSpares(t *testing.T, m *Machine) {
	t.Helper()
	spare := map[Object]bool{}
	for _, o := range m.heap.spareInstances {
		spare[o] = true
	}
	for _, o := range m.heap.spareStrs {
		spare[o] = true
	}
	for _, o := range m.heap.spareTuples {
		spare[o] = true
	}
	for _, o := range m.heap.spareInts {
		spare[o] = true
	}
	for h, o := range m.heap.objs {
		if o != nil && spare[o] {
			t.Fatalf("handle %d holds a spare %T", h, o)
		}
	}
}

// TestIntReuse checks that heap ints freed by a collection are reused
// only for new ints, that the ints still live keep their values (near
// the immediate boundary, int64 and big ones, and int subclass instances,
// which are never reused), and that nothing the program reaches is a
// spare struct.
func TestIntReuse(t *testing.T) {
	_, errs, _, m := runOM(t, `class I(int):
    pass
keep = []
for i in range(3000):
    a = (1 << 49) + i
    b = -(1 << 49) - i
    c = (1 << 70) * i
    d = I(1 << 60)
    if i % 100 == 0:
        keep.append((a, b, c, d, (1 << 49) - 1 - i, 2**63 + i))
`)
	if errs != "" {
		t.Fatal(errs)
	}
	render := func() string {
		r, err := m.ReprString(m.dictGetStr(m.main.Dict, "keep"))
		if err != nil {
			t.Fatal(err)
		}
		return r
	}
	want := render()
	m.collect()
	if len(m.heap.spareInts) == 0 {
		t.Fatal("no heap int kept for reuse")
	}
	checkSpares(t, m)
	reused := map[*Int]bool{}
	for _, o := range m.heap.spareInts {
		reused[o] = true
	}
	// Make new ints from every spare and check they are what was asked.
	n := len(m.heap.spareInts)
	var made []Value
	for i := 0; i < n; i++ {
		if i%2 == 0 {
			made = append(made, m.NewInt(1<<50+int64(i)))
		} else {
			made = append(made, m.NewBigInt(new(big.Int).Lsh(big.NewInt(int64(i)+1), 80)))
		}
	}
	for i, v := range made {
		o := m.intObj(v)
		if !reused[o] {
			t.Fatalf("int %d: a new struct while %d were spare", i, n)
		}
		wantV := new(big.Int).Lsh(big.NewInt(int64(i)+1), 80)
		if i%2 == 0 {
			wantV = big.NewInt(1<<50 + int64(i))
		}
		if got, _ := m.BigInt(v); got.Cmp(wantV) != 0 {
			t.Errorf("int %d = %v, want %v", i, got, wantV)
		}
	}
	if got := render(); got != want {
		t.Errorf("live ints changed by reuse:\n got %.200s\nwant %.200s", got, want)
	}
	m.extraRoots = append(m.extraRoots, made...)
	m.collect()
	checkSpares(t, m)
	if got := render(); got != want {
		t.Errorf("live ints changed by a second collection:\n got %.200s\nwant %.200s", got, want)
	}
}

// TestIntBoundaryArithmetic runs int arithmetic around the immediate
// range's edges (±2**49) and int64's, with collections in between, against
// python3.
func TestIntBoundaryArithmetic(t *testing.T) {
	checkPy(t, `edges = [1 << 49, -(1 << 49), (1 << 63), -(1 << 63)]
acc = []
for e in edges:
    for d in (-2, -1, 0, 1, 2):
        x = e + d
        acc.append((x, x + 1, x - 1, x * 3, x // 7, x % 1000003, x & 0xFFFF_FFFF_FFFF, -x, x >> 3, x << 2))
total = 0
state = 12345
for i in range(200000):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    total = (total + (state >> 11)) % (1 << 61)
    if i % 50000 == 0:
        acc.append(state)
print(acc)
print(total, state, hash(state), hash((1 << 49) - 1), hash(1 << 49), hash(-(1 << 49)))
`)
}

// TestBigIntMixedOperands runs every binary int operation and comparison
// between int64-sized and big operands, in both orders, against python3:
// the int64 side goes through the heap's scratch big.Ints, and no result
// may keep or see one of them.
func TestBigIntMixedOperands(t *testing.T) {
	checkPy(t, `ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b, lambda a, b: a // b,
       lambda a, b: a % b, lambda a, b: a & b, lambda a, b: a | b, lambda a, b: a ^ b,
       lambda a, b: a < b, lambda a, b: a <= b, lambda a, b: a == b, lambda a, b: a != b,
       lambda a, b: a > b, lambda a, b: a >= b]
vals = [3, -7, (1 << 50) + 3, -(1 << 55), (1 << 63) - 1, -(1 << 63), 1 << 64, -(1 << 70) + 9, 10**30 + 7]
out = []
for f in ops:
    for a in vals:
        for b in vals:
            out.append(f(a, b))
keep = [(1 << 64) + 5 + 0, 5 + (1 << 64), ((1 << 64) + 5) >> 0, ((1 << 64) + 5) << 0, ((1 << 64) + 5) | 0, 0 | ((1 << 64) + 5)]
for a in vals:
    out.append((a << 3, a >> 2, a >> 70, 7 >> 1, pow(a, 3), divmod(a, 11)))
class I(int): pass
for a in (1 << 64, (1 << 64) - 1 + (1 << 64), (1 << 127) + 12345, 10**40 + 3, -(1 << 70) - 5, I(1 << 66)):
    out.append([a >> k for k in (0, 1, 2, 31, 32, 33, 62, 63, 64, 65, 66, 70, 77, 127, 128, 129, 200, 1 << 40)])
    out.append(type(a >> 3).__name__)
for a in ((1 << 127) + 12345, (1 << 64) + (1 << 63) + 7, (1 << 63) + 1, 10**40, -(1 << 80) + 1, I(1 << 66 | 5)):
    for mask in (0xFFFFFFFFFFFFFFFF, 0x7FFFFFFFFFFFFFFF, 255, 1 << 63, (1 << 64) | 1, 0, -1, -256):
        out.append((a & mask, mask & a, type(a & mask).__name__))
junk = [x * 3 + 1 for x in range(1 << 62, (1 << 62) + 2000)]
print(out, keep, sum(junk))
`)
}
