package bytecode

import (
	"encoding/json"
	"fmt"
	"sort"
	"testing"
)

// pythonOpcodeFacts is what python3's opcode and dis modules say.
type pythonOpcodeFacts struct {
	HaveArgument       int                       `json:"have_argument"`
	Opmap              map[string]int            `json:"opmap"`
	AllOpname          []string                  `json:"all_opname"`
	Specialized        []string                  `json:"specialized"`
	Specializations    map[string][]string       `json:"specializations"`
	InlineCacheEntries []int                     `json:"inline_cache_entries"`
	CacheFormat        map[string][][2]any       `json:"cache_format"`
	Classes            map[string][]int          `json:"classes"`
	StackEffects       map[string][][3]*int      `json:"stack_effects"` // op → per arg → [jump, nojump, max]
	NbOps              []string                  `json:"nb_ops"`
	CmpOp              []string                  `json:"cmp_op"`
	Extra              map[string]map[string]int `json:"extra"`
}

const opcodeFactsScript = `
import dis, opcode, json
def se(op, arg):
    r = []
    for j in (True, False, None):
        try: r.append(dis.stack_effect(op, arg, jump=j))
        except (ValueError, TypeError): r.append(None)
    return r
effects = {}
for op in range(256):
    args = range(4) if op >= opcode.HAVE_ARGUMENT else [None]
    effects[str(op)] = [se(op, a) for a in args]
json.dump({
  "have_argument": opcode.HAVE_ARGUMENT,
  "opmap": opcode.opmap,
  "all_opname": dis._all_opname,
  "specialized": opcode._specialized_instructions,
  "specializations": opcode._specializations,
  "inline_cache_entries": opcode._inline_cache_entries,
  "cache_format": {k: list(v.items()) for k, v in opcode._cache_format.items()},
  "classes": {n: getattr(opcode, n) for n in ["hasjrel", "hasjabs", "hasconst", "hasname", "haslocal", "hasfree", "hascompare", "hasnargs"]},
  "stack_effects": effects,
  "nb_ops": [s for _, s in opcode._nb_ops],
  "cmp_op": list(dis.cmp_op),
}, __import__("sys").stdout)
`

func loadOpcodeFacts(t *testing.T) *pythonOpcodeFacts {
	var f pythonOpcodeFacts
	if err := json.Unmarshal([]byte(runPython(t, "", "-c", opcodeFactsScript)), &f); err != nil {
		t.Fatal(err)
	}
	return &f
}

// TestTableMatchesPython cross-checks every table entry against python3.
func TestTableMatchesPython(t *testing.T) {
	f := loadOpcodeFacts(t)
	if f.HaveArgument != HaveArgument {
		t.Errorf("HAVE_ARGUMENT = %d, table says %d", f.HaveArgument, HaveArgument)
	}
	// Names and numbers, specialized forms included.
	for i := 0; i < 256; i++ {
		if got := Opcode(i).String(); got != f.AllOpname[i] {
			t.Errorf("opcode %d: name %q, python %q", i, got, f.AllOpname[i])
		}
		if Opcode(i).Valid() != (f.AllOpname[i][0] != '<') {
			t.Errorf("opcode %d: Valid() = %v", i, Opcode(i).Valid())
		}
	}
	for name, n := range f.Opmap {
		if op, ok := OpcodeByName(name); !ok || int(op) != n || op.Kind() != Base {
			t.Errorf("opmap[%s] = %d; table has %d (ok %v, kind %v)", name, n, op, ok, op.Kind())
		}
	}
	// Families.
	inFamily := map[string]string{}
	for base, members := range f.Specializations {
		for _, m := range members {
			inFamily[m] = base
		}
		op, _ := OpcodeByName(base)
		var want []string
		want = append(want, base)
		for _, m := range members {
			want = append(want, m)
		}
		var got []string
		for _, o := range Family(op) {
			got = append(got, o.String())
		}
		sort.Strings(want[1:])
		sort.Strings(got[1:])
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("Family(%s) = %v, want %v", base, got, want)
		}
	}
	for _, name := range f.Specialized {
		op, ok := OpcodeByName(name)
		if !ok {
			t.Errorf("specialized %s missing", name)
			continue
		}
		if op.Kind() == Base || op.Kind() == Pseudo {
			t.Errorf("%s: kind %v", name, op.Kind())
		}
		if got := Deopt(op).String(); got != inFamily[name] {
			t.Errorf("Deopt(%s) = %s, want %s", name, got, inFamily[name])
		}
	}
	// Inline caches: base entries match _inline_cache_entries and
	// _cache_format; every family member shares the base's format.
	for i := 0; i < 256; i++ {
		op := Opcode(i)
		if !op.Valid() {
			continue
		}
		if op.Kind() == Base && op.Caches() != f.InlineCacheEntries[i] {
			t.Errorf("%s: %d caches, python %d", op, op.Caches(), f.InlineCacheEntries[i])
		}
		if op.Caches() != op.Base().Caches() || fmt.Sprint(op.CacheFormat()) != fmt.Sprint(op.Base().CacheFormat()) {
			t.Errorf("%s: cache format differs from %s", op, op.Base())
		}
	}
	for name, fields := range f.CacheFormat {
		op, _ := OpcodeByName(name)
		var want []CacheField
		for _, fl := range fields {
			want = append(want, CacheField{fl[0].(string), int(fl[1].(float64))})
		}
		if fmt.Sprint(op.CacheFormat()) != fmt.Sprint(want) {
			t.Errorf("%s cache format %v, python %v", name, op.CacheFormat(), want)
		}
	}
	// Classes: base opcodes exactly as python lists them.
	classes := map[string]func(Opcode) bool{
		"hasjrel": Opcode.IsRelativeJump, "hasjabs": func(Opcode) bool { return false },
		"hasconst": Opcode.HasConst, "hasname": Opcode.HasName, "haslocal": Opcode.HasLocal,
		"hasfree": Opcode.HasFree, "hascompare": Opcode.HasCompare, "hasnargs": Opcode.HasNargs,
	}
	for cls, pred := range classes {
		want := map[int]bool{}
		for _, o := range f.Classes[cls] {
			want[o] = true
		}
		for i := 0; i < 256; i++ {
			op := Opcode(i)
			if !op.Valid() || op.Kind() != Base {
				continue
			}
			if pred(op) != want[i] {
				t.Errorf("%s in %s: table %v, python %v", op, cls, pred(op), want[i])
			}
		}
	}
	// Stack effects of every real opcode, args 0..3, jump / no jump / max.
	for i := 0; i < 256; i++ {
		op := Opcode(i)
		for arg, effs := range f.StackEffects[fmt.Sprint(i)] {
			for k, jump := range []int{1, 0, -1} {
				got := StackEffect(op, arg, jump)
				want := effs[k]
				switch {
				case want == nil && got != InvalidStackEffect:
					t.Errorf("StackEffect(%s, %d, %d) = %d; python raises", op, arg, jump, got)
				case want != nil && got != *want:
					t.Errorf("StackEffect(%s, %d, %d) = %d; python %d", op, arg, jump, got, *want)
				}
			}
		}
	}
	for i, s := range f.NbOps {
		if NbOpName(i) != s {
			t.Errorf("NbOpName(%d) = %q, want %q", i, NbOpName(i), s)
		}
	}
	for i, s := range f.CmpOp {
		if CompareOpName(i) != s {
			t.Errorf("CompareOpName(%d) = %q, want %q", i, CompareOpName(i), s)
		}
	}
}

