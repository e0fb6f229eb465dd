package vm

import (
	"github.com/quicken-py/quicken/vm/text"
)

// The codecs module, as CPython 3.11 splits it: the built-in _codecs
// (lookup, encode and decode, here in Go over package text and the UTF
// codecs of utfcodecs.go) and codecs, a source module written in Python
// for quicken (the CodecInfo class and the BOM constants) that takes
// those functions from _codecs, so that they have no Python frame of
// their own, as CPython's have none.
//
// lookup resolves a name as CPython's registry and encodings'
// search function do and caches the CodecInfo under the normalized name,
// so lookup('UTF-8') is lookup('utf_8'). A CodecInfo's encode and decode
// are built-in functions named for the C function CPython's codec calls
// (utf_8_encode, charmap_decode, unicode_escape_decode, …); its
// incremental and stream classes are None. The codecs quicken does not
// implement (the CJK ones, utf-7, idna, and the bytes-to-bytes and
// str-to-str codecs such as hex and rot13) are found, with their names,
// but their functions raise NotImplementedError.

// codecsState is the registry's per-interpreter state.
type codecsState struct {
	// cache maps normalized encoding names to CodecInfo objects (a dict
	// held in extraRoots).
	cache *Dict
}

const codecsSource = `"""Codec registry and base classes, as far as quicken has them.

The codecs themselves are quicken's, written in Go and reached through
_codecs: lookup() finds one by name and returns its CodecInfo; encode()
and decode() run one by name.
"""

from _codecs import lookup, encode, decode

__all__ = ["lookup", "encode", "decode", "CodecInfo",
           "BOM", "BOM_BE", "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE"]

# Byte order marks; the unqualified ones are this (little-endian)
# machine's.
BOM_UTF8 = b"\xef\xbb\xbf"
BOM_UTF16_LE = BOM_LE = BOM32_LE = b"\xff\xfe"
BOM_UTF16_BE = BOM_BE = BOM32_BE = b"\xfe\xff"
BOM_UTF32_LE = BOM64_LE = b"\xff\xfe\x00\x00"
BOM_UTF32_BE = BOM64_BE = b"\x00\x00\xfe\xff"
BOM_UTF16 = BOM = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE


class CodecInfo(tuple):
    """Codec details when looking up the codec registry"""

    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        # The tuple holds the four functions of the old registry
        # interface; the attributes name them all.
        info = super().__new__(cls, (encode, decode, streamreader, streamwriter))
        info.__dict__.update(name=name, encode=encode, decode=decode,
                             incrementalencoder=incrementalencoder,
                             incrementaldecoder=incrementaldecoder,
                             streamwriter=streamwriter, streamreader=streamreader)
        if _is_text_encoding is not None:
            info._is_text_encoding = _is_text_encoding
        return info

    def __repr__(self):
        kind = type(self)
        return f"<{kind.__module__}.{kind.__qualname__} object for encoding {self.name} at {id(self):#x}>"
`

var (
	codecsLookupSpec = ArgSpec{Name: "lookup", Func: "_codecs.lookup", Kind: ArgsO}
	codecsEncodeSpec = ArgSpec{Name: "encode", Kind: ArgsKeywords, Names: []string{"obj", "encoding", "errors"}, Min: 1, Max: 3}
	codecsDecodeSpec = ArgSpec{Name: "decode", Kind: ArgsKeywords, Names: []string{"obj", "encoding", "errors"}, Min: 1, Max: 3}
)

// codecsFuncs are _codecs' functions (set in init, as they reach the
// import machinery that makes the module from this table).
var codecsFuncs []MethodDef

func init() {
	codecsFuncs = []MethodDef{
		{Name: "lookup", Fn: codecsLookup},
		{Name: "encode", Fn: codecsEncode},
		{Name: "decode", Fn: codecsDecode},
	}
}

// newCodecsBuiltinModule makes the _codecs module (on its first import).
func (m *Machine) newCodecsBuiltinModule() Value {
	mod := m.NewModule("_codecs")
	d := mod.Dict
	m.dictSetStr(d, "__doc__", None)
	m.dictSetStr(d, "__package__", m.emptyStr)
	m.dictSetStr(d, "__loader__", None)
	m.dictSetStr(d, "__spec__", None)
	m.setBuiltinSpec(mod)
	name := m.Intern("_codecs")
	for i := range codecsFuncs {
		def := &codecsFuncs[i]
		m.dictSetStr(d, def.Name, m.NewBuiltinFunction(def, mod.self, name))
	}
	return mod.self
}

