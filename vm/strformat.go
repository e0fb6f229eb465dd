package vm

import (
	"math"
	"math/big"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/num"
	"github.com/quicken-py/quicken/vm/text"
)

// String formatting: str % args and bytes % args (CPython 3.11's
// PyUnicode_Format and _PyBytes_FormatEx), str.format and str.format_map
// (Objects/stringlib/unicode_format.h). The number conversions are
// vm/num's Printf* and format-spec functions.

// strWriter collects a formatting result. Like CPython's
// _PyUnicodeWriter, it hands back the very str object written when that
// object is the whole result ("%s" % s is s).
type strWriter struct {
	b      []byte
	only   Value // the one object written whole while nothing else was
	writes int
}

func (w *strWriter) writeValue(m *Machine, v Value) {
	w.writes++
	if w.writes == 1 {
		w.only = v
	}
	w.b = append(w.b, m.str(v).S...)
}

// writeField is str.format's write of a rendered field, as
// _PyUnicodeWriter_WriteStr leaves it in CPython 3.11: an empty result
// writes nothing, and only the last field of the template, written
// while nothing else was, is kept as the object itself (do_markup turns
// overallocation off just for it); otherwise the text is copied.
func (w *strWriter) writeField(m *Machine, v Value, last bool) {
	s := m.str(v).S
	if s == "" {
		return
	}
	w.writes++
	if w.writes == 1 && last {
		w.only = v
	} else {
		w.only = Null
	}
	w.b = append(w.b, s...)
}

func (w *strWriter) writeString(s string) {
	if s == "" {
		return
	}
	w.writes++
	w.only = Null
	w.b = append(w.b, s...)
}

func (w *strWriter) finish(m *Machine) (Value, error) {
	if w.writes == 1 && w.only != Null {
		return w.only, nil
	}
	return m.newStr(string(w.b))
}

// ---- % formatting ----

// Conversion flags of one % specifier.
const (
	pfLJust = 1 << iota
	pfSign
	pfBlank
	pfAlt
	pfZero
)

// percentArg is one % specifier being parsed (unicode_format_arg_t).
type percentArg struct {
	ch    rune
	flags int
	width int
	prec  int
}

// percentFormatter is the state of one % operation
// (unicode_formatter_t): the format's units (code points, or bytes for
// bytes formatting), the position, the arguments.
type percentFormatter struct {
	m       *Machine
	isBytes bool
	u       []rune
	pos     int
	cnt     int // units left after pos, as CPython's fmtcnt counts
	args    Value
	tuple   []Value
	arglen  int
	argidx  int
	dict    Value
	out     strWriter
	bout    []byte
}

func strMod(m *Machine, a, b Value) (Value, error) {
	if m.str(a) == nil {
		return NotImplemented, nil
	}
	return m.strPercent(a, b)
}

// strPercent is PyUnicode_Format.
func (m *Machine) strPercent(format, args Value) (Value, error) {
	f := m.newPercentFormatter(text.CodePoints(m.str(format).S), args, false)
	if err := f.run(format); err != nil {
		return Null, err
	}
	return f.out.finish(m)
}

// bytesMod is bytes % args and bytearray % args (_PyBytes_FormatEx).
func bytesMod(m *Machine, a, b Value) (Value, error) {
	data, ok := m.bytesLike(a)
	if !ok {
		return NotImplemented, nil
	}
	u := make([]rune, len(data))
	for i := 0; i < len(data); i++ {
		u[i] = rune(data[i])
	}
	f := m.newPercentFormatter(u, b, true)
	if err := f.run(Null); err != nil {
		return Null, err
	}
	if m.isByteArray(a) {
		return m.newByteArray(string(f.bout))
	}
	return m.newBytesString(string(f.bout))
}

