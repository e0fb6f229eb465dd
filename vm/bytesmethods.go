package vm

import (
	"math"

	"github.com/quicken-py/quicken/vm/text"
)

// The methods of bytes and bytearray (CPython 3.11 bytes_methods.c,
// bytesobject.c and bytearrayobject.c). Most are shared: they read self
// as bytes and return a result of self's kind. Argument errors name the
// type ("bytes.upper() takes no arguments (1 given)"), so each type gets
// its own ArgSpecs.

// bytesMethodTable returns the methods of bytes or bytearray (kind) in
// the order of the type's __dict__.
func bytesMethodTable(kind string) []MethodDef {
	tuple := func(name string) *ArgSpec {
		return &ArgSpec{Name: name, Func: kind + "." + name, Kind: ArgsTuple, Min: 1, Max: 3}
	}
	positional := func(name string, lo, hi int) *ArgSpec {
		return &ArgSpec{Name: name, Func: kind + "." + name, Kind: ArgsPositional, Min: lo, Max: hi}
	}
	noargs := func(name string) *ArgSpec { return &ArgSpec{Name: name, Func: kind + "." + name, Kind: ArgsNone} }
	onearg := func(name string) *ArgSpec { return &ArgSpec{Name: name, Func: kind + "." + name, Kind: ArgsO} }
	keywords := func(name string, names ...string) *ArgSpec {
		return &ArgSpec{Name: name, Kind: ArgsKeywords, Names: names, Max: -1}
	}
	shared := map[string]BuiltinFunc{
		"capitalize":   bytesCaseMethod(noargs("capitalize"), text.BytesCapitalize),
		"center":       bytesPadMethod(positional("center", 1, 2), text.BytesCenter),
		"count":        bytesCount(tuple("count")),
		"decode":       bytesDecode(keywords("decode", "encoding", "errors")),
		"endswith":     bytesTailMatch(tuple("endswith"), text.BytesEndsWith),
		"expandtabs":   bytesExpandTabs(keywords("expandtabs", "tabsize")),
		"find":         bytesFindMethod(tuple("find"), false, false),
		"fromhex":      bytesFromHex(onearg("fromhex")),
		"hex":          bytesHexMethod(&ArgSpec{Name: "hex", Kind: ArgsKeywords, Names: []string{"sep", "bytes_per_sep"}, Max: -1}),
		"index":        bytesFindMethod(tuple("index"), false, true),
		"isalnum":      bytesPredicate(noargs("isalnum"), text.BytesIsAlnum),
		"isalpha":      bytesPredicate(noargs("isalpha"), text.BytesIsAlpha),
		"isascii":      bytesPredicate(noargs("isascii"), text.IsASCII),
		"isdigit":      bytesPredicate(noargs("isdigit"), text.BytesIsDigit),
		"islower":      bytesPredicate(noargs("islower"), text.BytesIsLower),
		"isspace":      bytesPredicate(noargs("isspace"), text.BytesIsSpace),
		"istitle":      bytesPredicate(noargs("istitle"), text.BytesIsTitle),
		"isupper":      bytesPredicate(noargs("isupper"), text.BytesIsUpper),
		"join":         bytesJoin(onearg("join")),
		"ljust":        bytesPadMethod(positional("ljust", 1, 2), text.BytesLJust),
		"lower":        bytesCaseMethod(noargs("lower"), text.BytesLower),
		"lstrip":       bytesStripMethod(positional("lstrip", 0, 1), text.BytesLStrip, text.BytesLStripWhitespace),
		"maketrans":    bytesMakeTrans(positional("maketrans", 2, 2)),
		"partition":    bytesPartition(onearg("partition"), text.BytesPartition, false),
		"replace":      bytesReplace(positional("replace", 2, 3)),
		"removeprefix": bytesRemoveAffix(onearg("removeprefix"), text.BytesRemovePrefix),
		"removesuffix": bytesRemoveAffix(onearg("removesuffix"), text.BytesRemoveSuffix),
		"rfind":        bytesFindMethod(tuple("rfind"), true, false),
		"rindex":       bytesFindMethod(tuple("rindex"), true, true),
		"rjust":        bytesPadMethod(positional("rjust", 1, 2), text.BytesRJust),
		"rpartition":   bytesPartition(onearg("rpartition"), text.BytesRPartition, true),
		"rsplit":       bytesSplit(keywords("rsplit", "sep", "maxsplit"), text.BytesRSplit, text.BytesRSplitWhitespace),
		"rstrip":       bytesStripMethod(positional("rstrip", 0, 1), text.BytesRStrip, text.BytesRStripWhitespace),
		"split":        bytesSplit(keywords("split", "sep", "maxsplit"), text.BytesSplit, text.BytesSplitWhitespace),
		"splitlines":   bytesSplitLines(keywords("splitlines", "keepends")),
		"startswith":   bytesTailMatch(tuple("startswith"), text.BytesStartsWith),
		"strip":        bytesStripMethod(positional("strip", 0, 1), text.BytesStrip, text.BytesStripWhitespace),
		"swapcase":     bytesCaseMethod(noargs("swapcase"), text.BytesSwapCase),
		"title":        bytesCaseMethod(noargs("title"), text.BytesTitle),
		"translate":    bytesTranslate(&ArgSpec{Name: "translate", Kind: ArgsKeywords, Names: []string{"", "delete"}, PosOnly: 1, Min: 1, Max: -1}),
		"upper":        bytesCaseMethod(noargs("upper"), text.BytesUpper),
		"zfill":        bytesZFill(onearg("zfill")),
	}
	var order []string
	var own []MethodDef
	if kind == "bytes" {
		own = []MethodDef{
			{Name: "__getnewargs__", Fn: bytesGetnewargs(noargs("__getnewargs__"))},
			{Name: "__bytes__", Fn: bytesBytes(noargs("__bytes__"))},
		}
		order = []string{"capitalize", "center", "count", "decode", "endswith", "expandtabs", "find",
			"fromhex", "hex", "index", "isalnum", "isalpha", "isascii", "isdigit", "islower", "isspace",
			"istitle", "isupper", "join", "ljust", "lower", "lstrip", "maketrans", "partition", "replace",
			"removeprefix", "removesuffix", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip",
			"split", "splitlines", "startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"}
	} else {
		own = []MethodDef{
			{Name: "__alloc__", Fn: byteArrayAllocMethod(noargs("__alloc__"))},
			{Name: "__reduce__", Fn: byteArrayReduce(noargs("__reduce__"), false)},
			{Name: "__reduce_ex__", Fn: byteArrayReduce(positional("__reduce_ex__", 0, 1), true)},
			{Name: "__sizeof__", Fn: byteArraySizeof(noargs("__sizeof__"))},
			{Name: "append", Fn: byteArrayAppend(onearg("append"))},
		}
		mutators := map[string]BuiltinFunc{
			"clear":   byteArrayClear(noargs("clear")),
			"copy":    byteArrayCopy(noargs("copy")),
			"extend":  byteArrayExtend(onearg("extend")),
			"insert":  byteArrayInsert(positional("insert", 2, 2)),
			"pop":     byteArrayPop(positional("pop", 0, 1)),
			"remove":  byteArrayRemove(onearg("remove")),
			"reverse": byteArrayReverse(noargs("reverse")),
		}
		for k, v := range mutators {
			shared[k] = v
		}
		order = []string{"capitalize", "center", "clear", "copy", "count", "decode", "endswith",
			"expandtabs", "extend", "find", "fromhex", "hex", "index", "insert", "isalnum", "isalpha",
			"isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "join", "ljust", "lower",
			"lstrip", "maketrans", "partition", "pop", "remove", "replace", "removeprefix", "removesuffix",
			"reverse", "rfind", "rindex", "rjust", "rpartition", "rsplit", "rstrip", "split", "splitlines",
			"startswith", "strip", "swapcase", "title", "translate", "upper", "zfill"}
	}
	for _, name := range order {
		def := MethodDef{Name: name, Fn: shared[name]}
		switch name {
		case "fromhex":
			def.Kind = ClassMethod
		case "maketrans":
			def.Kind = StaticMethod
		}
		own = append(own, def)
	}
	return own
}