func codecsLookup(m *Machine, _ Value, args, kwnames []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(&codecsLookupSpec, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	s := m.str(a[0])
	if s == nil {
		return Null, m.typeError("lookup() argument must be str, not %s", m.typeName(a[0]))
	}
	return m.codecLookup(s.S)
}

// codecLookup is _PyCodec_Lookup: the cached CodecInfo of an encoding
// name, else a new one made by calling codecs.CodecInfo.
func (m *Machine) codecLookup(name string) (Value, error) {
	c, err := text.LookupModule(name)
	if err != nil {
		return Null, m.textError(err)
	}
	if m.codecs.cache == nil {
		m.codecs.cache = m.NewDict()
		m.extraRoots = append(m.extraRoots, m.codecs.cache.self)
	}
	norm := text.NormalizeEncoding(name)
	if v, err := m.DictGet(m.codecs.cache, m.NewStr(norm)); err != nil || v != Null {
		return v, err
	}
	mod, err := m.findModule("codecs", "")
	if err != nil {
		return Null, err
	}
	class, err := m.GetAttr(mod, m.Intern("CodecInfo"))
	if err != nil {
		return Null, err
	}
	enc, dec := codecFunctionNames(c.Module)
	encDef := &MethodDef{Name: enc, Fn: codecEncodeFunc(c, enc)}
	decDef := &MethodDef{Name: dec, Fn: codecDecodeFunc(c, dec)}
	module := m.Intern("_codecs")
	// Only the codecs that are not text encodings pass
	// _is_text_encoding, so only they have it in their __dict__.
	args := []Value{m.NewBuiltinFunction(encDef, Null, module), m.NewBuiltinFunction(decDef, Null, module), m.NewStr(c.Name)}
	kwnames := []Value{m.Intern("name")}
	if !c.Text {
		args = append(args, False)
		kwnames = append(kwnames, m.Intern("_is_text_encoding"))
	}
	info, err := m.Call(class, args, kwnames)
	if err != nil {
		return Null, err
	}
	// (The key is made after the call, which runs Python code: a str
	// held only here across it would not be reachable.)
	if err := m.DictSet(m.codecs.cache, m.NewStr(norm), info); err != nil {
		return Null, err
	}
	return info, nil
}

// codecFunctionNames are the C functions a codec module's encode and
// decode call, whose names their argument errors give.
func codecFunctionNames(module string) (string, string) {
	switch module {
	case "utf_8", "utf_8_sig":
		return "utf_8_encode", "utf_8_decode"
	case "ascii", "latin_1", "unicode_escape", "raw_unicode_escape", "utf_16", "utf_16_le", "utf_16_be",
		"utf_32", "utf_32_le", "utf_32_be", "utf_7", "escape":
		return module + "_encode", module + "_decode"
	}
	if text.IsCharmap(module) || module == "charmap" {
		return "charmap_encode", "charmap_decode"
	}
	return "encode", "decode"
}

// codecEncodeFunc is a codec's stateless encode(input, errors='strict'),
// which returns the bytes and the length of the input.
func codecEncodeFunc(c text.Codec, fn string) BuiltinFunc {
	spec := &ArgSpec{Name: fn, Kind: ArgsTuple, Min: 1, Max: 2}
	return func(m *Machine, _ Value, args, kwnames []Value) (Value, error) {
		var a [2]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
			return Null, err
		}
		if err := codecImplemented(c); err != nil {
			return Null, m.textError(err)
		}
		errors, err := m.codecErrorsArg(fn, a[1])
		if err != nil {
			return Null, err
		}
		s := m.str(a[0])
		if s == nil {
			return Null, m.typeError("%s() argument 1 must be str, not %s", fn, m.typeName(a[0]))
		}
		b, err := codecEncode(c, s.S, errors)
		if err != nil {
			return Null, m.codecError(err)
		}
		r, err := m.newBytesString(b)
		if err != nil {
			return Null, err
		}
		return m.NewTuple([]Value{r, m.NewInt(int64(text.Len(s.S)))}), nil
	}
}

// codecDecodeFunc is a codec's stateless decode(input, errors='strict'),
// which returns the str and the number of bytes it used (all of them).
func codecDecodeFunc(c text.Codec, fn string) BuiltinFunc {
	spec := &ArgSpec{Name: fn, Kind: ArgsTuple, Min: 1, Max: 2}
	return func(m *Machine, _ Value, args, kwnames []Value) (Value, error) {
		var a [2]Value
		if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
			return Null, err
		}
		if err := codecImplemented(c); err != nil {
			return Null, m.textError(err)
		}
		errors, err := m.codecErrorsArg(fn, a[1])
		if err != nil {
			return Null, err
		}
		b, err := m.bufferArg(a[0])
		if err != nil {
			return Null, err
		}
		s, err := m.codecDecode(c, b, errors)
		if err != nil {
			return Null, err
		}
		return m.NewTuple([]Value{s, m.NewInt(int64(len(b)))}), nil
	}
}

