package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// LOAD_GLOBAL, as CPython 3.11's _Py_Specialize_LoadGlobal: a name found
// in the module's globals becomes LOAD_GLOBAL_MODULE, one found only in
// the builtins LOAD_GLOBAL_BUILTIN. Both cache the entry index of the
// name and the keys versions under which that index holds.
//
// Cache layout (units after the counter): 1 index, 2-3
// module_keys_version, 4 builtin_keys_version.

func init() {
	register(op.LOAD_GLOBAL, &family{specialize: specializeLoadGlobal, explain: explainLoadGlobal})
}

// LOAD_GLOBAL failure kinds (specialize.c, 3.11).
const (
	failOutOfVersions              = 3
	failOutOfRange                 = 4
	failLoadGlobalNonStringOrSplit = 18
)

func specializeLoadGlobal(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	units := f.Code.Units
	name := f.Code.Names[oparg>>1]
	label := f.Code.Code.Names[oparg>>1]
	g, b := f.Globals, f.Builtins
	// CPython 3.11: globals that are not an exact dict fail without a
	// kind.
	if !m.IsExactDict(g) {
		return fail(-1, "", "the globals are not exactly a dict")
	}
	gk := g.Keys()
	if !gk.IsUnicode() {
		return fail(failLoadGlobalNonStringOrSplit, "SPEC_FAIL_LOAD_GLOBAL_NON_STRING_OR_SPLIT",
			"the globals have a key that is not a str")
	}
	ix := m.DictKeysStringLookup(gk, name)
	if ix == vm.DictKeyError {
		return fail(failLoadGlobalNonStringOrSplit, "SPEC_FAIL_LOAD_GLOBAL_NON_STRING_OR_SPLIT",
			"the globals could not be searched for '%s' without running code", label)
	}
	if ix != vm.DictKeyAbsent {
		// CPython 3.11: an index that does not fit the 16-bit field
		// fails without a kind, as does a module out of keys versions.
		if ix > 0xFFFF {
			return fail(-1, "", "'%s' is entry %d of the globals: more than a 16-bit index", label, ix)
		}
		kv := m.KeysVersion(gk)
		if kv == 0 {
			return fail(-1, "", "no keys version left for the globals")
		}
		rewrite(units, at, op.LOAD_GLOBAL_MODULE)
		write16(units, at, 1, uint16(ix))
		write32(units, at, 2, kv)
		return success("global '%s' is entry %d of the module's globals, keys version %d", label, ix, kv)
	}
	if !m.IsExactDict(b) {
		return fail(-1, "", "the builtins are not exactly a dict")
	}
	bk := b.Keys()
	if !bk.IsUnicode() {
		return fail(failLoadGlobalNonStringOrSplit, "SPEC_FAIL_LOAD_GLOBAL_NON_STRING_OR_SPLIT",
			"the builtins have a key that is not a str")
	}
	ix = m.DictKeysStringLookup(bk, name)
	if ix == vm.DictKeyError {
		return fail(failLoadGlobalNonStringOrSplit, "SPEC_FAIL_LOAD_GLOBAL_NON_STRING_OR_SPLIT",
			"the builtins could not be searched for '%s' without running code", label)
	}
	// CPython 3.11: a name found nowhere has index -1, which does not
	// fit 16 bits: a failure without a kind (the instruction then raises
	// NameError).
	if ix < 0 || ix > 0xFFFF {
		if ix < 0 {
			return fail(-1, "", "'%s' is neither a global nor a builtin", label)
		}
		return fail(-1, "", "'%s' is entry %d of the builtins: more than a 16-bit index", label, ix)
	}
	gv := m.KeysVersion(gk)
	if gv == 0 {
		return fail(failOutOfVersions, "SPEC_FAIL_OUT_OF_VERSIONS", "no keys version left for the globals")
	}
	bv := m.KeysVersion(bk)
	if bv == 0 {
		return fail(failOutOfVersions, "SPEC_FAIL_OUT_OF_VERSIONS", "no keys version left for the builtins")
	}
	if bv > 0xFFFF {
		return fail(failOutOfRange, "SPEC_FAIL_OUT_OF_RANGE",
			"the builtins' keys version %d does not fit the 16-bit field", bv)
	}
	rewrite(units, at, op.LOAD_GLOBAL_BUILTIN)
	write16(units, at, 1, uint16(ix))
	write32(units, at, 2, gv)
	write16(units, at, 4, uint16(bv))
	return success("builtin '%s' is entry %d of the builtins, keys version %d; globals keys version %d (not a global)",
		label, ix, bv, gv)
}

func explainLoadGlobal(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	units := f.Code.Units
	label := f.Code.Code.Names[oparg>>1]
	g, b := f.Globals, f.Builtins
	builtin := op.Opcode(units[at]&0xff) == op.LOAD_GLOBAL_BUILTIN
	if !m.IsExactDict(g) {
		return "the globals are not exactly a dict"
	}
	cachedG := uint32(units[at+3]) | uint32(units[at+4])<<16
	if now := g.Keys().KeysVersionNow(); now != cachedG {
		if now == 0 {
			return fmt.Sprintf("the globals' keys changed (a global was added or deleted): keys version reset, cached %d", cachedG)
		}
		return fmt.Sprintf("globals keys version is %d, cached %d", now, cachedG)
	}
	if builtin {
		if !m.IsExactDict(b) {
			return "the builtins are not exactly a dict"
		}
		cachedB := uint32(units[at+5])
		if now := b.Keys().KeysVersionNow(); now != cachedB {
			if now == 0 {
				return fmt.Sprintf("the builtins' keys changed: keys version reset, cached %d", cachedB)
			}
			return fmt.Sprintf("builtins keys version is %d, cached %d", now, cachedB)
		}
		return "builtin '" + label + "' has no value at the cached entry"
	}
	return "global '" + label + "' has no value at the cached entry"
}