// byteSubArg is the sub argument of the find family: a bytes-like object,
// or an int that stands for one byte (parse_args_finds_byte).
func (m *Machine) byteSubArg(v Value) (string, error) {
	if b, ok := m.bytesLike(v); ok {
		return b, nil
	}
	if !m.isIndexable(v) {
		return "", m.typeError("argument should be integer or bytes-like object, not '%s'", cTrunc(m.typeName(v), 200))
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		return "", err
	}
	i := m.clampedIndex(r)
	if i < 0 || i > 255 {
		return "", m.Raisef(m.types.ValueError, "byte must be in range(0, 256)")
	}
	return string([]byte{byte(i)}), nil
}

func bytesCaseMethod(spec *ArgSpec, f func(string) string) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		r := f(m.byteData(self))
		if m.isByteArray(self) {
			return m.newByteArray(r)
		}
		return m.newBytesString(r)
	}
}

func bytesPredicate(spec *ArgSpec, f func(string) bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return Bool(f(m.byteData(self))), nil
	}
}

func bytesPadMethod(spec *ArgSpec, f func(b string, width int, fill byte) (string, error)) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		width, err := m.ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		fill := byte(' ')
		if len(args) > 1 {
			b, ok := m.bytesLike(args[1])
			if !ok || len(b) != 1 {
				return Null, m.typeError("%s() argument 2 must be a byte string of length 1, not %s", spec.Name, m.typeName(args[1]))
			}
			fill = b[0]
		}
		s := m.byteData(self)
		if int64(len(s)) >= width {
			return m.bytesResult(self, s)
		}
		if err := m.charge(int(min(width, math.MaxInt32))); err != nil {
			return Null, err
		}
		r, err := f(s, int(width), fill)
		if err != nil {
			return Null, m.textError(err)
		}
		return m.bytesResult(self, r)
	}
}