func (m *Machine) newPercentFormatter(u []rune, args Value, isBytes bool) *percentFormatter {
	f := &percentFormatter{m: m, isBytes: isBytes, u: u, args: args, dict: Null}
	if t := m.tuple(args); t != nil {
		f.tuple = t.Items
		f.arglen = len(t.Items)
	} else {
		f.arglen, f.argidx = -1, -2
	}
	// PyMapping_Check: anything with mp_subscript, except tuples and
	// strs (and, for bytes formatting, bytes and bytearray).
	t := m.TypeOf(args)
	if t.GetItem != nil && m.tuple(args) == nil && m.str(args) == nil {
		if _, isBuf := m.bytesLike(args); !isBytes || !isBuf {
			f.dict = args
		}
	}
	return f
}

func (f *percentFormatter) what() string {
	if f.isBytes {
		return "bytes"
	}
	return "string"
}

// run formats the whole format string; format is the str object (for a
// result that is the format itself), Null for bytes.
func (f *percentFormatter) run(format Value) error {
	m := f.m
	f.cnt = len(f.u)
	for {
		f.cnt--
		if f.cnt < 0 {
			break
		}
		if f.u[f.pos] != '%' {
			start := f.pos
			f.pos++
			for f.pos < len(f.u) && f.u[f.pos] != '%' {
				f.pos++
				f.cnt--
			}
			f.writeLiteral(format, start, f.pos)
			continue
		}
		f.pos++
		if err := f.formatArg(); err != nil {
			return err
		}
	}
	if f.argidx < f.arglen && f.dict == Null {
		return m.typeError("not all arguments converted during %s formatting", f.what())
	}
	return nil
}

func (f *percentFormatter) writeLiteral(format Value, start, end int) {
	if f.isBytes {
		for _, c := range f.u[start:end] {
			f.bout = append(f.bout, byte(c))
		}
		return
	}
	if start == 0 && end == len(f.u) {
		f.out.writeValue(f.m, format)
		return
	}
	f.out.writeString(string(constant.StrFromCodePoints(f.u[start:end])))
}

// peek is PyUnicode_READ at pos: the NUL past the end reads as 0.
func (f *percentFormatter) peek() rune {
	if f.pos < len(f.u) {
		return f.u[f.pos]
	}
	return 0
}

// read is CPython's "if (--fmtcnt >= 0) ch = fmt[fmtpos++]".
func (f *percentFormatter) read(a *percentArg) bool {
	f.cnt--
	if f.cnt < 0 {
		return false
	}
	a.ch = f.u[f.pos]
	f.pos++
	return true
}

func (f *percentFormatter) nextArg() (Value, error) {
	if f.argidx < f.arglen {
		i := f.argidx
		f.argidx++
		if f.arglen < 0 {
			return f.args, nil
		}
		return f.tuple[i], nil
	}
	return Null, f.m.typeError("not enough arguments for format string")
}

// formatArg is unicode_format_arg: one specifier after its '%'.
func (f *percentFormatter) formatArg() error {
	m := f.m
	a := percentArg{ch: f.peek(), width: -1, prec: -1}
	if a.ch == '%' {
		f.pos++
		f.cnt--
		if f.isBytes {
			f.bout = append(f.bout, '%')
		} else {
			f.out.writeString("%")
		}
		return nil
	}
	if err := f.parseArg(&a); err != nil {
		return err
	}
	v, err := f.nextArg()
	if err != nil {
		return err
	}
	if f.isBytes {
		err = f.formatBytesArg(&a, v)
	} else {
		err = f.formatStrArg(&a, v)
	}
	if err != nil {
		return err
	}
	if f.dict != Null && f.argidx < f.arglen {
		return m.typeError("not all arguments converted during %s formatting", f.what())
	}
	return nil
}

