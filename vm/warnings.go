package vm

import (
	"fmt"
	"strings"
)

// Warnings the interpreter itself issues (PyErr_WarnEx with stack level
// 1), filtered and shown as CPython 3.11's _warnings module does with its
// default filters and no warnings options:
//
//	default::DeprecationWarning:__main__
//	ignore::DeprecationWarning
//	ignore::PendingDeprecationWarning
//	ignore::ImportWarning
//	ignore::ResourceWarning
//
// and "default" for everything else: a warning is shown once per module
// __warningregistry__ key (text, category, line), as
// "file:line: Category: text" and the stripped source line, on stderr.
// The registry is a real dict in the module's globals, as in CPython.

// warningFiltersVersion is _filters_version: no program here can change
// the filters (there is no warnings module), so it stays 0.
const warningFiltersVersion = 0

// warn issues a warning of category at the running Python frame. The
// error is one a program's stderr or registry raised.
func (m *Machine) warn(category *Type, text string) error {
	return m.warnFrom(category, text, false)
}

// warnFrom is warn; hasSource says the warning names the object it is
// about (warnings.warn's source), which CPython's formatter follows with
// a line about tracemalloc, not tracing here.
func (m *Machine) warnFrom(category *Type, text string, hasSource bool) error {
	f := m.frame
	if f == nil || category == nil {
		return nil
	}
	globals := f.Globals
	module := "<string>"
	if s := m.str(m.dictGetStr(globals, "__name__")); s != nil {
		module = s.S
	}
	lineno := codeLine(f.Code, f.Lasti)
	filename := m.str(f.Code.filename).S

	// The module's registry: created on first use, cleared when the
	// filters changed since it was filled (never, here).
	regV := m.dictGetStr(globals, "__warningregistry__")
	if regV == Null {
		regV = m.NewDict().self
		m.dictSetStr(globals, "__warningregistry__", regV)
	}
	registry, _ := m.obj0(regV).(*Dict)
	key := m.NewTuple([]Value{m.NewStr(text), category.self, m.NewInt(int64(lineno))})
	if registry != nil {
		version, err := m.DictGet(registry, m.Intern("version"))
		if err != nil {
			return err
		}
		if v, ok := m.Int64(version); version == Null || !ok || v != warningFiltersVersion {
			m.DictClear(registry)
			m.dictSetStr(registry, "version", SmallIntValue(warningFiltersVersion))
		}
		seen, err := m.DictGet(registry, key)
		if err != nil {
			return err
		}
		if seen != Null {
			if t, err := m.Truth(seen); err != nil || t {
				return err
			}
		}
	}
	if m.warningIgnored(category, module) {
		return nil
	}
	if registry != nil {
		if err := m.DictSet(registry, key, True); err != nil {
			return err
		}
	}
	return m.showWarning(category, text, filename, lineno, hasSource)
}

// warningIgnored applies the default filters: the first whose category
// the warning's is a subclass of decides.
func (m *Machine) warningIgnored(category *Type, module string) bool {
	if c := m.types.exceptions["DeprecationWarning"]; c != nil && category.IsSubtype(c) {
		return module != "__main__"
	}
	for _, name := range [...]string{"PendingDeprecationWarning", "ImportWarning", "ResourceWarning"} {
		if c := m.types.exceptions[name]; c != nil && category.IsSubtype(c) {
			return true
		}
	}
	return false
}

// showWarning is show_warning: "file:line: Category: text" and the
// source line with its indentation stripped, on sys.stderr (nothing if
// there is none).
func (m *Machine) showWarning(category *Type, text, filename string, lineno int, hasSource bool) error {
	stderr, err := m.sysStream("stderr")
	if err != nil || stderr == None {
		return nil
	}
	var b strings.Builder
	b.WriteString(filename + ":" + itoa(lineno) + ": " + category.Name + ": " + text + "\n")
	if line, ok := m.sourceLine(filename, lineno); ok {
		b.WriteString("  " + strings.Trim(line, " \t\f") + "\n")
	}
	if hasSource {
		b.WriteString(category.Name + ": Enable tracemalloc to get the object allocation traceback\n")
	}
	return m.fileWriter(stderr).writeString(b.String())
}

// deprecated issues a DeprecationWarning.
func (m *Machine) deprecated(text string) error {
	return m.warn(m.types.exceptions["DeprecationWarning"], text)
}

// The conversions' DeprecationWarnings for a __int__, __index__,
// __float__ or __complex__ that returns an instance of a strict subclass
// of the type it should (CPython 3.11, bpo-17576; the result is then
// converted to the exact type).

const strictSubclassTail = ".  The ability to return an instance of a strict subclass of %s is deprecated, and may be removed in a future version of Python."

// intResult checks what __int__ (or __index__: slot names it) returned.
func (m *Machine) intResult(slot string, r Value) (Value, error) {
	if !m.isInt(r) {
		return Null, m.typeError("%s returned non-int (type %s)", slot, cTrunc(m.typeName(r), 200))
	}
	if !r.IsSmallInt() && m.TypeOf(r) != m.types.Int {
		if err := m.deprecated(fmt.Sprintf("%s returned non-int (type %s)"+strictSubclassTail, slot, cTrunc(m.typeName(r), 200), "int")); err != nil {
			return Null, err
		}
		return m.intExact(r), nil
	}
	return r, nil
}

// floatResult checks what t's __float__ returned.
func (m *Machine) floatResult(t *Type, r Value) (float64, error) {
	f, ok := m.FloatOf(r)
	if !ok {
		return 0, m.typeError("%s.__float__ returned non-float (type %s)", cTrunc(t.Name, 50), cTrunc(m.typeName(r), 50))
	}
	if m.TypeOf(r) != m.types.Float {
		if err := m.deprecated(fmt.Sprintf("%s.__float__ returned non-float (type %s)"+strictSubclassTail, cTrunc(t.Name, 50), cTrunc(m.typeName(r), 50), "float")); err != nil {
			return 0, err
		}
	}
	return f, nil
}