func bytesCount(spec *ArgSpec) BuiltinFunc {
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
		sub, err := m.byteSubArg(args[0])
		if err != nil {
			return Null, err
		}
		return m.NewInt(int64(text.BytesCount(m.byteData(self), sub, start, end))), nil
	}
}

func bytesFindMethod(spec *ArgSpec, reverse, raise bool) BuiltinFunc {
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
		sub, err := m.byteSubArg(args[0])
		if err != nil {
			return Null, err
		}
		s := m.byteData(self)
		var i int
		if reverse {
			i = text.BytesRFind(s, sub, start, end)
		} else {
			i = text.BytesFind(s, sub, start, end)
		}
		if i < 0 && raise {
			return Null, m.Raisef(m.types.ValueError, "subsection not found")
		}
		return m.NewInt(int64(i)), nil
	}
}

func bytesDecode(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		var a [2]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
			return Null, err
		}
		encoding, errors, err := m.codecArgs("decode", a[0], a[1])
		if err != nil {
			return Null, err
		}
		return m.decodeStr(m.byteData(self), encoding, errors)
	}
}

func bytesTailMatch(spec *ArgSpec, f func(b, fix string, start, end int) bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		start, end, err := m.findBounds(args)
		if err != nil {
			return Null, err
		}
		s := m.byteData(self)
		if t := m.tuple(args[0]); t != nil {
			for _, x := range t.Items {
				fix, err := m.bufferArg(x)
				if err != nil {
					return Null, err
				}
				if f(s, fix, start, end) {
					return True, nil
				}
			}
			return False, nil
		}
		fix, ok := m.bytesLike(args[0])
		if !ok {
			return Null, m.typeError("%s first arg must be bytes or a tuple of bytes, not %s", spec.Name, cTrunc(m.typeName(args[0]), 100))
		}
		return Bool(f(s, fix, start, end)), nil
	}
}

func bytesExpandTabs(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
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
		r, err := text.BytesExpandTabs(m.byteData(self), tabsize)
		if err != nil {
			return Null, m.textError(err)
		}
		// CPython 3.11: expandtabs always builds a new object.
		if m.isByteArray(self) {
			return m.newByteArray(r)
		}
		return m.newBytesString(r)
	}
}

// bytesFromHex is the class method fromhex: a subclass is made by calling
// it with the bytes.
func bytesFromHex(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, cls Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		s, err := m.clinicStrArg("fromhex", "argument", args[0])
		if err != nil {
			return Null, err
		}
		b, err := text.BytesFromHex(s)
		if err != nil {
			return Null, m.textError(err)
		}
		t := m.typeObj(cls)
		if t != nil && t.IsSubtype(m.types.ByteArray) {
			r, err := m.newByteArray(b)
			if err != nil || t == m.types.ByteArray {
				return r, err
			}
			return m.Call(cls, []Value{r}, nil)
		}
		r, err := m.newBytesString(b)
		if err != nil || t == m.types.Bytes {
			return r, err
		}
		return m.Call(cls, []Value{r}, nil)
	}
}

