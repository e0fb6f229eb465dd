package flowgraph

import (
	"encoding/hex"
	"math/rand"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/bytecode"
)

func TestDumpRoundTrip(t *testing.T) {
	const text = `b0:
  RESUME 0 @0:0-1:0
  LOAD_NAME 0 @1:3-4
  POP_JUMP_IF_FALSE ->b2 @1:0-2:8
b1:
  NOP @2
  SETUP_FINALLY ->b2 @3,-1,-1,-1
  LOAD_CONST 1
  RETURN_VALUE
b2:
  LOAD_CONST 1 @4:0-5
  RETURN_VALUE @4,2,0,9
`
	var u Unit
	parseCFG(t, &u, text)
	if got := u.Dump(); got != text {
		t.Errorf("Dump after parse:\n%s\nwant:\n%s", got, text)
	}
}

func TestLocationString(t *testing.T) {
	for _, tc := range []struct {
		loc  Location
		want string
	}{
		{NoLocation, ""},
		{Location{3, 3, -1, -1}, "3"},
		{Location{3, 3, 4, 9}, "3:4-9"},
		{Location{3, 5, 4, 9}, "3:4-5:9"},
		{Location{0, 1, 0, 0}, "0:0-1:0"},
		{Location{3, -1, -1, -1}, "3,-1,-1,-1"},
		{Location{3, 4, -1, -1}, "3,4,-1,-1"},
	} {
		if got := tc.loc.String(); got != tc.want {
			t.Errorf("%v.String() = %q, want %q", tc.loc, got, tc.want)
		}
	}
}

// TestMalformed checks that graphs CPython's codegen would never produce
// give errors, not panics.
func TestMalformed(t *testing.T) {
	for _, tc := range []struct {
		name, cfg, want string
		consts          int
		cells           []string
	}{
		{"jump_not_last", "b0:\n JUMP ->b1\n NOP @1\nb1:\n LOAD_CONST 0\n RETURN_VALUE\n", "not the last instruction", 1, nil},
		{"bad_const", "b0:\n LOAD_CONST 5\n POP_JUMP_IF_FALSE ->b1\nb2:\n LOAD_CONST 0\n RETURN_VALUE\nb1:\n LOAD_CONST 0\n RETURN_VALUE\n", "out of range", 1, nil},
		{"unbalanced_pop_block", "b0:\n POP_BLOCK @1\n LOAD_CONST 0\n RETURN_VALUE\n", "POP_BLOCK", 1, nil},
		{"bad_deref", "b0:\n LOAD_DEREF 3 @1\n RETURN_VALUE\n", "no such cell", 0, []string{"x"}},
		{"jump_past_end", "b0:\n LOAD_CONST 0\n POP_JUMP_IF_TRUE ->b1\nb2:\n LOAD_CONST 0\n RETURN_VALUE\nb1:\n", "internal error", 1, nil},
		{"backward_or_pop", "b0:\n NOP @1\nb1:\n LOAD_NAME 0 @1\n JUMP_IF_TRUE_OR_POP ->b1 @1\nb2:\n LOAD_CONST 0\n RETURN_VALUE @1\n", "backwards", 1, nil},
		{"jump_cycle", "b0:\n RESUME 0 @1\n JUMP ->b1 @1\nb1:\n JUMP ->b2 @1\nb2:\n JUMP ->b1 @1\n", "does not terminate", 0, nil},
		{"stack_underflow", "b0:\n POP_TOP @1\n LOAD_CONST 0\n RETURN_VALUE\n", "underflow", 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u := Unit{Name: "m", FirstLineNo: 1, CellVars: tc.cells}
			for i := 0; i < tc.consts; i++ {
				u.Consts = append(u.Consts, none)
			}
			parseCFG(t, &u, tc.cfg)
			_, err := Assemble(&u)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Assemble error = %v, want one containing %q", err, tc.want)
			}
		})
	}
	t.Run("missing_target", func(t *testing.T) {
		var u Unit
		b := u.NewBlock()
		u.Entry = b
		b.Append(Instr{Op: bytecode.JUMP, Loc: NoLocation})
		if _, err := Assemble(&u); err == nil || !strings.Contains(err.Error(), "without a target") {
			t.Errorf("Assemble error = %v", err)
		}
	})
	t.Run("no_blocks", func(t *testing.T) {
		if _, err := Assemble(&Unit{}); err == nil {
			t.Errorf("Assemble of an empty unit succeeded")
		}
	})
}

