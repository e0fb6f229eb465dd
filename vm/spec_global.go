package vm

import (
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The LOAD_GLOBAL family's specialized forms, with CPython 3.11's guards
// (ceval.c). Both cache the entry index of the name in a keys object
// and the keys versions that keep that index valid:
//
//	unit 0 counter, unit 1 index, units 2-3 module_keys_version (32-bit),
//	unit 4 builtin_keys_version (16-bit)
//
// A keys version is reset by any new key (or deletion) and never by
// rebinding an existing one, so rebinding a global keeps hitting while
// defining a new global makes every LOAD_GLOBAL of the module miss.

func init() {
	specBodies[op.LOAD_GLOBAL_MODULE] = execLoadGlobalModule
	specBodies[op.LOAD_GLOBAL_BUILTIN] = execLoadGlobalBuiltin
}

// loadGlobalCaches is the number of cache units after LOAD_GLOBAL.
const loadGlobalCaches = 5

// KeysVersionNow is k's dk_version as it is, without assigning one: 0
// once the keys changed since a version was last handed out. Specialized
// guards compare it with the cached version (a plain equality, so a
// reset version never matches).
func (k *DictKeys) KeysVersionNow() uint32 { return k.version }

// IsExactDict reports whether d is exactly a dict (PyDict_CheckExact).
func (m *Machine) IsExactDict(d *Dict) bool { return d != nil && d.typ == m.types.Dict }

// loadGlobalPush pushes NULL first when oparg&1 asks for it, then v, and
// steps over the cache.
func loadGlobalPush(f *Frame, oparg int, v Value) (specResult, error) {
	sp := f.SP
	if oparg&1 != 0 {
		f.Vals[sp] = Null
		sp++
	}
	f.Vals[sp] = v
	f.SP = sp + 1
	f.PC += loadGlobalCaches
	return specHit, nil
}

// CPython 3.11: LOAD_GLOBAL_MODULE guards that the globals are an exact
// dict whose keys version is the cached one, and that the entry at the
// cached index still has a value (a deleted global leaves a hole until
// the version changes, and deleting resets it anyway).
func execLoadGlobalModule(m *Machine, f *Frame, oparg int) (specResult, error) {
	g := f.Globals
	if g == nil || g.typ != m.types.Dict {
		return specMiss, nil
	}
	units := f.Code.Units
	if g.keys.version != read32(units, f.PC+2) {
		return specMiss, nil
	}
	v := g.EntryValue(int(units[f.PC+1]))
	if v == Null {
		return specMiss, nil
	}
	return loadGlobalPush(f, oparg, v)
}

// CPython 3.11: LOAD_GLOBAL_BUILTIN guards that globals and builtins are
// exact dicts, that the globals' keys version is the cached one (so the
// name has not been defined as a global since: that adds a key) and the
// builtins' version equals the cached 16-bit one, and that the builtins
// entry still has a value.
func execLoadGlobalBuiltin(m *Machine, f *Frame, oparg int) (specResult, error) {
	g, b := f.Globals, f.Builtins
	if g == nil || g.typ != m.types.Dict || b == nil || b.typ != m.types.Dict {
		return specMiss, nil
	}
	units := f.Code.Units
	if g.keys.version != read32(units, f.PC+2) || b.keys.version != uint32(units[f.PC+4]) {
		return specMiss, nil
	}
	v := b.EntryValue(int(units[f.PC+1]))
	if v == Null {
		return specMiss, nil
	}
	return loadGlobalPush(f, oparg, v)
}