// parseArg is unicode_format_arg_parse: mapping key, flags, width,
// precision and length modifier, in CPython's order of errors.
func (f *percentFormatter) parseArg(a *percentArg) error {
	m := f.m
	if a.ch == '(' {
		if f.dict == Null {
			return m.typeError("format requires a mapping")
		}
		f.pos++
		f.cnt--
		keystart := f.pos
		pcount := 1
		for pcount > 0 {
			f.cnt--
			if f.cnt < 0 {
				break
			}
			a.ch = f.u[f.pos]
			if a.ch == ')' {
				pcount--
			} else if a.ch == '(' {
				pcount++
			}
			f.pos++
		}
		keylen := f.pos - keystart - 1
		if f.cnt < 0 || pcount > 0 {
			return m.Raisef(m.types.ValueError, "incomplete format key")
		}
		var key Value
		if f.isBytes {
			b := make([]byte, keylen)
			for i := range b {
				b[i] = byte(f.u[keystart+i])
			}
			key = m.newBytes(string(b))
		} else {
			key = m.NewStr(string(constant.StrFromCodePoints(f.u[keystart : keystart+keylen])))
		}
		v, err := m.GetItem(f.dict, key)
		if err != nil {
			return err
		}
		f.args, f.tuple = v, nil
		f.arglen, f.argidx = -1, -2
	}
flags:
	for f.read(a) {
		switch a.ch {
		case '-':
			a.flags |= pfLJust
		case '+':
			a.flags |= pfSign
		case ' ':
			a.flags |= pfBlank
		case '#':
			a.flags |= pfAlt
		case '0':
			a.flags |= pfZero
		default:
			break flags
		}
	}
	if a.ch == '*' {
		v, err := f.nextArg()
		if err != nil {
			return err
		}
		if !m.isInt(v) {
			return m.typeError("* wants int")
		}
		w, ok := m.Int64(v)
		if !ok {
			return m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C ssize_t")
		}
		if w < 0 {
			a.flags |= pfLJust
			w = -w
		}
		a.width = int(w)
		f.read(a)
	} else if a.ch >= '0' && a.ch <= '9' {
		a.width = int(a.ch - '0')
		for f.read(a) {
			if a.ch < '0' || a.ch > '9' {
				break
			}
			if a.width > (math.MaxInt64-int(a.ch-'0'))/10 {
				return m.Raisef(m.types.ValueError, "width too big")
			}
			a.width = a.width*10 + int(a.ch-'0')
		}
	}
	if a.ch == '.' {
		a.prec = 0
		f.read(a)
		if a.ch == '*' {
			v, err := f.nextArg()
			if err != nil {
				return err
			}
			if !m.isInt(v) {
				return m.typeError("* wants int")
			}
			p, ok := m.Int64(v)
			if !ok || p > math.MaxInt32 || p < math.MinInt32 {
				return m.Raisef(m.types.exceptions["OverflowError"], "Python int too large to convert to C int")
			}
			a.prec = int(max(p, 0))
			f.read(a)
		} else if a.ch >= '0' && a.ch <= '9' {
			a.prec = int(a.ch - '0')
			for f.read(a) {
				if a.ch < '0' || a.ch > '9' {
					break
				}
				if a.prec > (math.MaxInt32-int(a.ch-'0'))/10 {
					if f.isBytes {
						return m.Raisef(m.types.ValueError, "prec too big")
					}
					return m.Raisef(m.types.ValueError, "precision too big")
				}
				a.prec = a.prec*10 + int(a.ch-'0')
			}
		}
	}
	if f.cnt >= 0 && (a.ch == 'h' || a.ch == 'l' || a.ch == 'L') {
		f.read(a)
	}
	if f.cnt < 0 {
		return m.Raisef(m.types.ValueError, "incomplete format")
	}
	return nil
}

// printfFlags converts the flags for vm/num.
func (a *percentArg) printfFlags() num.PrintfFlags {
	return num.PrintfFlags{Left: a.flags&pfLJust != 0, Plus: a.flags&pfSign != 0,
		Space: a.flags&pfBlank != 0, Alt: a.flags&pfAlt != 0, Zero: a.flags&pfZero != 0}
}

