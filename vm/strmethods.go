package vm

import (
	"math"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/text"
)

// The methods of str (CPython 3.11 Objects/unicodeobject.c and its
// Argument Clinic file). The algorithms are package text's; this file
// parses the arguments with the routine each method uses in CPython, so
// that argument errors read the same, and wraps the results.

// strMethods is unicode_methods, in CPython's order (the order of
// str.__dict__).
var strMethods = []MethodDef{
	{Name: "encode", Fn: strEncode},
	{Name: "replace", Fn: strReplace},
	{Name: "split", Fn: strSplit},
	{Name: "rsplit", Fn: strRSplit},
	{Name: "join", Fn: strJoin},
	{Name: "capitalize", Fn: strCaseMethod("capitalize", text.Capitalize)},
	{Name: "casefold", Fn: strCaseMethod("casefold", text.Casefold)},
	{Name: "title", Fn: strCaseMethod("title", text.Title)},
	{Name: "center", Fn: strPadMethod(&strCenterArgs, text.Center)},
	{Name: "count", Fn: strCount},
	{Name: "expandtabs", Fn: strExpandTabs},
	{Name: "find", Fn: strFindMethod(&strFindArgs, false, false)},
	{Name: "partition", Fn: strPartition},
	{Name: "index", Fn: strFindMethod(&strIndexArgs, false, true)},
	{Name: "ljust", Fn: strPadMethod(&strLJustArgs, text.LJust)},
	{Name: "lower", Fn: strCaseMethod("lower", text.Lower)},
	{Name: "lstrip", Fn: strStripMethod(&strLStripArgs, text.LStrip, text.LStripWhitespace)},
	{Name: "rfind", Fn: strFindMethod(&strRFindArgs, true, false)},
	{Name: "rindex", Fn: strFindMethod(&strRIndexArgs, true, true)},
	{Name: "rjust", Fn: strPadMethod(&strRJustArgs, text.RJust)},
	{Name: "rstrip", Fn: strStripMethod(&strRStripArgs, text.RStrip, text.RStripWhitespace)},
	{Name: "rpartition", Fn: strRPartition},
	{Name: "splitlines", Fn: strSplitLines},
	{Name: "strip", Fn: strStripMethod(&strStripArgs, text.Strip, text.StripWhitespace)},
	{Name: "swapcase", Fn: strCaseMethod("swapcase", text.SwapCase)},
	{Name: "translate", Fn: strTranslate},
	{Name: "upper", Fn: strCaseMethod("upper", text.Upper)},
	{Name: "startswith", Fn: strTailMatch(&strStartsWithArgs, text.StartsWithIn)},
	{Name: "endswith", Fn: strTailMatch(&strEndsWithArgs, text.EndsWithIn)},
	{Name: "removeprefix", Fn: strRemoveAffix("removeprefix", text.RemovePrefix)},
	{Name: "removesuffix", Fn: strRemoveAffix("removesuffix", text.RemoveSuffix)},
	{Name: "isascii", Fn: strPredicate("isascii", text.IsASCII)},
	{Name: "islower", Fn: strPredicate("islower", text.IsLower)},
	{Name: "isupper", Fn: strPredicate("isupper", text.IsUpper)},
	{Name: "istitle", Fn: strPredicate("istitle", text.IsTitle)},
	{Name: "isspace", Fn: strPredicate("isspace", text.IsSpace)},
	{Name: "isdecimal", Fn: strPredicate("isdecimal", text.IsDecimal)},
	{Name: "isdigit", Fn: strPredicate("isdigit", text.IsDigit)},
	{Name: "isnumeric", Fn: strPredicate("isnumeric", text.IsNumeric)},
	{Name: "isalpha", Fn: strPredicate("isalpha", text.IsAlpha)},
	{Name: "isalnum", Fn: strPredicate("isalnum", text.IsAlnum)},
	{Name: "isidentifier", Fn: strPredicate("isidentifier", text.IsIdentifier)},
	{Name: "isprintable", Fn: strPredicate("isprintable", text.IsPrintable)},
	{Name: "zfill", Fn: strZFill},
	{Name: "format", Fn: strFormatMethod},
	{Name: "format_map", Fn: strFormatMapMethod},
	{Name: "__format__", Fn: strFormatDunder},
	{Name: "maketrans", Fn: strMakeTrans, Kind: StaticMethod},
	{Name: "__sizeof__", Fn: strSizeofMethod},
	{Name: "__getnewargs__", Fn: strGetnewargs},
}

