package vm

import "github.com/quicken-py/quicken/vm/syntax"

// The __future__ module. CPython 3.11 has it as a pure-Python module
// (Lib/__future__.py), imported from source the first time a program runs
// `from __future__ import ...` (the compiler acts on the statement; at run
// time it is an ordinary import). quicken runs its own Python text for it,
// so that _Feature is a real class defined in __future__ and the module's
// namespace holds CPython's names, values and reprs in CPython's order
// (LOAD_ATTR_MODULE and LOAD_GLOBAL caches depend on the order). The
// docstrings are quicken's own words, not CPython's.

// futureSource is the body of the __future__ module. Its top-level
// assignments come in the order CPython's module makes them.
const futureSource = `"""Features of the language that were phased in over several releases.

Each feature is a _Feature: the release that first accepted it under
'from __future__ import', the release that made it the default (or None),
and the compiler flag that enables it.
"""

all_feature_names = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
]

__all__ = ["all_feature_names"] + all_feature_names

CO_NESTED = 0x0010
CO_GENERATOR_ALLOWED = 0
CO_FUTURE_DIVISION = 0x20000
CO_FUTURE_ABSOLUTE_IMPORT = 0x40000
CO_FUTURE_WITH_STATEMENT = 0x80000
CO_FUTURE_PRINT_FUNCTION = 0x100000
CO_FUTURE_UNICODE_LITERALS = 0x200000
CO_FUTURE_BARRY_AS_BDFL = 0x400000
CO_FUTURE_GENERATOR_STOP = 0x800000
CO_FUTURE_ANNOTATIONS = 0x1000000


class _Feature:

    def __init__(self, optionalRelease, mandatoryRelease, compiler_flag):
        self.optional = optionalRelease
        self.mandatory = mandatoryRelease
        self.compiler_flag = compiler_flag

    def getOptionalRelease(self):
        """The release (a 5-tuple like sys.version_info) that first accepted the feature."""
        return self.optional

    def getMandatoryRelease(self):
        """The release (a 5-tuple like sys.version_info) that made the feature the default, or None."""
        return self.mandatory

    def __repr__(self):
        return "_Feature" + repr((self.optional, self.mandatory, self.compiler_flag))


nested_scopes = _Feature((2, 1, 0, "beta", 1), (2, 2, 0, "alpha", 0), CO_NESTED)
generators = _Feature((2, 2, 0, "alpha", 1), (2, 3, 0, "final", 0), CO_GENERATOR_ALLOWED)
division = _Feature((2, 2, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_DIVISION)
absolute_import = _Feature((2, 5, 0, "alpha", 1), (3, 0, 0, "alpha", 0), CO_FUTURE_ABSOLUTE_IMPORT)
with_statement = _Feature((2, 5, 0, "alpha", 1), (2, 6, 0, "alpha", 0), CO_FUTURE_WITH_STATEMENT)
print_function = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_PRINT_FUNCTION)
unicode_literals = _Feature((2, 6, 0, "alpha", 2), (3, 0, 0, "alpha", 0), CO_FUTURE_UNICODE_LITERALS)
barry_as_FLUFL = _Feature((3, 1, 0, "alpha", 2), (4, 0, 0, "alpha", 0), CO_FUTURE_BARRY_AS_BDFL)
generator_stop = _Feature((3, 5, 0, "beta", 1), (3, 7, 0, "alpha", 0), CO_FUTURE_GENERATOR_STOP)
annotations = _Feature((3, 7, 0, "beta", 1), None, CO_FUTURE_ANNOTATIONS)
`

// newFutureModule imports __future__.
func (m *Machine) newFutureModule(key Value) (Value, error) {
	return m.newSourceModule(key, "__future__", futureSource)
}

// newSourceModule imports one of quicken's modules written in Python
// (source, standing in for CPython's Lib/name.py): the module enters
// sys.modules before its body runs and leaves it if the body fails, as
// for any source module. key is the name as sys.modules' key.
func (m *Machine) newSourceModule(key Value, name, source string) (Value, error) {
	mod := m.NewModule(name)
	d := mod.Dict
	path := sysPrefix + "/lib/python3.11/" + name + ".py"
	cached := m.NewStr(sysPrefix + "/lib/python3.11/__pycache__/" + name + ".cpython-311.pyc")
	file := m.NewStr(path)

	// CPython 3.11: a SourceFileLoader named for the module, and a
	// ModuleSpec whose origin and cached path are the file's.
	loaderDict := m.NewDict()
	m.dictSetStr(loaderDict, "name", m.NewStr(name))
	m.dictSetStr(loaderDict, "path", file)
	loader := m.alloc(&sourceLoader{dict: loaderDict}, m.types.SourceFileLoader)
	spec := &moduleSpecObj{dict: m.NewDict()}
	sd := spec.dict
	m.dictSetStr(sd, "name", m.NewStr(name))
	m.dictSetStr(sd, "loader", loader)
	m.dictSetStr(sd, "origin", file)
	m.dictSetStr(sd, "loader_state", None)
	m.dictSetStr(sd, "submodule_search_locations", None)
	m.dictSetStr(sd, "_uninitialized_submodules", m.NewList(nil))
	m.dictSetStr(sd, "_set_fileattr", True)
	m.dictSetStr(sd, "_cached", cached)
	m.dictSetStr(sd, "_initializing", True)
	specV := m.alloc(spec, m.types.ModuleSpec)

	// The namespace's first entries, in the order importlib sets them.
	m.dictSetStr(d, "__doc__", None)
	m.dictSetStr(d, "__package__", m.emptyStr)
	m.dictSetStr(d, "__loader__", loader)
	m.dictSetStr(d, "__spec__", specV)
	m.dictSetStr(d, "__file__", file)
	m.dictSetStr(d, "__cached__", cached)

	// Tracebacks through the module show quicken's text of it.
	m.SetSource(path, []byte(source))
	code, err := m.compileSource(source, true, path, syntax.ModeExec)
	if err != nil {
		return Null, err
	}
	if err := m.DictSet(m.modules, key, mod.self); err != nil {
		return Null, err
	}
	// CPython 3.11: exec of the module's code adds __builtins__ to a
	// namespace that lacks it, just before the body runs.
	m.dictSetStr(d, "__builtins__", m.builtinsModule)
	if _, err := m.runCode(code, d, d.self, "exec"); err != nil {
		if _, derr := m.DictDelete(m.modules, key); derr != nil {
			return Null, derr
		}
		return Null, err
	}
	m.dictSetStr(sd, "_initializing", False)
	// The module leaves sys.modules' entry as the body left it.
	return m.DictGet(m.modules, key)
}