// formatStrArg is unicode_format_arg_format and _output for str.
func (f *percentFormatter) formatStrArg(a *percentArg, v Value) error {
	m := f.m
	switch a.ch {
	case 's', 'r', 'a':
		var s Value
		var err error
		switch {
		case a.ch == 's' && m.isExactStr(v):
			s = v
		case a.ch == 's':
			s, err = m.StrOf(v)
		case a.ch == 'r':
			s, err = m.Repr(v)
		default:
			s, err = m.Ascii(v)
		}
		if err != nil {
			return err
		}
		return f.outputText(a, s, m.str(s).S, true)
	case 'i', 'd', 'u', 'o', 'x', 'X':
		r, err := f.formatLong(a, v)
		if err != nil {
			return err
		}
		f.out.writeString(r)
		return nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := m.floatArg(v)
		if err != nil {
			return err
		}
		r, err := f.formatFloat(a, x)
		if err != nil {
			return err
		}
		f.out.writeString(r)
		return nil
	case 'c':
		c, err := m.formatChar(v)
		if err != nil {
			return err
		}
		return f.outputText(a, Null, text.Chr(c), false)
	}
	return f.unsupported(a)
}

// unsupported is the ValueError of an unknown conversion character.
func (f *percentFormatter) unsupported(a *percentArg) error {
	m := f.m
	if f.isBytes && a.ch >= 0x80 {
		// CPython 3.11 formats the (signed) char with %c, which fails.
		return m.Raisef(m.types.exceptions["OverflowError"], "character argument not in range(0x110000)")
	}
	c := '?'
	if 31 <= a.ch && a.ch <= 126 {
		c = a.ch
	}
	return m.Raisef(m.types.ValueError, "unsupported format character '%c' (0x%x) at index %d", c, a.ch, f.pos-1)
}

// outputText writes a text conversion (s, r, a, c) padded to the width;
// precision truncates s, r and a. v is the str object when there is one.
func (f *percentFormatter) outputText(a *percentArg, v Value, s string, truncate bool) error {
	n := text.Len(s)
	if (a.width == -1 || a.width <= n) && (a.prec == -1 || a.prec >= n) && a.flags&(pfSign|pfBlank) == 0 {
		if v != Null {
			f.out.writeValue(f.m, v)
		} else {
			f.out.writeString(s)
		}
		return nil
	}
	if truncate && a.prec >= 0 && n > a.prec {
		s, _ = text.Slice(s, 0, a.prec, 1)
		n = a.prec
	}
	f.out.writeString(padText(s, n, a.width, a.flags&pfLJust != 0))
	return nil
}

// padText pads s (n units long) with spaces to width.
func padText(s string, n, width int, left bool) string {
	if width <= n {
		return s
	}
	pad := strings.Repeat(" ", width-n)
	if left {
		return s + pad
	}
	return pad + s
}

// formatLong is mainformatlong (and bytes' formatlong): an int, or a
// number converted by __index__ (o, x, X) or int() (d, i, u), formatted
// by num.PrintfInt with the flags, width and precision.
func (f *percentFormatter) formatLong(a *percentArg, v Value) (string, error) {
	m := f.m
	conv := byte(a.ch)
	if !m.isInt(v) {
		var iv Value
		var err error
		if !m.isNumber(v) {
			return "", f.wrongNumber(conv, v)
		}
		if conv == 'o' || conv == 'x' || conv == 'X' {
			iv, err = m.NumberIndex(v)
		} else {
			iv, err = m.numberLong(v)
		}
		if err != nil {
			if m.isRaise(err, m.types.TypeError) {
				return "", f.wrongNumber(conv, v)
			}
			return "", err
		}
		v = iv
	}
	var b *big.Int
	if i, ok := m.Int64(v); ok {
		b = big.NewInt(i)
	} else {
		b, _ = m.BigInt(v)
	}
	if a.width > 64 {
		if err := m.charge(a.width); err != nil {
			return "", err
		}
	}
	r, err := num.PrintfInt(b, a.printfFlags(), a.width, a.prec, conv, m.intMaxStrDigits)
	if err != nil {
		return "", m.numError(err)
	}
	return r, nil
}