// codecErrorsArg is the errors argument of a codec function: a str, or
// None for 'strict'.
func (m *Machine) codecErrorsArg(fn string, v Value) (string, error) {
	if v == Null || v == None {
		return "strict", nil
	}
	s := m.str(v)
	if s == nil {
		return "", m.typeError("%s() argument 2 must be str or None, not %s", fn, m.typeName(v))
	}
	return s.S, nil
}

// codecImplemented is nil for a codec quicken implements, else its
// NotImplementedError.
func codecImplemented(c text.Codec) error {
	if _, ok := lookupUTFCodec(c.Module); ok {
		return nil
	}
	if c.Text {
		if _, err := text.Lookup(c.Module, false); err == nil {
			return nil
		}
	}
	return &text.Error{Type: "NotImplementedError", Msg: "quicken does not implement the '" + c.Module + "' codec"}
}

// codecEncode runs a codec's encoder; its errors are the codec's own,
// not wrapped.
func codecEncode(c text.Codec, s, errors string) (string, error) {
	if u, ok := lookupUTFCodec(c.Module); ok {
		return u.encode(s, errors)
	}
	return c.Encode(s, errors)
}

// codecDecode runs a codec's decoder and issues its warning.
func (m *Machine) codecDecode(c text.Codec, b, errors string) (Value, error) {
	var s, warning string
	var err error
	if u, ok := lookupUTFCodec(c.Module); ok {
		s, err = u.decode(b, errors)
	} else {
		s, warning, err = c.Decode(b, errors)
	}
	if err != nil {
		return Null, m.codecError(err)
	}
	if warning != "" {
		if err := m.deprecated(warning); err != nil {
			return Null, err
		}
	}
	return m.newStr(s)
}

func codecsEncode(m *Machine, _ Value, args, kwnames []Value) (Value, error) {
	return m.codecsRun(&codecsEncodeSpec, args, kwnames)
}

func codecsDecode(m *Machine, _ Value, args, kwnames []Value) (Value, error) {
	return m.codecsRun(&codecsDecodeSpec, args, kwnames)
}

// codecsRun is codecs.encode and codecs.decode (_PyCodec_Encode and
// _PyCodec_Decode): the codec found by name run over obj. Unlike
// str.encode, which calls utf-8, ascii and latin-1 directly, these always
// go through the registry, so an error other than a UnicodeError is
// re-raised saying which codec failed.
func (m *Machine) codecsRun(spec *ArgSpec, args, kwnames []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(spec, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	encoding, errors, err := m.codecArgs(spec.Name, a[1], a[2])
	if err != nil {
		return Null, err
	}
	if _, err := m.codecLookup(encoding); err != nil {
		return Null, err
	}
	c, _ := text.LookupModule(encoding)
	if err := codecImplemented(c); err != nil {
		return Null, m.textError(err)
	}
	op := "encoding"
	if spec == &codecsDecodeSpec {
		op = "decoding"
	}
	wrap := func(err error) error {
		if e, ok := err.(*text.Error); ok && e.Type != "NotImplementedError" {
			return m.codecError(&text.CodecError{Op: op, Encoding: encoding, Err: e})
		}
		return m.codecError(err)
	}
	if op == "encoding" {
		enc, _ := codecFunctionNames(c.Module)
		s := m.str(a[0])
		if s == nil {
			return Null, wrap(&text.Error{Type: "TypeError", Msg: enc + "() argument 1 must be str, not " + m.typeName(a[0])})
		}
		b, err := codecEncode(c, s.S, errors)
		if err != nil {
			return Null, wrap(err)
		}
		return m.newBytesString(b)
	}
	b, ok := m.bytesLike(a[0])
	if !ok {
		return Null, wrap(&text.Error{Type: "TypeError", Msg: "a bytes-like object is required, not '" + cTrunc(m.typeName(a[0]), 100) + "'"})
	}
	var s, warning string
	if u, ok := lookupUTFCodec(c.Module); ok {
		s, err = u.decode(b, errors)
	} else {
		s, warning, err = c.Decode(b, errors)
	}
	if err != nil {
		return Null, wrap(err)
	}
	if warning != "" {
		if err := m.deprecated(warning); err != nil {
			return Null, err
		}
	}
	return m.newStr(s)
}