func bytesHexMethod(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		var a [2]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
			return Null, err
		}
		sep := ""
		per := 1
		if a[1] != Null {
			n, err := m.ArgCInt(a[1])
			if err != nil {
				return Null, err
			}
			per = n
		}
		if a[0] != Null {
			n, err := m.Len(a[0])
			if err != nil {
				return Null, err
			}
			if n != 1 {
				return Null, m.Raisef(m.types.ValueError, "sep must be length 1.")
			}
			// CPython 3.11's _Py_strhex_impl takes a str or a bytes
			// separator, no other buffer.
			if s := m.str(a[0]); s != nil {
				sep = s.S
			} else if b := m.bytesObj(a[0]); b != nil {
				sep = b.B
			} else {
				return Null, m.typeError("sep must be str or bytes.")
			}
		}
		r, err := text.BytesHex(m.byteData(self), sep, per)
		if err != nil {
			return Null, m.textError(err)
		}
		return m.newStr(r)
	}
}

// bytesJoin is bytes.join and bytearray.join: every item must be
// bytes-like.
func bytesJoin(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		items, err := m.sequenceFast(args[0], "can only join an iterable")
		if err != nil {
			return Null, err
		}
		ba := m.isByteArray(self)
		if !ba && len(items) == 1 {
			if b := m.bytesObj(items[0]); b != nil && b.typ == m.types.Bytes {
				return items[0], nil
			}
		}
		parts := make([]string, len(items))
		sep := m.byteData(self)
		total := 0
		for i, x := range items {
			b, ok := m.bytesLike(x)
			if !ok {
				return Null, m.typeError("sequence item %d: expected a bytes-like object, %s found", i, cTrunc(m.typeName(x), 80))
			}
			parts[i] = b
			total += len(b) + len(sep)
		}
		if err := m.charge(total); err != nil {
			return Null, err
		}
		r := text.BytesJoin(sep, parts)
		if ba {
			return m.newByteArray(r)
		}
		return m.newBytes(r), nil
	}
}

func bytesStripMethod(spec *ArgSpec, chars func(b, chars string) string, ws func(string) string) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		s := m.byteData(self)
		if len(args) == 0 || args[0] == None {
			return m.bytesResult(self, ws(s))
		}
		c, err := m.bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		return m.bytesResult(self, chars(s, c))
	}
}

// bytesMakeTrans is the static method maketrans: a 256-byte table.
func bytesMakeTrans(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		frm, err := m.bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		to, err := m.bufferArg(args[1])
		if err != nil {
			return Null, err
		}
		if len(frm) != len(to) {
			return Null, m.Raisef(m.types.ValueError, "maketrans arguments must have same length")
		}
		var t [256]byte
		for i := range t {
			t[i] = byte(i)
		}
		for i := 0; i < len(frm); i++ {
			t[frm[i]] = to[i]
		}
		return m.newBytes(string(t[:])), nil
	}
}

func bytesPartition(spec *ArgSpec, f func(b, sep string) ([3]string, error), reverse bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		sep, err := m.bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		p, err := f(m.byteData(self), sep)
		if err != nil {
			return Null, m.textError(err)
		}
		items := make([]Value, 3)
		ba := m.isByteArray(self)
		for i, part := range p {
			if ba {
				if items[i], err = m.newByteArray(part); err != nil {
					return Null, err
				}
			} else {
				items[i] = m.newBytes(part)
			}
		}
		if !ba && p[1] == "" {
			// CPython 3.11: bytes keeps the object itself when sep is
			// not found (stringlib partition on an immutable type).
			if reverse {
				items[2] = self
			} else {
				items[0] = self
			}
		} else if !ba {
			// ... and when it is found, the middle item is the sep
			// argument itself, whatever buffer it is (a bytearray, a
			// memoryview); bytearray's partition copies sep first.
			items[1] = args[0]
		}
		return m.NewTuple(items), nil
	}
}

func bytesReplace(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		old, err := m.bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		repl, err := m.bufferArg(args[1])
		if err != nil {
			return Null, err
		}
		count := int64(-1)
		if len(args) > 2 {
			if count, err = m.ArgSsize(args[2]); err != nil {
				return Null, err
			}
		}
		r, err := text.BytesReplace(m.byteData(self), old, repl, int(count))
		if err != nil {
			return Null, m.textError(err)
		}
		return m.bytesResult(self, r)
	}
}