// Argument specs. The find family and startswith/endswith go through
// PyArg_ParseTuple ("count() takes at least 1 argument (0 given)"), the
// Argument Clinic ones through _PyArg_CheckPositional or
// _PyArg_UnpackKeywords, METH_O and METH_NOARGS through their own checks.
var (
	strCountArgs      = ArgSpec{Name: "count", Func: "str.count", Kind: ArgsTuple, Min: 1, Max: 3}
	strFindArgs       = ArgSpec{Name: "find", Func: "str.find", Kind: ArgsTuple, Min: 1, Max: 3}
	strRFindArgs      = ArgSpec{Name: "rfind", Func: "str.rfind", Kind: ArgsTuple, Min: 1, Max: 3}
	strIndexArgs      = ArgSpec{Name: "index", Func: "str.index", Kind: ArgsTuple, Min: 1, Max: 3}
	strRIndexArgs     = ArgSpec{Name: "rindex", Func: "str.rindex", Kind: ArgsTuple, Min: 1, Max: 3}
	strStartsWithArgs = ArgSpec{Name: "startswith", Func: "str.startswith", Kind: ArgsTuple, Min: 1, Max: 3}
	strEndsWithArgs   = ArgSpec{Name: "endswith", Func: "str.endswith", Kind: ArgsTuple, Min: 1, Max: 3}
	strCenterArgs     = ArgSpec{Name: "center", Func: "str.center", Kind: ArgsPositional, Min: 1, Max: 2}
	strLJustArgs      = ArgSpec{Name: "ljust", Func: "str.ljust", Kind: ArgsPositional, Min: 1, Max: 2}
	strRJustArgs      = ArgSpec{Name: "rjust", Func: "str.rjust", Kind: ArgsPositional, Min: 1, Max: 2}
	strStripArgs      = ArgSpec{Name: "strip", Func: "str.strip", Kind: ArgsPositional, Min: 0, Max: 1}
	strLStripArgs     = ArgSpec{Name: "lstrip", Func: "str.lstrip", Kind: ArgsPositional, Min: 0, Max: 1}
	strRStripArgs     = ArgSpec{Name: "rstrip", Func: "str.rstrip", Kind: ArgsPositional, Min: 0, Max: 1}
	strReplaceArgs    = ArgSpec{Name: "replace", Func: "str.replace", Kind: ArgsPositional, Min: 2, Max: 3}
	strSplitArgs      = ArgSpec{Name: "split", Kind: ArgsKeywords, Names: []string{"sep", "maxsplit"}, Max: -1}
	strRSplitArgs     = ArgSpec{Name: "rsplit", Kind: ArgsKeywords, Names: []string{"sep", "maxsplit"}, Max: -1}
	strEncodeArgs     = ArgSpec{Name: "encode", Kind: ArgsKeywords, Names: []string{"encoding", "errors"}, Max: -1}
	strExpandTabsArgs = ArgSpec{Name: "expandtabs", Kind: ArgsKeywords, Names: []string{"tabsize"}, Max: -1}
	strSplitLinesArgs = ArgSpec{Name: "splitlines", Kind: ArgsKeywords, Names: []string{"keepends"}, Max: -1}
	strJoinArgs       = ArgSpec{Name: "join", Func: "str.join", Kind: ArgsO}
	strPartitionArgs  = ArgSpec{Name: "partition", Func: "str.partition", Kind: ArgsO}
	strRPartitionArgs = ArgSpec{Name: "rpartition", Func: "str.rpartition", Kind: ArgsO}
	strTranslateArgs  = ArgSpec{Name: "translate", Func: "str.translate", Kind: ArgsO}
	strZFillArgs      = ArgSpec{Name: "zfill", Func: "str.zfill", Kind: ArgsO}
	strMakeTransArgs  = ArgSpec{Name: "maketrans", Func: "str.maketrans", Kind: ArgsPositional, Min: 1, Max: 3}
	strSizeofArgs     = ArgSpec{Name: "__sizeof__", Func: "str.__sizeof__", Kind: ArgsNone}
	strGetnewargsArgs = ArgSpec{Name: "__getnewargs__", Func: "str.__getnewargs__", Kind: ArgsNone}
)

