package vm

// Argument parsing for builtin functions and methods, with the messages of
// the CPython 3.11 routine each builtin goes through. CPython has several,
// and a program can observe which one a builtin uses:
//
//	METH_O                    len() takes exactly one argument (2 given)
//	METH_NOARGS               globals() takes no arguments (1 given)
//	_PyArg_CheckPositional    getattr expected at most 3 arguments, got 4
//	PyArg_ParseTuple          str() takes at most 3 arguments (4 given)
//	_PyArg_UnpackKeywords     round() missing required argument 'number' (pos 1)
//	                          'x' is an invalid keyword argument for round()
//
// The first four refuse keyword arguments with "f() takes no keyword
// arguments". Check a builtin's messages with python3 before choosing.

// ArgKind selects the CPython routine whose messages a builtin reproduces.
type ArgKind uint8

// Argument-checking routines.
const (
	// ArgsO is METH_O: exactly one positional argument.
	ArgsO ArgKind = iota
	// ArgsNone is METH_NOARGS.
	ArgsNone
	// ArgsPositional is _PyArg_CheckPositional (and PyArg_UnpackTuple):
	// "name expected at least N arguments, got M".
	ArgsPositional
	// ArgsTuple is PyArg_ParseTuple: "name() takes at most N arguments
	// (M given)".
	ArgsTuple
	// ArgsKeywords is _PyArg_UnpackKeywords (Argument Clinic functions
	// taking keywords) and PyArg_ParseTupleAndKeywords.
	ArgsKeywords
)

// ArgSpec describes a builtin's parameters. Specs are package-level values
// (they are immutable and shared by all Machines).
type ArgSpec struct {
	// Name is the function name CPython's parser prints ("getattr",
	// "round", "getsizeof").
	Name string
	// Func is _PyObject_FunctionStr without "()", which METH_O,
	// METH_NOARGS and the keyword refusal print ("sys.intern",
	// "TextIOWrapper.write"); "" means Name.
	Func string
	Kind ArgKind
	// Names are the parameters (ArgsKeywords); positional-only ones may
	// be named or "", only the keyword-capable ones are matched.
	Names []string
	// PosOnly counts the leading positional-only parameters.
	PosOnly int
	// Min and Max bound the positional arguments (Max -1: len(Names)).
	Min, Max int
	// MinKw counts required keyword-only parameters (after Max).
	MinKw int
	// Varargs marks a function whose extra positional arguments are
	// collected by the caller (print, min, max): only keywords are parsed,
	// as _PyArg_UnpackKeywordsWithVararg does, which has no "takes at
	// most" check.
	Varargs bool
}

func (s *ArgSpec) funcName() string {
	if s.Func != "" {
		return s.Func
	}
	return s.Name
}

func (s *ArgSpec) maxPos() int {
	if s.Max < 0 {
		return len(s.Names)
	}
	return s.Max
}

// ParseArgs checks a builtin's vectorcall arguments against spec and stores
// them in out, by parameter position (Null for an omitted optional one).
// out must have room for every parameter (len(Names), or Max for the
// positional kinds). For a Varargs spec, args are the keyword values only
// (the caller has taken the positional ones).
func (m *Machine) ParseArgs(spec *ArgSpec, args, kwnames []Value, out []Value) error {
	nargs := len(args) - len(kwnames)
	switch spec.Kind {
	case ArgsO, ArgsNone, ArgsPositional, ArgsTuple:
		if len(kwnames) > 0 {
			return m.typeError("%s() takes no keyword arguments", spec.funcName())
		}
		if err := m.checkPositional(spec, nargs); err != nil {
			return err
		}
		copy(out, args)
		for i := nargs; i < len(out); i++ {
			out[i] = Null
		}
		return nil
	}
	return m.unpackKeywords(spec, args, kwnames, out)
}

// NoKeywords is _PyArg_NoKwnames: f() takes no keyword arguments.
func (m *Machine) NoKeywords(name string, kwnames []Value) error {
	if len(kwnames) > 0 {
		return m.typeError("%s() takes no keyword arguments", name)
	}
	return nil
}

// checkPositional checks the positional count of the non-keyword kinds.
func (m *Machine) checkPositional(spec *ArgSpec, nargs int) error {
	switch spec.Kind {
	case ArgsO:
		if nargs != 1 {
			return m.typeError("%s() takes exactly one argument (%d given)", spec.funcName(), nargs)
		}
	case ArgsNone:
		if nargs != 0 {
			return m.typeError("%s() takes no arguments (%d given)", spec.funcName(), nargs)
		}
	case ArgsPositional:
		lo, hi := spec.Min, spec.maxPos()
		if nargs < lo {
			at := "at least "
			if lo == hi {
				at = ""
			}
			return m.typeError("%s expected %s%d argument%s, got %d", spec.Name, at, lo, plural1(lo), nargs)
		}
		if nargs > hi {
			at := "at most "
			if lo == hi {
				at = ""
			}
			return m.typeError("%s expected %s%d argument%s, got %d", spec.Name, at, hi, plural1(hi), nargs)
		}
	case ArgsTuple:
		lo, hi := spec.Min, spec.maxPos()
		if nargs < lo || nargs > hi {
			how, n := "at most", hi
			if lo == hi {
				how = "exactly"
			} else if nargs < lo {
				how, n = "at least", lo
			}
			return m.typeError("%s() takes %s %d argument%s (%d given)", spec.Name, how, n, plural1(n), nargs)
		}
	}
	return nil
}