func (f *percentFormatter) wrongNumber(conv byte, v Value) error {
	if f.isBytes && conv == 'i' {
		conv = 'd'
	}
	what := "a real number"
	if conv == 'o' || conv == 'x' || conv == 'X' {
		what = "an integer"
	}
	return f.m.typeError("%%%c format: %s is required, not %s", conv, what, cTrunc(f.m.typeName(v), 200))
}

// formatFloat formats x for e, E, f, F, g, G. (CPython 3.11.2 accepted a
// 'z' flag in bytes formatting; 3.11.7, the reference, does not.)
func (f *percentFormatter) formatFloat(a *percentArg, x float64) (string, error) {
	m := f.m
	if a.width > 64 {
		if err := m.charge(a.width); err != nil {
			return "", err
		}
	}
	r, err := num.PrintfFloat(x, a.printfFlags(), a.width, a.prec, byte(a.ch))
	if err != nil {
		return "", m.numError(err)
	}
	return r, nil
}

// numberLong is PyNumber_Long for the % conversions: int(v) of a number
// (__int__, then __index__).
func (m *Machine) numberLong(v Value) (Value, error) {
	if m.isInt(v) {
		return v, nil
	}
	t := m.TypeOf(v)
	if t.Int != nil {
		r, err := t.Int(m, v)
		if err != nil {
			return Null, err
		}
		return m.intResult("__int__", r)
	}
	if t.Index != nil {
		return m.NumberIndex(v)
	}
	return Null, m.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", t.Name)
}

// floatArg is PyFloat_AsDouble: a float, or __float__, or __index__.
func (m *Machine) floatArg(v Value) (float64, error) {
	if x, ok := m.FloatOf(v); ok {
		return x, nil
	}
	t := m.TypeOf(v)
	if t.Float != nil {
		r, err := t.Float(m, v)
		if err != nil {
			return 0, err
		}
		return m.floatResult(t, r)
	}
	if t.Index != nil {
		r, err := m.NumberIndex(v)
		if err != nil {
			return 0, err
		}
		if i, ok := m.Int64(r); ok {
			return float64(i), nil
		}
		b, _ := m.BigInt(r)
		x, err := num.IntToFloat(b)
		if err != nil {
			return 0, m.numError(err)
		}
		return x, nil
	}
	return 0, m.typeError("must be real number, not %s", t.Name)
}

// formatChar is formatchar: a str of one character or an int code point.
func (m *Machine) formatChar(v Value) (rune, error) {
	if s := m.str(v); s != nil {
		if s.strLength() == 1 {
			r, _ := constant.DecodeCodePoint(s.S)
			return r, nil
		}
		return 0, m.typeError("%s", "%c requires int or char")
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return 0, m.typeError("%s", "%c requires int or char")
		}
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok || i < 0 || i > 0x10FFFF {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "%s", "%c arg not in range(0x110000)")
	}
	return rune(i), nil
}

// formatBytesArg is the conversion switch of _PyBytes_FormatEx.
func (f *percentFormatter) formatBytesArg(a *percentArg, v Value) error {
	m := f.m
	var s string
	switch a.ch {
	case 'r', 'a':
		r, err := m.Ascii(v)
		if err != nil {
			return err
		}
		s = m.str(r).S
	case 's', 'b':
		b, err := m.formatObj(v)
		if err != nil {
			return err
		}
		s = b
	case 'i', 'd', 'u', 'o', 'x', 'X':
		r, err := f.formatLong(a, v)
		if err != nil {
			return err
		}
		f.bout = append(f.bout, r...)
		return nil
	case 'e', 'E', 'f', 'F', 'g', 'G':
		x, err := m.floatArg(v)
		if err != nil {
			if m.isRaise(err, m.types.TypeError) {
				return m.typeError("float argument required, not %s", cTrunc(m.typeName(v), 200))
			}
			return err
		}
		r, err := f.formatFloat(a, x)
		if err != nil {
			return err
		}
		f.bout = append(f.bout, r...)
		return nil
	case 'c':
		c, err := m.byteConverter(v)
		if err != nil {
			return err
		}
		s = string([]byte{c})
		a.prec = -1
	default:
		return f.unsupported(a)
	}
	if a.prec >= 0 && len(s) > a.prec {
		s = s[:a.prec]
	}
	if a.width > 64 {
		if err := m.charge(a.width); err != nil {
			return err
		}
	}
	f.bout = append(f.bout, padText(s, len(s), a.width, a.flags&pfLJust != 0)...)
	return nil
}