// newStr makes a str of a method's result, charging its size first.
func (m *Machine) newStr(s string) (Value, error) {
	if len(s) > 64 {
		if err := m.charge(len(s)); err != nil {
			return Null, err
		}
	}
	return m.NewStr(s), nil
}

// strUnchanged is unicode_result_unchanged: the str itself when it is
// exactly a str, else an exact copy of its text (a method of a str
// subclass never returns the subclass).
func (m *Machine) strUnchanged(self Value) Value {
	if m.isExactStr(self) {
		return self
	}
	return m.NewStr(m.str(self).S)
}

// strResult returns the result r of a method of self: self itself
// (through strUnchanged) when the text did not change, as CPython's
// methods that return unicode_result_unchanged do.
func (m *Machine) strResult(self Value, r string) (Value, error) {
	if s := m.str(self).S; len(s) == len(r) && s == r {
		return m.strUnchanged(self), nil
	}
	return m.newStr(r)
}

// strList makes a list of strs; a part equal to the whole of self is
// self when self is an exact str (the split functions share it).
func (m *Machine) strList(self Value, parts []string, prealloc int) (Value, error) {
	items := make([]Value, len(parts))
	s := m.str(self).S
	for i, p := range parts {
		if len(p) == len(s) && m.isExactStr(self) {
			items[i] = self
			continue
		}
		v, err := m.newStr(p)
		if err != nil {
			return Null, err
		}
		items[i] = v
	}
	return m.newGrownList(items, prealloc), nil
}

// strArg is the check of a str argument whose error reads "must be str,
// not int" (ensure_unicode, and PyArg_Parse's U in the find family).
func (m *Machine) strArg(v Value) (string, error) {
	s := m.str(v)
	if s == nil {
		return "", m.typeError("must be str, not %s", cTrunc(m.typeName(v), 100))
	}
	return s.S, nil
}

// clinicStrArg is Argument Clinic's str converter: "fn() argument 1 must
// be str, not int" (what is "argument 1", "argument 'encoding'" or just
// "argument" for a single parameter).
func (m *Machine) clinicStrArg(fn, what string, v Value) (string, error) {
	s := m.str(v)
	if s == nil {
		return "", m.typeError("%s() %s must be str, not %s", fn, what, m.badArgumentName(v))
	}
	return s.S, nil
}

// findBounds parses the optional start and end of the find family:
// None or an int by __index__ (_PyEval_SliceIndex), clamped to the int
// range; start defaults to 0, end to math.MaxInt.
func (m *Machine) findBounds(args []Value) (start, end int, err error) {
	start, end = 0, math.MaxInt
	if len(args) > 1 && args[1] != None {
		if start, err = m.sliceIndex(args[1]); err != nil {
			return
		}
	}
	if len(args) > 2 && args[2] != None {
		end, err = m.sliceIndex(args[2])
	}
	return
}

func strCaseMethod(name string, f func(string) string) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "str." + name, Kind: ArgsNone}
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return m.newStr(f(m.str(self).S))
	}
}

