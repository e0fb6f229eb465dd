package compiler

//go:generate sh -c "python3 _gen/interned.py > interned_gen.go"

import (
	"reflect"
	"strings"
	"sync"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// CPython 3.11 interns the identifier-like str constants of every code
// object it creates (intern_string_constants in Objects/codeobject.c). For
// a frozenset constant it interns the elements of a copy and, if any
// element was replaced by a different, already interned, equal string,
// rebuilds the frozenset from the copy: a third construction, whose
// iteration order can differ from the constant's. Whether that happens
// depends on object identity, which this file models:
//
//   - the parser interns every identifier of the module before code
//     generation starts, and the interpreter has interned many more
//     (internedUnderDis, internedUnderRun);
//   - a string constant is the object that first registered its value in
//     the compilation's constant cache (merge_consts_recursive): a literal
//     (a fresh object, not interned) or an identifier (keyword and import
//     names, class names: already interned);
//   - creating a code object interns its names, then its constants in
//     order: a literal whose value nobody interned yet becomes the interned
//     object itself; one whose value is already interned is replaced, and a
//     frozenset holding it is rebuilt;
//   - a one-character string, literal or identifier, is the interpreter's
//     latin-1 singleton, which interning leaves in place unless the
//     interpreter already holds a different equal object interned (3.11.7
//     does for many letters): then every literal of it is replaced.

// internKind tells which object holds a value's interned string.
type internKind uint8

const (
	notInterned internKind = iota
	// internedOther: an identifier, a name or a string of the
	// interpreter's own.
	internedOther
	// internedLiteral: the compilation's literal constant object itself.
	internedLiteral
)

// internModel is the interning state of one compilation.
type internModel struct {
	interned map[string]internKind
	// startup is the interpreter's interned strings (internedDis or
	// internedRun).
	startup map[string]bool
	// identConst records the str constants whose canonical object is an
	// identifier; others are literals.
	identConst map[string]bool
	// seen records every str constant registered so far.
	seen map[string]bool
	// frozensets maps a frozenset constant's key to the first equal
	// frozenset registered: merge_consts_recursive keeps that object.
	frozensets map[string]constant.FrozenSet
	// lastNew lists the strings the latest registration added.
	lastNew []string
}

// The interpreter's interned strings in each context, as sets.
var (
	internedDis = sync.OnceValue(func() map[string]bool { return stringSet(internedUnderDis) })
	internedRun = sync.OnceValue(func() map[string]bool { return stringSet(internedUnderRun) })
)

func stringSet(lines string) map[string]bool {
	m := map[string]bool{}
	for _, s := range strings.Split(lines, "\n") {
		if s != "" {
			m[s] = true
		}
	}
	return m
}

// newInternModel starts the model for the compilation of mod in ctx: the
// interpreter's strings and the module's identifiers are interned.
func newInternModel(mod syntax.Mod, ctx Context) *internModel {
	im := &internModel{
		interned:   map[string]internKind{},
		identConst: map[string]bool{},
		seen:       map[string]bool{},
		frozensets: map[string]constant.FrozenSet{},
	}
	im.startup = internedDis()
	if ctx == ContextRun {
		im.startup = internedRun()
	}
	for s := range im.startup {
		im.interned[s] = internedOther
	}
	for _, s := range identifiers(mod) {
		im.interned[s] = internedOther
	}
	return im
}

// register records a constant as it enters the constant cache. ident
// says its strings are identifiers. It returns the constant to use, and
// whether that is not v: an equal frozenset registered earlier replaces a
// new one, inside tuples too.
func (im *internModel) register(v constant.Value, ident bool) (constant.Value, bool) {
	switch v := v.(type) {
	case constant.Str:
		s := string(v)
		if !im.seen[s] {
			im.seen[s] = true
			im.identConst[s] = ident
			im.lastNew = append(im.lastNew, s)
		}
	case constant.Tuple:
		var out constant.Tuple
		for i, x := range v {
			y, replaced := im.register(x, ident)
			if replaced && out == nil {
				out = append(constant.Tuple(nil), v...)
			}
			if out != nil {
				out[i] = y
			}
		}
		if out != nil {
			return out, true
		}
	case constant.FrozenSet:
		k := constant.Key(v)
		if first, ok := im.frozensets[k]; ok {
			return first, true
		}
		im.frozensets[k] = v
		for _, x := range v {
			im.register(x, ident)
		}
	}
	return v, false
}

// allNameChars reports whether s is interned by code-object creation:
// ASCII letters, digits and underscores only (all_name_chars).
func allNameChars(s string) bool {
	for i := 0; i < len(s); i++ {
		b := s[i]
		if !(b == '_' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9') {
			return false
		}
	}
	return true
}

// internString interns a str constant and reports whether the code object
// gets a different object for it.
func (im *internModel) internString(s string) bool {
	// CPython 3.11: the empty string is a singleton the interpreter has
	// interned itself, so interning never replaces it.
	if s == "" || !allNameChars(s) {
		return false
	}
	if len(s) == 1 {
		// The literal and every identifier of this one character are
		// the latin-1 singleton, unless an identifier met an interned
		// object of the interpreter's (startup lists exactly those
		// characters). So only the interpreter's strings make a
		// literal's object be replaced, and an identifier constant is
		// that interned object already.
		return im.startup[s] && !im.identConst[s]
	}
	if im.identConst[s] {
		if im.interned[s] == notInterned {
			im.interned[s] = internedOther
		}
		return false
	}
	switch im.interned[s] {
	case notInterned:
		im.interned[s] = internedLiteral
		return false
	case internedLiteral:
		return false
	}
	return true
}

// internTuple interns the items of a tuple of constants, last first
// (intern_string_constants). Strings are interned; nested tuples are
// processed in place without counting; a frozenset whose copy was modified
// is rebuilt. It returns a copy of the items if one changed (else nil) and
// whether a string or frozenset among them was replaced.
func (im *internModel) internTuple(items []constant.Value) ([]constant.Value, bool) {
	modified := false
	var out []constant.Value
	set := func(i int, v constant.Value) {
		if out == nil {
			out = append([]constant.Value(nil), items...)
		}
		out[i] = v
	}
	for i := len(items) - 1; i >= 0; i-- {
		switch v := items[i].(type) {
		case constant.Str:
			if im.internString(string(v)) {
				modified = true
			}
		case constant.Tuple:
			// CPython passes no "modified" flag down: a replaced
			// string inside a nested tuple does not count.
			if t, _ := im.internTuple(v); t != nil {
				set(i, constant.Tuple(t))
			}
		case constant.FrozenSet:
			if _, m := im.internTuple(v); m {
				set(i, constant.RebuildFrozenSet(v))
				modified = true
			}
		}
	}
	return out, modified
}

// internCode applies code-object creation's interning to co: its names,
// then its constants (rebuilding frozensets), then its local names.
func (im *internModel) internCode(co *bytecode.Code) {
	for _, n := range co.Names {
		if im.interned[n] == notInterned {
			im.interned[n] = internedOther
		}
	}
	if consts, _ := im.internTuple(co.Consts); consts != nil {
		co.Consts = consts
	}
	for _, n := range co.LocalsPlusNames {
		if im.interned[n] == notInterned {
			im.interned[n] = internedOther
		}
	}
}

// identifiers returns the identifier strings of mod: what the parser
// interns (every NAME token it makes an identifier of). A dotted module
// name is joined into a new string, so its parts count, not the whole.
func identifiers(mod syntax.Mod) []string {
	var out []string
	add := func(s string) {
		for _, part := range strings.Split(s, ".") {
			if part != "" {
				out = append(out, part)
			}
		}
	}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		case reflect.Struct:
			t := v.Type()
			for i := 0; i < t.NumField(); i++ {
				f := v.Field(i)
				switch t.Field(i).Name {
				case "Id", "Attr", "Arg", "Asname", "Rest", "Module":
					if f.Kind() == reflect.String {
						add(f.String())
						continue
					}
					if f.Kind() == reflect.Pointer && !f.IsNil() && f.Elem().Kind() == reflect.String {
						add(f.Elem().String())
						continue
					}
				case "Name", "Names", "KwdAttrs":
					if f.Kind() == reflect.String {
						add(f.String())
						continue
					}
					if f.Kind() == reflect.Pointer && !f.IsNil() && f.Elem().Kind() == reflect.String {
						add(f.Elem().String())
						continue
					}
					if f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.String {
						for j := 0; j < f.Len(); j++ {
							add(f.Index(j).String())
						}
						continue
					}
				}
				walk(f)
			}
		}
	}
	walk(reflect.ValueOf(mod))
	return out
}