// formatObj is format_obj of %b and %s: a bytes-like object or the
// result of __bytes__.
func (m *Machine) formatObj(v Value) (string, error) {
	if b, ok := m.bytesLike(v); ok {
		return b, nil
	}
	fn, err := m.lookupSpecial(v, "__bytes__")
	if err != nil {
		return "", err
	}
	if fn != Null {
		r, err := m.Call(fn, nil, nil)
		if err != nil {
			return "", err
		}
		b := m.bytesObj(r)
		if b == nil {
			return "", m.typeError("__bytes__ returned non-bytes (type %s)", cTrunc(m.typeName(r), 200))
		}
		return b.B, nil
	}
	return "", m.typeError("%%b requires a bytes-like object, or an object that implements __bytes__, not '%s'", cTrunc(m.typeName(v), 100))
}

// byteConverter is %c of bytes formatting: one byte, or an int in
// range(256). CPython 3.11 takes only a bytes or bytearray of length
// one as the byte; any other buffer (a memoryview) goes to __index__.
func (m *Machine) byteConverter(v Value) (byte, error) {
	if b := m.bytesObj(v); b != nil && len(b.B) == 1 {
		return b.B[0], nil
	}
	if b := m.byteArray(v); b != nil && len(b.B) == 1 {
		return b.B[0], nil
	}
	r, err := m.NumberIndex(v)
	if err != nil {
		if m.isRaise(err, m.types.TypeError) {
			return 0, m.typeError("%s", "%c requires an integer in range(256) or a single byte")
		}
		return 0, err
	}
	i, ok := m.Int64(r)
	if !ok || i < 0 || i > 255 {
		return 0, m.Raisef(m.types.exceptions["OverflowError"], "%s", "%c arg not in range(256)")
	}
	return byte(i), nil
}

// ---- str.format ----

// autoNumber is AutoNumber: whether fields were numbered automatically
// ("{}") or by hand ("{0}"), and the next automatic number.
type autoNumber struct {
	state int // 0 not yet, 1 automatic, 2 manual
	next  int
}

// formatter is the state of one str.format or format_map call.
type formatter struct {
	m      *Machine
	args   []Value
	noArgs bool  // format_map: positional fields are errors
	kwargs Value // Null when format() got no keywords
	auto   autoNumber
}

var strFormatMapArgs = ArgSpec{Name: "format_map", Func: "str.format_map", Kind: ArgsO}

// strFormatMethod is str.format(*args, **kwargs).
func strFormatMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	pos, kwvals := SplitVarargs(args, kwnames)
	f := &formatter{m: m, args: pos, kwargs: Null}
	if len(kwnames) > 0 {
		d := m.NewDict()
		for i, k := range kwnames {
			if err := m.DictSet(d, k, kwvals[i]); err != nil {
				return Null, err
			}
		}
		f.kwargs = d.self
	}
	return f.build(self, m.str(self).S, 2)
}

// strFormatMapMethod is str.format_map(mapping).
func strFormatMapMethod(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strFormatMapArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	f := &formatter{m: m, noArgs: true, kwargs: args[0]}
	return f.build(self, m.str(self).S, 2)
}