func strPredicate(name string, f func(string) bool) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "str." + name, Kind: ArgsNone}
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return Bool(f(m.str(self).S)), nil
	}
}

func strEncode(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(&strEncodeArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	encoding, errors, err := m.codecArgs("encode", a[0], a[1])
	if err != nil {
		return Null, err
	}
	b, err := encodeText(m.str(self).S, encoding, errors)
	if err != nil {
		return Null, m.codecError(err)
	}
	return m.newBytesString(b)
}

// codecArgs checks the encoding and errors arguments of encode, decode
// and str(): each a str when given, "utf-8" and "strict" by default.
func (m *Machine) codecArgs(fn string, encoding, errors Value) (string, string, error) {
	enc, errs := text.UTF8, "strict"
	if encoding != Null {
		s, err := m.clinicStrArg(fn, "argument 'encoding'", encoding)
		if err != nil {
			return "", "", err
		}
		enc = s
	}
	if errors != Null {
		s, err := m.clinicStrArg(fn, "argument 'errors'", errors)
		if err != nil {
			return "", "", err
		}
		errs = s
	}
	return enc, errs, nil
}

func strReplace(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strReplaceArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	old, err := m.clinicStrArg("replace", "argument 1", args[0])
	if err != nil {
		return Null, err
	}
	repl, err := m.clinicStrArg("replace", "argument 2", args[1])
	if err != nil {
		return Null, err
	}
	count := int64(-1)
	if len(args) > 2 {
		if count, err = m.ArgSsize(args[2]); err != nil {
			return Null, err
		}
	}
	r, err := text.Replace(m.str(self).S, old, repl, int(count))
	if err != nil {
		return Null, m.textError(err)
	}
	return m.strResult(self, r)
}

// splitArgs parses split's and rsplit's sep and maxsplit; hasSep is false
// for None (split on whitespace runs).
func (m *Machine) splitArgs(spec *ArgSpec, args, kwnames []Value) (sep string, hasSep bool, maxsplit int, err error) {
	var a [2]Value
	if err = m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
		return
	}
	// CPython 3.11's argument clinic converts maxsplit before the
	// function looks at sep.
	maxsplit = -1
	if a[1] != Null {
		var n int64
		if n, err = m.ArgSsize(a[1]); err != nil {
			return
		}
		maxsplit = int(n)
	}
	if a[0] != Null && a[0] != None {
		s := m.str(a[0])
		if s == nil {
			err = m.typeError("must be str or None, not %s", cTrunc(m.typeName(a[0]), 100))
			return
		}
		sep, hasSep = s.S, true
	}
	return
}

// sepOutranks reports whether str.split's separator is longer than the
// string (in code points) or of a wider kind (PyUnicode_KIND), when
// CPython answers [s] before splitting.
func sepOutranks(s, sep string) bool {
	if len(s) >= 4*len(sep) && text.IsASCII(sep) {
		return false // s has at least len(sep) code points, of a kind no narrower
	}
	n1, k1, _ := strKind(s)
	n2, k2, _ := strKind(sep)
	return k1 < k2 || n1 < n2
}

func strSplit(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	sep, hasSep, maxsplit, err := m.splitArgs(&strSplitArgs, args, kwnames)
	if err != nil {
		return Null, err
	}
	s := m.str(self).S
	var parts []string
	if hasSep {
		if parts, err = text.Split(s, sep, maxsplit); err != nil {
			return Null, m.textError(err)
		}
	} else {
		parts = text.SplitWhitespace(s, maxsplit)
	}
	prealloc := splitPrealloc(maxsplit)
	if hasSep && sepOutranks(s, sep) {
		// CPython returns [self] in a list of one, without splitting.
		prealloc = 1
	}
	return m.strList(self, parts, prealloc)
}