// unpackKeywords is CPython 3.11's _PyArg_UnpackKeywords: positional
// arguments first, then each keyword-capable parameter looked up among
// the keywords, reporting the first missing required one, then arguments
// given twice, then unknown keywords.
func (m *Machine) unpackKeywords(spec *ArgSpec, args, kwnames []Value, out []Value) error {
	nkw := len(kwnames)
	nargs := len(args) - nkw
	kwvals := args[nargs:]
	name := spec.Name
	maxArgs := len(spec.Names)
	minPos, maxPos := spec.Min, spec.maxPos()
	if spec.Varargs {
		minPos, maxPos = 0, 0
	}
	posOnly := spec.PosOnly
	minPosOnly := min(posOnly, minPos)
	reqLimit := minPos
	if spec.MinKw > 0 {
		reqLimit = maxPos + spec.MinKw
	}
	for i := range out {
		out[i] = Null
	}
	if nkw == 0 && spec.MinKw == 0 && minPos <= nargs && nargs <= maxPos {
		copy(out, args)
		return nil
	}
	if !spec.Varargs {
		if nargs+nkw > maxArgs {
			kwWord := ""
			if nargs == 0 {
				kwWord = "keyword "
			}
			return m.typeError("%s() takes at most %d %sargument%s (%d given)", name, maxArgs, kwWord, plural1(maxArgs), nargs+nkw)
		}
		if nargs > maxPos {
			if maxPos == 0 {
				return m.typeError("%s() takes no positional arguments", name)
			}
			how := "exactly"
			if minPos < maxPos {
				how = "at most"
			}
			return m.typeError("%s() takes %s %d positional argument%s (%d given)", name, how, maxPos, plural1(maxPos), nargs)
		}
	}
	if nargs < minPosOnly {
		how := "exactly"
		if minPosOnly < maxPos {
			how = "at least"
		}
		return m.typeError("%s() takes %s %d positional argument%s (%d given)", name, how, minPosOnly, plural1(minPosOnly), nargs)
	}
	copy(out, args[:nargs])
	left := nkw
	for i := max(nargs, posOnly); i < maxArgs; i++ {
		var v Value
		if left > 0 {
			v = findKeyword(m, kwnames, kwvals, spec.Names[i])
		} else if i >= reqLimit {
			break
		}
		out[i] = v
		if v != Null {
			left--
		} else if i < minPos || (maxPos <= i && i < reqLimit) {
			return m.typeError("%s() missing required argument '%s' (pos %d)", name, spec.Names[i], i+1)
		}
	}
	if left > 0 {
		for i := posOnly; i < nargs && i < maxArgs; i++ {
			if findKeyword(m, kwnames, kwvals, spec.Names[i]) != Null {
				return m.typeError("argument for %s() given by name ('%s') and position (%d)", name, spec.Names[i], i+1)
			}
		}
		return m.unexpectedKeyword(spec, kwnames)
	}
	return nil
}

// findKeyword returns the value passed for the keyword name, or Null.
func findKeyword(m *Machine, kwnames, kwvals []Value, name string) Value {
	for i, k := range kwnames {
		if s := m.str(k); s != nil && s.S == name {
			return kwvals[i]
		}
	}
	return Null
}

// unexpectedKeyword is error_unexpected_keyword_arg: the first keyword
// that names no parameter.
func (m *Machine) unexpectedKeyword(spec *ArgSpec, kwnames []Value) error {
	for _, k := range kwnames {
		s := m.str(k)
		if s == nil {
			return m.typeError("keywords must be strings")
		}
		known := false
		for i := spec.PosOnly; i < len(spec.Names); i++ {
			if spec.Names[i] == s.S {
				known = true
				break
			}
		}
		if !known {
			return m.typeError("'%s' is an invalid keyword argument for %s()", s.S, spec.Name)
		}
	}
	return m.typeError("invalid keyword argument for %s()", spec.Name)
}

// SplitVarargs separates a varargs builtin's positional arguments from its
// keyword values: pos are the positional ones, kwvals the keyword ones
// (aligned with kwnames).
func SplitVarargs(args, kwnames []Value) (pos, kwvals []Value) {
	n := len(args) - len(kwnames)
	return args[:n], args[n:]
}

// NumberIndex is PyNumber_Index (operator.index): v itself if it is an
// int (a bool included), else the result of its type's __index__.
func (m *Machine) NumberIndex(v Value) (Value, error) {
	if v.IsSmallInt() || v == True || v == False || m.intObj(v) != nil {
		return v, nil
	}
	t := m.TypeOf(v)
	if t.Index == nil {
		return Null, m.typeError("'%s' object cannot be interpreted as an integer", t.Name)
	}
	r, err := t.Index(m, v)
	if err != nil {
		return Null, err
	}
	return m.intResult("__index__", r)
}

// ArgSsize is Argument Clinic's Py_ssize_t converter: an int by
// __index__, OverflowError beyond 64 bits.
func (m *Machine) ArgSsize(v Value) (int64, error) {
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C ssize_t")
	}
	return i, nil
}

// ArgCInt is Argument Clinic's int converter: an int by __index__,
// OverflowError beyond 32 bits.
func (m *Machine) ArgCInt(v Value) (int, error) {
	r, err := m.NumberIndex(v)
	if err != nil {
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok || i < -1<<31 || i >= 1<<31 {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C int")
	}
	return int(i), nil
}