// build is build_string: s formatted, with depth levels of nested specs
// left; whole is s's str object when s is a whole str (Null for a spec).
func (f *formatter) build(whole Value, s string, depth int) (Value, error) {
	m := f.m
	if depth <= 0 {
		return Null, m.Raisef(m.types.ValueError, "Max string recursion exceeded")
	}
	var w strWriter
	pos, end := 0, len(s)
	for pos < end {
		// MarkupIterator_next: literal text up to a brace.
		start := pos
		var c byte
		markup := false
		for pos < end {
			c = s[pos]
			pos++
			if c == '{' || c == '}' {
				markup = true
				break
			}
		}
		atEnd := pos >= end
		n := pos - start
		if markup && c == '}' && (atEnd || s[pos] != '}') {
			return Null, m.Raisef(m.types.ValueError, "Single '}' encountered in format string")
		}
		if markup && atEnd && c == '{' {
			return Null, m.Raisef(m.types.ValueError, "Single '{' encountered in format string")
		}
		if markup {
			if s[pos] == c {
				pos++
				markup = false
			} else {
				n--
			}
		}
		if n > 0 {
			if start == 0 && n == end && whole != Null {
				w.writeValue(m, whole)
			} else {
				w.writeString(s[start : start+n])
			}
		}
		if !markup {
			continue
		}
		field, conv, spec, expand, next, err := f.parseField(s, pos)
		if err != nil {
			return Null, err
		}
		pos = next
		r, err := f.outputMarkup(field, conv, spec, expand, depth)
		if err != nil {
			return Null, err
		}
		w.writeField(m, r, pos >= end)
	}
	return w.finish(m)
}