func strRSplit(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	sep, hasSep, maxsplit, err := m.splitArgs(&strRSplitArgs, args, kwnames)
	if err != nil {
		return Null, err
	}
	s := m.str(self).S
	var parts []string
	if hasSep {
		if parts, err = text.RSplit(s, sep, maxsplit); err != nil {
			return Null, m.textError(err)
		}
	} else {
		parts = text.RSplitWhitespace(s, maxsplit)
	}
	prealloc := splitPrealloc(maxsplit)
	if hasSep && sepOutranks(s, sep) {
		// CPython returns [self] in a list of one, without splitting.
		prealloc = 1
	}
	return m.strList(self, parts, prealloc)
}

// sequenceFast is PySequence_Fast: the items of a list or tuple, or of a
// new list of what iterating v gives; a TypeError from iter() becomes msg.
func (m *Machine) sequenceFast(v Value, msg string) ([]Value, error) {
	if l := m.list(v); l != nil {
		return l.Items, nil
	}
	if t := m.tuple(v); t != nil {
		return t.Items, nil
	}
	it, err := m.GetIter(v)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return nil, m.typeError("%s", msg)
		}
		return nil, err
	}
	return m.collectItems(it, false)
}

func strJoin(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strJoinArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	items, err := m.sequenceFast(args[0], "can only join an iterable")
	if err != nil {
		return Null, err
	}
	// CPython 3.11 _PyUnicode_JoinArray: one exact str is returned as is.
	if len(items) == 1 && m.isExactStr(items[0]) {
		return items[0], nil
	}
	sep := m.str(self).S
	parts := make([]string, len(items))
	total := 0
	for i, x := range items {
		s := m.str(x)
		if s == nil {
			return Null, m.typeError("sequence item %d: expected str instance, %s found", i, cTrunc(m.typeName(x), 80))
		}
		parts[i] = s.S
		total += len(s.S) + len(sep)
	}
	if err := m.charge(total); err != nil {
		return Null, err
	}
	return m.NewStr(text.Join(sep, parts)), nil
}

// fillChar is the Py_UCS4 fill character converter of center, ljust and
// rjust.
func (m *Machine) fillChar(v Value) (string, error) {
	s := m.str(v)
	if s == nil {
		return "", m.typeError("The fill character must be a unicode character, not %s", m.typeName(v))
	}
	if s.strLength() != 1 {
		return "", m.typeError("The fill character must be exactly one character long")
	}
	return s.S, nil
}

func strPadMethod(spec *ArgSpec, f func(s string, width int, fill string) (string, error)) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		width, err := m.ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		fill := " "
		if len(args) > 1 {
			if fill, err = m.fillChar(args[1]); err != nil {
				return Null, err
			}
		}
		s := m.str(self)
		if int64(s.strLength()) >= width {
			return m.strUnchanged(self), nil
		}
		if err := m.charge(int(min(width, math.MaxInt32)) * len(fill)); err != nil {
			return Null, err
		}
		r, err := f(s.S, int(width), fill)
		if err != nil {
			return Null, m.textError(err)
		}
		return m.NewStr(r), nil
	}
}

func strCount(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strCountArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	// CPython 3.11 (stringlib_parse_args_finds) converts the
	// slice bounds before it looks at the substring.
	start, end, err := m.findBounds(args)
	if err != nil {
		return Null, err
	}
	sub, err := m.strArg(args[0])
	if err != nil {
		return Null, err
	}
	s := m.str(self)
	return m.NewInt(int64(text.CountIn(s.S, s.layout(), sub, start, end))), nil
}

func strFindMethod(spec *ArgSpec, reverse, raise bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		// CPython 3.11 (stringlib_parse_args_finds) converts the
		// slice bounds before it looks at the substring.
		start, end, err := m.findBounds(args)
		if err != nil {
			return Null, err
		}
		sub, err := m.strArg(args[0])
		if err != nil {
			return Null, err
		}
		s := m.str(self)
		var i int
		if reverse {
			i = text.RFindIn(s.S, s.layout(), sub, start, end)
		} else {
			i = text.FindIn(s.S, s.layout(), sub, start, end)
		}
		if i < 0 && raise {
			return Null, m.Raisef(m.types.ValueError, "substring not found")
		}
		return m.NewInt(int64(i)), nil
	}
}