func bytesRemoveAffix(spec *ArgSpec, f func(b, fix string) string) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		fix, err := m.bufferArg(args[0])
		if err != nil {
			return Null, err
		}
		return m.bytesResult(self, f(m.byteData(self), fix))
	}
}

func bytesSplit(spec *ArgSpec, sepSplit func(b, sep string, maxsplit int) ([]string, error), wsSplit func(b string, maxsplit int) []string) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		var a [2]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
			return Null, err
		}
		maxsplit := -1
		if a[1] != Null {
			n, err := m.ArgSsize(a[1])
			if err != nil {
				return Null, err
			}
			maxsplit = int(n)
		}
		s := m.byteData(self)
		var parts []string
		if a[0] == Null || a[0] == None {
			parts = wsSplit(s, maxsplit)
		} else {
			sep, err := m.bufferArg(a[0])
			if err != nil {
				return Null, err
			}
			if parts, err = sepSplit(s, sep, maxsplit); err != nil {
				return Null, m.textError(err)
			}
		}
		return m.bytesList(self, parts, splitPrealloc(maxsplit))
	}
}

// bytesList makes a list of parts of self's kind; a bytes part that is
// the whole of an exact bytes is self.
func (m *Machine) bytesList(self Value, parts []string, prealloc int) (Value, error) {
	items := make([]Value, len(parts))
	ba := m.isByteArray(self)
	s := m.byteData(self)
	for i, p := range parts {
		var err error
		switch {
		case ba:
			items[i], err = m.newByteArray(p)
		case len(p) == len(s) && m.TypeOf(self) == m.types.Bytes:
			items[i] = self
		default:
			items[i], err = m.newBytesString(p)
		}
		if err != nil {
			return Null, err
		}
	}
	return m.newGrownList(items, prealloc), nil
}

func bytesSplitLines(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
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
		return m.bytesList(self, text.BytesSplitLines(m.byteData(self), keepends), splitLinesPrealloc)
	}
}

func bytesTranslate(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		var a [2]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
			return Null, err
		}
		table := ""
		if a[0] != None {
			t, err := m.bufferArg(a[0])
			if err != nil {
				return Null, err
			}
			if len(t) != 256 {
				return Null, m.Raisef(m.types.ValueError, "translation table must be 256 characters long")
			}
			table = t
		}
		del := ""
		if a[1] != Null {
			d, err := m.bufferArg(a[1])
			if err != nil {
				return Null, err
			}
			del = d
		}
		return m.bytesResult(self, text.BytesTranslate(m.byteData(self), table, del))
	}
}

func bytesZFill(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		width, err := m.ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		s := m.byteData(self)
		if int64(len(s)) >= width {
			return m.bytesResult(self, s)
		}
		if err := m.charge(int(min(width, math.MaxInt32))); err != nil {
			return Null, err
		}
		r, err := text.BytesZFill(s, int(width))
		if err != nil {
			return Null, m.textError(err)
		}
		return m.bytesResult(self, r)
	}
}

func bytesGetnewargs(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return m.NewTuple([]Value{m.newBytes(m.byteData(self))}), nil
	}
}

// bytesBytes is bytes.__bytes__: self as an exact bytes.
func bytesBytes(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return m.bytesUnchanged(self)
	}
}

// ---- bytearray only ----

func byteArrayAllocMethod(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return m.NewInt(int64(m.byteArray(self).alloc)), nil
	}
}

// byteArrayReduce is __reduce__ and __reduce_ex__ (_common_reduce):
// (type, (latin-1 text, 'latin-1'), state) before protocol 3, (type,
// (bytes,), state) from 3 on; state is the instance __dict__ or None.
func byteArrayReduce(spec *ArgSpec, ex bool) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		proto := 0
		if ex && len(args) > 0 {
			n, err := m.ArgCInt(args[0])
			if err != nil {
				return Null, err
			}
			proto = n
		}
		state := None
		d, err := m.lookupAttrStr(self, "__dict__")
		if err != nil {
			return Null, err
		}
		if dd := m.dict(d); dd != nil && dd.Len() > 0 {
			state = d
		}
		b := m.byteData(self)
		var newargs Value
		if proto < 3 {
			s, err := text.Decode(b, text.Latin1, "strict")
			if err != nil {
				return Null, m.textError(err)
			}
			newargs = m.NewTuple([]Value{m.NewStr(s), m.NewStr(text.Latin1)})
		} else {
			newargs = m.NewTuple([]Value{m.newBytes(b)})
		}
		return m.NewTuple([]Value{m.TypeOf(self).self, newargs, state}), nil
	}
}