func TestExceptionTableItems(t *testing.T) {
	// CPython 3.11's encoding of (start, size, target, depth<<1|lasti)
	// entries: (2, 10, 14, 0) and (14, 2, 19, 1<<1|1).
	var out []byte
	for _, e := range [][4]int{{2, 10, 14, 0}, {14, 2, 19, 3}} {
		out = appendExceptItem(out, e[0], 0x80)
		for _, v := range e[1:] {
			out = appendExceptItem(out, v, 0)
		}
	}
	if got, want := hex.EncodeToString(out), "820a0e008e021303"; got != want {
		t.Errorf("entries = %s, want %s", got, want)
	}
	// Most significant 6-bit group first, 0x40 on every group but the
	// last, 0x80 on the first byte only.
	for _, tc := range []struct {
		v    int
		msb  byte
		want string
	}{
		{63, 0, "3f"},
		{64, 0, "4100"},
		{4096, 0x80, "c14000"},
		{1<<24 + 5, 0, "4140404005"},
	} {
		if got := hex.EncodeToString(appendExceptItem(nil, tc.v, tc.msb)); got != tc.want {
			t.Errorf("appendExceptItem(%d, %#x) = %s, want %s", tc.v, tc.msb, got, tc.want)
		}
	}
}

func TestLocationVarints(t *testing.T) {
	w := &locationWriter{}
	w.varint(200)
	w.svarint(-3)
	w.svarint(40)
	if got, want := hex.EncodeToString(w.out), "48030750"+"01"; got != want {
		t.Errorf("varints = %s, want %s", got, want)
	}
}

// TestSwaptimize checks on random SWAP/NOP runs that the rewritten run
// permutes the stack the same way and is no longer.
func TestSwaptimize(t *testing.T) {
	permute := func(ins []Instr, depth int) []int {
		stack := make([]int, depth)
		for i := range stack {
			stack[i] = i
		}
		for _, in := range ins {
			if in.Op == bytecode.SWAP {
				stack[0], stack[in.Arg-1] = stack[in.Arg-1], stack[0]
			}
		}
		return stack
	}
	count := func(ins []Instr) int {
		n := 0
		for _, in := range ins {
			if in.Op == bytecode.SWAP {
				n++
			}
		}
		return n
	}
	r := rand.New(rand.NewSource(1))
	for iter := 0; iter < 2000; iter++ {
		n := 2 + r.Intn(7)
		b := &Block{}
		for i := 0; i < n; i++ {
			if i > 0 && r.Intn(4) == 0 {
				b.Append(Instr{Op: bytecode.NOP})
			} else {
				b.Append(Instr{Op: bytecode.SWAP, Arg: 2 + r.Intn(5)})
			}
		}
		b.Append(Instr{Op: bytecode.POP_TOP})
		orig := append([]Instr(nil), b.Instrs...)
		i := 0
		if err := swaptimize(b, &i); err != nil {
			t.Fatal(err)
		}
		// A run with a single SWAP is left alone; otherwise the index
		// moves to the run's last instruction.
		if count(orig) > 1 && b.Instrs[i+1].Op != bytecode.POP_TOP {
			t.Fatalf("run end: index %d in %v", i, b.Instrs)
		}
		want, got := permute(orig, 8), permute(b.Instrs, 8)
		for k := range want {
			if want[k] != got[k] {
				t.Fatalf("permutation of %v changed: %v, got %v from %v", orig, want, got, b.Instrs)
			}
		}
		if count(b.Instrs) > count(orig) {
			t.Fatalf("%v became longer: %v", orig, b.Instrs)
		}
	}
}

func TestApplyStaticSwaps(t *testing.T) {
	for _, tc := range []struct {
		name, in, want string
	}{
		{"swap3", "SWAP 3 @1\n STORE_FAST 1 @1\n STORE_FAST 2 @1\n STORE_FAST 3 @1\n",
			"NOP @1\n STORE_FAST 3 @1\n STORE_FAST 2 @1\n STORE_FAST 1 @1\n"},
		{"pop_top", "SWAP 2 @1\n POP_TOP @1\n STORE_FAST 0 @1\n",
			"NOP @1\n STORE_FAST 0 @1\n POP_TOP @1\n"},
		// gh-104615 (3.11.4): same slot, or a store in between to one of
		// the two slots.
		{"same_slot", "SWAP 2 @1\n STORE_FAST 1 @1\n STORE_FAST 1 @1\n",
			"SWAP 2 @1\n STORE_FAST 1 @1\n STORE_FAST 1 @1\n"},
		{"store_between", "SWAP 3 @1\n STORE_FAST 1 @1\n STORE_FAST 2 @1\n STORE_FAST 1 @1\n",
			"SWAP 3 @1\n STORE_FAST 1 @1\n STORE_FAST 2 @1\n STORE_FAST 1 @1\n"},
		// The exchanged instructions must be on one line.
		{"other_line", "SWAP 2 @1\n STORE_FAST 1 @1\n STORE_FAST 2 @2\n",
			"SWAP 2 @1\n STORE_FAST 1 @1\n STORE_FAST 2 @2\n"},
		{"not_swappable", "SWAP 2 @1\n STORE_FAST 1 @1\n STORE_NAME 2 @1\n",
			"SWAP 2 @1\n STORE_FAST 1 @1\n STORE_NAME 2 @1\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var u, w Unit
			parseCFG(t, &u, "b0:\n "+tc.in)
			parseCFG(t, &w, "b0:\n "+tc.want)
			applyStaticSwaps(u.Entry, 0)
			if got, want := u.Dump(), w.Dump(); got != want {
				t.Errorf("got:\n%swant:\n%s", got, want)
			}
		})
	}
}