// parseField is parse_field: the field name, conversion and spec of a
// replacement field starting at pos (after its '{'); next is the
// position after its '}'.
func (f *formatter) parseField(s string, pos int) (field string, conv rune, spec string, expand bool, next int, err error) {
	m := f.m
	end := len(s)
	start := pos
	var c rune
	terminated := false
loop:
	for pos < end {
		r, w := constant.DecodeCodePoint(s[pos:])
		c = r
		pos += w
		switch c {
		case '{':
			return "", 0, "", false, 0, m.Raisef(m.types.ValueError, "unexpected '{' in field name")
		case '[':
			for pos < end && s[pos] != ']' {
				pos++
			}
		case '}', ':', '!':
			terminated = true
			break loop
		}
	}
	if !terminated {
		return "", 0, "", false, 0, m.Raisef(m.types.ValueError, "expected '}' before end of string")
	}
	field = s[start : pos-1]
	if c == '}' {
		return field, 0, "", false, pos, nil
	}
	if c == '!' {
		if pos >= end {
			return "", 0, "", false, 0, m.Raisef(m.types.ValueError, "end of string while looking for conversion specifier")
		}
		r, w := constant.DecodeCodePoint(s[pos:])
		conv = r
		pos += w
		if pos < end {
			r, w := constant.DecodeCodePoint(s[pos:])
			pos += w
			if r == '}' {
				return field, conv, "", false, pos, nil
			}
			if r != ':' {
				return "", 0, "", false, 0, m.Raisef(m.types.ValueError, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := pos
	count := 1
	for pos < end {
		b := s[pos]
		pos++
		switch b {
		case '{':
			expand = true
			count++
		case '}':
			count--
			if count == 0 {
				return field, conv, s[specStart : pos-1], expand, pos, nil
			}
		}
	}
	return "", 0, "", false, 0, m.Raisef(m.types.ValueError, "unmatched '{' in format spec")
}

// outputMarkup is output_markup: the field's object, converted, formatted
// with its (expanded) spec.
func (f *formatter) outputMarkup(field string, conv rune, spec string, expand bool, depth int) (Value, error) {
	m := f.m
	obj, err := f.fieldObject(field)
	if err != nil {
		return Null, err
	}
	if conv != 0 {
		switch conv {
		case 'r':
			obj, err = m.Repr(obj)
		case 's':
			obj, err = m.StrOf(obj)
		case 'a':
			obj, err = m.Ascii(obj)
		default:
			if conv > 32 && conv < 127 {
				return Null, m.Raisef(m.types.ValueError, "Unknown conversion specifier %c", conv)
			}
			return Null, m.Raisef(m.types.ValueError, "Unknown conversion specifier \\x%x", conv)
		}
		if err != nil {
			return Null, err
		}
	}
	if expand {
		sv, err := f.build(Null, spec, depth-1)
		if err != nil {
			return Null, err
		}
		spec = m.str(sv).S
	}
	return m.renderField(obj, spec)
}

// fieldInteger is get_integer: the value of a field name part made only
// of decimal digits (any Unicode decimal), or -1.
func (f *formatter) fieldInteger(s string) (int, error) {
	if s == "" {
		return -1, nil
	}
	acc := 0
	for _, r := range text.CodePoints(s) {
		d := text.DecimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (math.MaxInt64-d)/10 {
			return -1, f.m.Raisef(f.m.types.ValueError, "Too many decimal digits in format string")
		}
		acc = acc*10 + d
	}
	return acc, nil
}

// fieldObject is get_field_object: the argument a field name selects,
// then its attribute and item lookups.
func (f *formatter) fieldObject(field string) (Value, error) {
	m := f.m
	i := strings.IndexAny(field, ".[")
	if i < 0 {
		i = len(field)
	}
	first, rest := field[:i], field[i:]
	index, err := f.fieldInteger(first)
	if err != nil {
		return Null, err
	}
	empty := first == ""
	if empty || index != -1 {
		if f.auto.state == 0 {
			f.auto.state = 2
			if empty {
				f.auto.state = 1
			}
		}
		if f.auto.state == 2 && empty {
			return Null, m.Raisef(m.types.ValueError, "cannot switch from manual field specification to automatic field numbering")
		}
		if f.auto.state == 1 && !empty {
			return Null, m.Raisef(m.types.ValueError, "cannot switch from automatic field numbering to manual field specification")
		}
		if empty {
			index = f.auto.next
			f.auto.next++
		}
	}
	var obj Value
	if index == -1 {
		key := m.NewStr(first)
		if f.kwargs == Null {
			return Null, m.RaiseArgs(m.types.exceptions["KeyError"], key)
		}
		if obj, err = m.GetItem(f.kwargs, key); err != nil {
			return Null, err
		}
	} else {
		if f.noArgs {
			return Null, m.Raisef(m.types.ValueError, "Format string contains positional fields")
		}
		if index >= len(f.args) {
			return Null, m.Raisef(m.types.exceptions["IndexError"], "Replacement index %d out of range for positional args tuple", index)
		}
		obj = f.args[index]
	}
	for rest != "" {
		c := rest[0]
		rest = rest[1:]
		var name string
		switch c {
		case '.':
			j := strings.IndexAny(rest, ".[")
			if j < 0 {
				j = len(rest)
			}
			name, rest = rest[:j], rest[j:]
			if name == "" {
				return Null, m.Raisef(m.types.ValueError, "Empty attribute in format string")
			}
			if obj, err = m.GetAttr(obj, m.NewStr(name)); err != nil {
				return Null, err
			}
			continue
		case '[':
			j := strings.IndexByte(rest, ']')
			if j < 0 {
				return Null, m.Raisef(m.types.ValueError, "Missing ']' in format string")
			}
			name, rest = rest[:j], rest[j+1:]
		default:
			return Null, m.Raisef(m.types.ValueError, "Only '.' or '[' may follow ']' in format field specifier")
		}
		idx, err := f.fieldInteger(name)
		if err != nil {
			return Null, err
		}
		if name == "" {
			return Null, m.Raisef(m.types.ValueError, "Empty attribute in format string")
		}
		var key Value
		if idx == -1 {
			key = m.NewStr(name)
		} else {
			key = m.NewInt(int64(idx))
		}
		if obj, err = m.GetItem(obj, key); err != nil {
			return Null, err
		}
	}
	return obj, nil
}