func strExpandTabs(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&strExpandTabsArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	tabsize := 8
	if a[0] != Null {
		n, err := m.ArgCInt(a[0])
		if err != nil {
			return Null, err
		}
		tabsize = n
	}
	r, err := text.ExpandTabs(m.str(self).S, tabsize)
	if err != nil {
		return Null, m.textError(err)
	}
	return m.strResult(self, r)
}

func strPartition(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strPartitionArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.strPartition(self, args[0], text.Partition, false)
}

func strRPartition(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strRPartitionArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.strPartition(self, args[0], text.RPartition, true)
}

// strPartition makes partition's tuple. CPython 3.11: when sep is not
// found, the str itself (a subclass instance included) is the part that
// holds the whole text; when it is found, the middle item is the sep
// object itself (stringlib partition), a subclass instance included.
func (m *Machine) strPartition(self, sepv Value, f func(s, sep string) ([3]string, error), reverse bool) (Value, error) {
	sep, err := m.strArg(sepv)
	if err != nil {
		return Null, err
	}
	s := m.str(self).S
	p, err := f(s, sep)
	if err != nil {
		return Null, m.textError(err)
	}
	items := make([]Value, 3)
	for i, part := range p {
		items[i] = m.NewStr(part)
	}
	if p[1] == "" {
		if reverse {
			items[2] = self
		} else {
			items[0] = self
		}
	} else {
		items[1] = sepv
	}
	return m.NewTuple(items), nil
}

func strStripMethod(spec *ArgSpec, chars func(s, chars string) string, ws func(string) string) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		s := m.str(self).S
		if len(args) == 0 || args[0] == None {
			return m.strResult(self, ws(s))
		}
		c := m.str(args[0])
		if c == nil {
			return Null, m.typeError("%s arg must be None or str", spec.Name)
		}
		return m.strResult(self, chars(s, c.S))
	}
}

func strSplitLines(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&strSplitLinesArgs, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	keepends := false
	if a[0] != Null {
		n, err := m.ArgCInt(a[0])
		if err != nil {
			return Null, err
		}
		keepends = n != 0
	}
	return m.strList(self, text.SplitLines(m.str(self).S, keepends), splitLinesPrealloc)
}

func strTranslate(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strTranslateArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	table := args[0]
	lookupErr := m.types.exceptions["LookupError"]
	r, err := text.Translate(m.str(self).S, func(c rune) (string, bool, error) {
		v, err := m.GetItem(table, m.NewInt(int64(c)))
		if err != nil {
			if m.isRaise(err, lookupErr) {
				return "", false, nil
			}
			return "", false, err
		}
		if v == None {
			return "", true, nil
		}
		if m.isInt(v) {
			i, ok := m.Int64(v)
			if !ok || i < 0 || i > 0x10FFFF {
				return "", false, m.Raisef(m.types.ValueError, "character mapping must be in range(0x110000)")
			}
			return text.Chr(rune(i)), true, nil
		}
		if s := m.str(v); s != nil {
			return s.S, true, nil
		}
		return "", false, m.typeError("character mapping must return integer, None or str")
	})
	if err != nil {
		return Null, m.textError(err)
	}
	// CPython 3.11: translate always builds a new str.
	return m.newStr(r)
}