func byteArraySizeof(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		ba := m.byteArray(self)
		return m.NewInt(int64(ba.typ.BasicSize + ba.alloc)), nil
	}
}

func byteArrayAppend(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		c, err := m.byteValue(args[0])
		if err != nil {
			return Null, err
		}
		ba := m.byteArray(self)
		n := len(ba.B)
		m.byteArrayResize(ba, n+1)
		ba.B[n] = c
		return None, nil
	}
}

func byteArrayClear(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		m.byteArrayResize(m.byteArray(self), 0)
		return None, nil
	}
}

func byteArrayCopy(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		return m.newByteArray(string(m.byteArray(self).B))
	}
}

// byteArrayExtend is bytearray.extend: a buffer is appended at once; the
// ints of another iterable are collected first, in a buffer grown as
// CPython grows it, then appended.
func byteArrayExtend(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		ba := m.byteArray(self)
		x := args[0]
		if b, ok := m.bytesLike(x); ok {
			return None, m.byteArraySetSlice(ba, len(ba.B), len(ba.B), b)
		}
		it, err := m.GetIter(x)
		if err != nil {
			if m.isRaise(err, m.types.TypeError) {
				return Null, m.typeError("can't extend bytearray with %s", cTrunc(m.typeName(x), 100))
			}
			return Null, err
		}
		if _, err := m.lengthHint(x, 32); err != nil {
			return Null, err
		}
		var buf []byte
		for {
			v, err := m.Next(it)
			if err != nil {
				return Null, err
			}
			if v == Null {
				break
			}
			c, err := m.byteValue(v)
			if err != nil {
				return Null, err
			}
			if len(buf)&0xFFFF == 0xFFFF {
				if err := m.charge(len(buf)); err != nil {
					return Null, err
				}
			}
			buf = append(buf, c)
		}
		return None, m.byteArraySetSlice(ba, len(ba.B), len(ba.B), string(buf))
	}
}

func byteArrayInsert(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		index, err := m.ArgSsize(args[0])
		if err != nil {
			return Null, err
		}
		c, err := m.byteValue(args[1])
		if err != nil {
			return Null, err
		}
		ba := m.byteArray(self)
		n := len(ba.B)
		m.byteArrayResize(ba, n+1)
		i := int(index)
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		copy(ba.B[i+1:], ba.B[i:n])
		ba.B[i] = c
		return None, nil
	}
}

func byteArrayPop(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		index := int64(-1)
		if len(args) > 0 {
			var err error
			if index, err = m.ArgSsize(args[0]); err != nil {
				return Null, err
			}
		}
		ba := m.byteArray(self)
		n := int64(len(ba.B))
		if n == 0 {
			return Null, m.Raisef(m.types.exceptions["IndexError"], "pop from empty bytearray")
		}
		if index < 0 {
			index += n
		}
		if index < 0 || index >= n {
			return Null, m.Raisef(m.types.exceptions["IndexError"], "pop index out of range")
		}
		c := ba.B[index]
		copy(ba.B[index:], ba.B[index+1:])
		m.byteArrayResize(ba, int(n-1))
		return SmallIntValue(int64(c)), nil
	}
}

func byteArrayRemove(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		c, err := m.byteValue(args[0])
		if err != nil {
			return Null, err
		}
		ba := m.byteArray(self)
		for i, x := range ba.B {
			if x == c {
				copy(ba.B[i:], ba.B[i+1:])
				m.byteArrayResize(ba, len(ba.B)-1)
				return None, nil
			}
		}
		return Null, m.Raisef(m.types.ValueError, "value not found in bytearray")
	}
}

func byteArrayReverse(spec *ArgSpec) BuiltinFunc {
	return func(m *Machine, self Value, args, kwnames []Value) (Value, error) {
		if err := m.ParseArgs(spec, args, kwnames, nil); err != nil {
			return Null, err
		}
		b := m.byteArray(self).B
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
		return None, nil
	}
}