// TestTableInvariants checks properties every entry must have.
func TestTableInvariants(t *testing.T) {
	for i := range opTable {
		op := Opcode(i)
		if !op.Valid() {
			if op.String() != fmt.Sprintf("<%d>", i) {
				t.Errorf("unused %d prints %q", i, op.String())
			}
			continue
		}
		if op.Base().Kind() != Base && op.Kind() != Pseudo {
			t.Errorf("%s: base %s is not a base form", op, op.Base())
		}
		if op.IsJump() && op.IsBlockPush() {
			t.Errorf("%s: both jump and block push", op)
		}
		if op.IsBackwardJump() && op.IsForwardJump() {
			t.Errorf("%s: both directions", op)
		}
		if op.IsJump() && op.Caches() != 0 {
			t.Errorf("%s: a jump with caches", op)
		}
		if op.IsPseudo() {
			if !op.HasTarget() && op != POP_BLOCK {
				t.Errorf("pseudo %s has no target", op)
			}
			if r := ResolveJump(op, false); op.IsJump() && (!r.IsForwardJump() || ResolveJump(op, true).IsForwardJump() || !ResolveJump(op, true).IsBackwardJump()) {
				t.Errorf("ResolveJump(%s) = %s / %s", op, r, ResolveJump(op, true))
			}
		}
		if (op.Kind() == Base || op.Kind() == Pseudo) && StackEffect(op, 1, -1) == InvalidStackEffect {
			t.Errorf("%s: no stack effect", op)
		}
	}
	for _, tc := range []struct {
		op                    Opcode
		arg, jump, wantEffect int
	}{
		{SETUP_FINALLY, 0, 0, 0}, {SETUP_FINALLY, 0, 1, 1}, {SETUP_CLEANUP, 0, 1, 2}, {SETUP_CLEANUP, 0, -1, 2},
		{SETUP_WITH, 0, 1, 1}, {POP_BLOCK, 0, -1, 0}, {JUMP, 0, 1, 0}, {POP_JUMP_IF_NONE, 0, 1, -1},
		{FORMAT_VALUE, 4, 0, -1}, {FORMAT_VALUE, 6, 0, -1}, {UNPACK_EX, 0x0102, 0, 3}, {MAKE_FUNCTION, 0x0F, 0, -4},
		{LOAD_GLOBAL, 7, 0, 2}, {BUILD_SLICE, 3, 0, -2}, {CALL_FUNCTION_EX, 1, 0, -3}, {FOR_ITER, 0, -1, 1},
	} {
		if got := StackEffect(tc.op, tc.arg, tc.jump); got != tc.wantEffect {
			t.Errorf("StackEffect(%s, %d, %d) = %d, want %d", tc.op, tc.arg, tc.jump, got, tc.wantEffect)
		}
	}
	if InstrSize(LOAD_GLOBAL, 0x100) != 7 || InstrSize(NOP, 0) != 1 || InstrSize(JUMP_FORWARD, 0x10000) != 3 {
		t.Error("InstrSize")
	}
}