// strTailMatch is startswith and endswith: the prefix may be a tuple of
// strs, any of which matches.
func strTailMatch(spec *ArgSpec, f func(s string, l text.Layout, fix string, start, end int) bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		start, end, err := m.findBounds(args)
		if err != nil {
			return Null, err
		}
		str := m.str(self)
		s, n := str.S, str.layout()
		if t := m.tuple(args[0]); t != nil {
			for _, x := range t.Items {
				fix := m.str(x)
				if fix == nil {
					return Null, m.typeError("tuple for %s must only contain str, not %s", spec.Name, cTrunc(m.typeName(x), 100))
				}
				if f(s, n, fix.S, start, end) {
					return True, nil
				}
			}
			return False, nil
		}
		fix := m.str(args[0])
		if fix == nil {
			return Null, m.typeError("%s first arg must be str or a tuple of str, not %s", spec.Name, cTrunc(m.typeName(args[0]), 100))
		}
		return Bool(f(s, n, fix.S, start, end)), nil
	}
}

func strRemoveAffix(name string, f func(s, fix string) string) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "str." + name, Kind: ArgsO}
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		fix, err := m.clinicStrArg(name, "argument", args[0])
		if err != nil {
			return Null, err
		}
		return m.strResult(self, f(m.str(self).S, fix))
	}
}

func strZFill(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strZFillArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	width, err := m.ArgSsize(args[0])
	if err != nil {
		return Null, err
	}
	s := m.str(self)
	if int64(s.strLength()) >= width {
		return m.strUnchanged(self), nil
	}
	if err := m.charge(int(min(width, math.MaxInt32))); err != nil {
		return Null, err
	}
	r, err := text.ZFill(s.S, int(width))
	if err != nil {
		return Null, m.textError(err)
	}
	return m.NewStr(r), nil
}

// strMakeTrans is the static method str.maketrans.
func strMakeTrans(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strMakeTransArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	d := m.NewDict()
	if len(args) == 1 {
		src := m.dict(args[0])
		if src == nil {
			return Null, m.typeError("if you give only one argument to maketrans it must be a dict")
		}
		var err error
		src.Items(func(k, v Value) bool {
			if s := m.str(k); s != nil {
				if s.strLength() != 1 {
					err = m.Raisef(m.types.ValueError, "string keys in translate table must be of length 1")
					return false
				}
				r, _ := constant.DecodeCodePoint(s.S)
				k = m.NewInt(int64(r))
			} else if !m.isInt(k) {
				err = m.typeError("keys in translate table must be strings or integers")
				return false
			}
			err = m.DictSet(d, k, v)
			return err == nil
		})
		if err != nil {
			return Null, err
		}
		return d.self, nil
	}
	y, err := m.clinicStrArg("maketrans", "argument 2", args[1])
	if err != nil {
		return Null, err
	}
	z := ""
	if len(args) > 2 {
		if z, err = m.clinicStrArg("maketrans", "argument 3", args[2]); err != nil {
			return Null, err
		}
	}
	x := m.str(args[0])
	if x == nil {
		return Null, m.typeError("first maketrans argument must be a string if there is a second argument")
	}
	entries, err := text.MakeTrans(x.S, y, z)
	if err != nil {
		return Null, m.textError(err)
	}
	for _, e := range entries {
		v := None
		if !e.Delete {
			v = m.NewInt(int64(e.Value))
		}
		if err := m.DictSet(d, m.NewInt(int64(e.Key)), v); err != nil {
			return Null, err
		}
	}
	return d.self, nil
}

func strSizeofMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strSizeofArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.NewInt(int64(strSizeof(m.str(self)))), nil
}

// strSizeof is str.__sizeof__. An exact str is compact (text.SizeOf); an
// instance of a subclass is a PyUnicodeObject (80 bytes) with its
// characters in a separate block of (length+1) * kind bytes.
func strSizeof(s *Str) int {
	if !s.typ.IsHeap() {
		return text.SizeOf(s.S)
	}
	kind := 1
	switch mx := text.MaxCodePoint(s.S); {
	case mx > 0xFFFF:
		kind = 4
	case mx > 0xFF:
		kind = 2
	}
	return 80 + (s.strLength()+1)*kind
}

func strGetnewargs(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strGetnewargsArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.NewStr(m.str(self).S)}), nil
}
