package vm

import (
	"fmt"
	"math"
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/num"
	"github.com/quicken-py/quicken/vm/text"
)

// The complex type, as CPython 3.11's Objects/complexobject.c: a pair of
// doubles, arithmetic with ints and floats converted to complex first,
// the _Py_c_* algorithms reproduced operation by operation (so that
// infinities, NaNs and signed zeros come out as CPython's), and
// complex()'s conversions and string parsing.

// Complex is a complex object (PyComplexObject); instances of complex
// subclasses are Complex too.
type Complex struct {
	Header
	V complex128
}

func (*Complex) traverse(func(Value)) {}

// sizeOf is sys.getsizeof: the basic size, and the pre-header of a
// subclass's instances (GC head, managed dict).
func (c *Complex) sizeOf() int { return c.typ.BasicSize + preHeaderSize(c.typ) }

// NewComplex returns a new complex object with value c.
func (m *Machine) NewComplex(c complex128) Value {
	return m.alloc(&Complex{V: c}, m.types.Complex)
}

// newComplexOf makes a complex of type t (complex or a subclass).
func (m *Machine) newComplexOf(t *Type, c complex128) Value {
	if t == m.types.Complex {
		return m.NewComplex(c)
	}
	return m.alloc(&Complex{V: c}, t)
}

// ComplexOf returns v's value if v is a complex (PyComplex_Check: a
// subclass instance included).
func (m *Machine) ComplexOf(v Value) (complex128, bool) {
	if c, ok := m.obj0(v).(*Complex); ok {
		return c.V, true
	}
	return 0, false
}

func complexValueOf(m *Machine, v Value) complex128 {
	c, _ := m.ComplexOf(v)
	return c
}

// toComplex is complexobject.c's TO_COMPLEX: a complex as it is, an int
// (OverflowError past the float range) or a float as its real part; ok
// is false for any other operand (NotImplemented).
func (m *Machine) toComplex(v Value) (c complex128, ok bool, err error) {
	if c, ok := m.ComplexOf(v); ok {
		return c, true, nil
	}
	if m.isInt(v) {
		f, err := m.intToFloat(v)
		return complex(f, 0), true, err
	}
	if f, ok := m.FloatOf(v); ok {
		return complex(f, 0), true, nil
	}
	return 0, false, nil
}

// complexOperands converts both operands of a binary slot; ok is false
// when either is not a number complex arithmetic takes.
func (m *Machine) complexOperands(a, b Value) (x, y complex128, ok bool, err error) {
	if x, ok, err = m.toComplex(a); !ok || err != nil {
		return 0, 0, false, err
	}
	if y, ok, err = m.toComplex(b); !ok || err != nil {
		return 0, 0, false, err
	}
	return x, y, true, nil
}

// ---- CPython's _Py_c_* algorithms ----
//
// Products are converted with float64() before they are summed, so that
// the Go compiler never fuses them into an FMA (it may on arm64), which
// CPython's C build does not do.

// cProd is _Py_c_prod.
func cProd(a, b complex128) complex128 {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	return complex(float64(ar*br)-float64(ai*bi), float64(ar*bi)+float64(ai*br))
}

// cQuot is _Py_c_quot: Smith's algorithm, dividing through by the larger
// part of b. edom is C's errno EDOM (division by zero).
func cQuot(a, b complex128) (r complex128, edom bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, true
		}
		ratio := bi / br
		denom := br + float64(bi*ratio)
		return complex((ar+float64(ai*ratio))/denom, (ai-float64(ar*ratio))/denom), false
	case absBi >= absBr:
		ratio := br / bi
		denom := float64(br*ratio) + bi
		return complex((float64(ar*ratio)+ai)/denom, (float64(ai*ratio)-ar)/denom), false
	}
	// At least one part of b is a NaN.
	return complex(math.NaN(), math.NaN()), false
}

// cPow is _Py_c_pow, with the C library's functions as glibc computes
// them. edom is errno EDOM: zero to a negative or complex power, or the
// sine and cosine of an infinite phase (glibc sets EDOM there).
func cPow(a, b complex128) (r complex128, edom bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	switch {
	case br == 0 && bi == 0:
		return complex(1, 0), false
	case ar == 0 && ai == 0:
		return 0, bi != 0 || br < 0
	}
	vabs := cHypot(ar, ai)
	length := num.LibmPow(vabs, br)
	at := num.LibmAtan2(ai, ar)
	phase := float64(at * br)
	if bi != 0 {
		length /= num.LibmExp(float64(at * bi))
		phase += float64(bi * num.LibmLog(vabs))
	}
	edom = math.IsInf(phase, 0)
	return complex(float64(length*num.LibmCos(phase)), float64(length*num.LibmSin(phase))), edom
}

// cPowu is c_powu: x**n for n >= 0 by binary powering, every step a
// _Py_c_prod (starting from 1+0j, which matters for infinities and NaNs).
func cPowu(x complex128, n int64) complex128 {
	r, p := complex(1, 0), x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

// cPowi is c_powi: a negative exponent is 1 / x**-n.
func cPowi(x complex128, n int64) (complex128, bool) {
	if n > 0 {
		return cPowu(x, n), false
	}
	return cQuot(complex(1, 0), cPowu(x, -n))
}

// cAbs is _Py_c_abs: C99's hypot rules (an infinite part wins over a
// NaN); overflow reports whether a finite input had an infinite result.
func cAbs(z complex128) (r float64, overflow bool) {
	re, im := real(z), imag(z)
	switch {
	case math.IsInf(re, 0):
		return math.Inf(1), false
	case math.IsInf(im, 0):
		return math.Inf(1), false
	case math.IsNaN(re) || math.IsNaN(im):
		return math.NaN(), false
	}
	r = cHypot(re, im)
	return r, math.IsInf(r, 0)
}

// cHypot is C's hypot() as glibc computes it, which CPython's abs() of a
// complex and its complex power call.
func cHypot(x, y float64) float64 { return num.LibmHypot(x, y) }

// ---- slots ----

func complexAdd(m *Machine, a, b Value) (Value, error) {
	x, y, ok, err := m.complexOperands(a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return m.NewComplex(complex(real(x)+real(y), imag(x)+imag(y))), nil
}

func complexSub(m *Machine, a, b Value) (Value, error) {
	x, y, ok, err := m.complexOperands(a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return m.NewComplex(complex(real(x)-real(y), imag(x)-imag(y))), nil
}

func complexMul(m *Machine, a, b Value) (Value, error) {
	x, y, ok, err := m.complexOperands(a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	return m.NewComplex(cProd(x, y)), nil
}

func complexTrueDiv(m *Machine, a, b Value) (Value, error) {
	x, y, ok, err := m.complexOperands(a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	q, edom := cQuot(x, y)
	if edom {
		return Null, m.Raisef(m.types.exceptions["ZeroDivisionError"], "complex division by zero")
	}
	return m.NewComplex(q), nil
}

func complexPow(m *Machine, a, b Value) (Value, error) { return complexPow3(m, a, b, None) }

// complexPow3 is complex_pow. An exponent with no imaginary part and an
// integral real part of at most 100 in magnitude is computed by repeated
// multiplication, any other by _Py_c_pow. As _Py_ADJUST_ERANGE2 decides,
// an infinite part in the result is an OverflowError unless EDOM was
// raised first.
func complexPow3(m *Machine, a, b, mod Value) (Value, error) {
	x, y, ok, err := m.complexOperands(a, b)
	if !ok || err != nil {
		return notImplementedOr(err)
	}
	if mod != None {
		return Null, m.Raisef(m.types.ValueError, "complex modulo")
	}
	var p complex128
	var edom bool
	if br := real(y); imag(y) == 0 && br == math.Floor(br) && math.Abs(br) <= 100 {
		p, edom = cPowi(x, int64(br))
	} else {
		p, edom = cPow(x, y)
	}
	switch {
	case edom:
		return Null, m.Raisef(m.types.exceptions["ZeroDivisionError"], "0.0 to a negative or complex power")
	case math.IsInf(real(p), 0) || math.IsInf(imag(p), 0):
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "complex exponentiation")
	}
	return m.NewComplex(p), nil
}

// notImplementedOr is a binary slot's result when its operands did not
// convert: the conversion's error, or NotImplemented.
func notImplementedOr(err error) (Value, error) {
	if err != nil {
		return Null, err
	}
	return NotImplemented, nil
}

func complexNeg(m *Machine, a Value) (Value, error) {
	c := complexValueOf(m, a)
	return m.NewComplex(complex(-real(c), -imag(c))), nil
}

func complexPos(m *Machine, a Value) (Value, error) {
	if m.TypeOf(a) == m.types.Complex {
		return a, nil
	}
	return m.NewComplex(complexValueOf(m, a)), nil
}

func complexAbs(m *Machine, a Value) (Value, error) {
	r, overflow := cAbs(complexValueOf(m, a))
	if overflow {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "absolute value too large")
	}
	return m.Float(r), nil
}

func complexBool(m *Machine, a Value) (bool, error) {
	c := complexValueOf(m, a)
	return real(c) != 0 || imag(c) != 0, nil
}

func complexRepr(m *Machine, a Value) (Value, error) {
	return m.NewStr(constant.Complex(complexValueOf(m, a)).Repr()), nil
}

// complexHash is complex_hash: hash(real) + 1000003*hash(imag), where a
// NaN part hashes by the object's identity (_Py_HashDouble in 3.10+).
func complexHash(m *Machine, a Value) (int64, error) {
	c := complexValueOf(m, a)
	part := func(f float64) (uint64, error) {
		if f != f {
			h, err := identityHash(m, a)
			return uint64(h), err
		}
		return uint64(constant.Hash(constant.Float(f))), nil
	}
	hr, err := part(real(c))
	if err != nil {
		return 0, err
	}
	hi, err := part(imag(c))
	if err != nil {
		return 0, err
	}
	h := int64(hr + 1000003*hi)
	if h == -1 {
		h = -2
	}
	return h, nil
}

// complexRichCompare is complex_richcompare: only == and != are defined;
// an int compares exactly with the real part when the imaginary part is
// zero.
func complexRichCompare(m *Machine, a, b Value, op CompareOp) (Value, error) {
	if op != EQ && op != NE {
		return NotImplemented, nil
	}
	c, ok := m.ComplexOf(a)
	if !ok {
		return NotImplemented, nil
	}
	var equal bool
	switch {
	case m.isInt(b):
		if imag(c) != 0 {
			equal = false
			break
		}
		return floatRichCompare(m, m.Float(real(c)), b, op)
	default:
		if f, isF := m.FloatOf(b); isF {
			equal = real(c) == f && imag(c) == 0
		} else if d, isC := m.ComplexOf(b); isC {
			equal = real(c) == real(d) && imag(c) == imag(d)
		} else {
			return NotImplemented, nil
		}
	}
	return Bool(equal == (op == EQ)), nil
}

// ---- methods and attributes ----

var (
	specComplexConjugate  = &ArgSpec{Name: "conjugate", Func: "complex.conjugate", Kind: ArgsNone}
	specComplexComplex    = &ArgSpec{Name: "__complex__", Func: "complex.__complex__", Kind: ArgsNone}
	specComplexGetnewargs = &ArgSpec{Name: "__getnewargs__", Func: "complex.__getnewargs__", Kind: ArgsNone}
	specComplexFormat     = &ArgSpec{Name: "__format__", Func: "complex.__format__", Kind: ArgsO}
)

func complexConjugate(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specComplexConjugate, args, kw, nil); err != nil {
		return Null, err
	}
	c := complexValueOf(m, self)
	return m.NewComplex(complex(real(c), -imag(c))), nil
}

// complexComplexMethod is complex.__complex__: self when exact, else a
// plain complex of the same value.
func complexComplexMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specComplexComplex, args, kw, nil); err != nil {
		return Null, err
	}
	return complexPos(m, self)
}

func complexGetnewargs(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specComplexGetnewargs, args, kw, nil); err != nil {
		return Null, err
	}
	c := complexValueOf(m, self)
	return m.NewTuple([]Value{m.Float(real(c)), m.Float(imag(c))}), nil
}

// complexFormat is complex.__format__: the empty spec is str(self),
// anything else num.FormatComplex.
func complexFormat(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specComplexFormat, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.str(a[0])
	if s == nil {
		return Null, m.typeError("__format__() argument must be str, not %s", m.badArgumentName(a[0]))
	}
	if s.S == "" {
		return m.StrOf(self)
	}
	ps, err := num.ParseSpec(s.S, m.typeName(self))
	if err != nil {
		return Null, m.numError(err)
	}
	if err := m.chargeSpec(ps, 0); err != nil {
		return Null, err
	}
	c := complexValueOf(m, self)
	r, err := num.FormatComplex(real(c), imag(c), ps)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewStr(r), nil
}

func complexGetReal(m *Machine, self Value) (Value, error) {
	return m.Float(real(complexValueOf(m, self))), nil
}

func complexGetImag(m *Machine, self Value) (Value, error) {
	return m.Float(imag(complexValueOf(m, self))), nil
}

// ---- complex() ----

var specComplexNew = &ArgSpec{Name: "complex", Kind: ArgsKeywords, Names: []string{"real", "imag"}, Min: 0, Max: 2}

// complexNew is complex_new_impl: complex(real=0, imag=0) or
// complex(string). A real or imag that is itself complex contributes
// along both axes (complex(1j, 1j) == -1+1j); others convert as float()
// does.
func complexNew(m *Machine, t *Type, args, kwnames []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specComplexNew, args, kwnames, a[:]); err != nil {
		return Null, err
	}
	r, i := a[0], a[1]
	if r == Null {
		r = SmallIntValue(0)
	}
	if i == Null && t == m.types.Complex && m.TypeOf(r) == m.types.Complex {
		return r, nil
	}
	if m.str(r) != nil {
		if i != Null {
			return Null, m.typeError("complex() can't take second arg if first is a string")
		}
		c, err := m.complexFromString(r)
		if err != nil {
			return Null, err
		}
		return m.newComplexOf(t, c), nil
	}
	if i != Null && m.str(i) != nil {
		return Null, m.typeError("complex() second arg can't be a string")
	}
	if tmp, err := m.complexSpecial(r); err != nil {
		return Null, err
	} else if tmp != Null {
		r = tmp
	}
	if !m.isComplexArg(r) {
		return Null, m.typeError("complex() first argument must be a string or a number, not '%s'", cTrunc(m.typeName(r), 200))
	}
	if i != Null && !m.isComplexArg(i) {
		return Null, m.typeError("complex() second argument must be a number, not '%s'", cTrunc(m.typeName(i), 200))
	}
	var crRe, crIm, ciRe, ciIm float64
	crIsComplex, ciIsComplex := false, false
	if c, ok := m.ComplexOf(r); ok {
		crRe, crIm, crIsComplex = real(c), imag(c), true
	} else {
		f, err := m.floatFromArg(r)
		if err != nil {
			return Null, err
		}
		crRe = f
	}
	switch c, ok := m.ComplexOf(i); {
	case i == Null:
		ciRe = crIm
	case ok:
		ciRe, ciIm, ciIsComplex = real(c), imag(c), true
	default:
		f, err := m.floatFromArg(i)
		if err != nil {
			return Null, err
		}
		ciRe = f
	}
	if ciIsComplex {
		crRe -= ciIm
	}
	if crIsComplex && i != Null {
		ciRe += crIm
	}
	return m.newComplexOf(t, complex(crRe, ciRe)), nil
}

// isComplexArg is complex()'s test of a numeric argument: a complex, or a
// type with __float__ or __index__.
func (m *Machine) isComplexArg(v Value) bool {
	if _, ok := m.ComplexOf(v); ok {
		return true
	}
	t := m.TypeOf(v)
	return t.Float != nil || t.Index != nil
}

// complexSpecial is try_complex_special_method: the result of
// type(v).__complex__(v), which must be a complex, or Null when the type
// has none.
//
// CPython 3.11 warns (DeprecationWarning) when the result is an
// instance of a strict subclass of complex, and makes it a complex.
func (m *Machine) complexSpecial(v Value) (Value, error) {
	f, err := m.lookupSpecial(v, "__complex__")
	if err != nil || f == Null {
		return Null, err
	}
	r, err := m.Call(f, nil, nil)
	if err != nil {
		return Null, err
	}
	c, ok := m.ComplexOf(r)
	if !ok {
		return Null, m.typeError("__complex__ returned non-complex (type %s)", cTrunc(m.typeName(r), 200))
	}
	if m.TypeOf(r) != m.types.Complex {
		if err := m.deprecated(fmt.Sprintf("__complex__ returned non-complex (type %s)"+strictSubclassTail, cTrunc(m.typeName(r), 200), "complex")); err != nil {
			return Null, err
		}
		return m.NewComplex(c), nil
	}
	return r, nil
}

// complexFromString is complex_subtype_from_string: the str is first
// made ASCII (Unicode digits and spaces), then underscores between
// digits are dropped, then parsed.
func (m *Machine) complexFromString(v Value) (complex128, error) {
	s := text.TransformDecimalAndSpace(m.str(v).S)
	// _Py_string_to_number_with_underscores, which looks for '_' only up
	// to a NUL, as strchr does.
	head, _, hasNul := strings.Cut(s, "\x00")
	if strings.IndexByte(head, '_') >= 0 {
		clean, ok := dropUnderscores(head)
		if !ok || hasNul {
			r, err := m.Repr(v)
			if err != nil {
				return 0, err
			}
			return 0, m.Raisef(m.types.ValueError, "could not convert string to complex: %s", m.str(r).S)
		}
		s = clean
	}
	c, ok := parseComplex(s)
	if !ok {
		return 0, m.Raisef(m.types.ValueError, "complex() arg is a malformed string")
	}
	return c, nil
}

// dropUnderscores removes the underscores of s, each of which must sit
// between two digits.
func dropUnderscores(s string) (string, bool) {
	var b strings.Builder
	prev := byte(0)
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c == '_' {
			if !isASCIIDigit(prev) {
				return "", false
			}
		} else {
			if prev == '_' && !isASCIIDigit(c) {
				return "", false
			}
			b.WriteByte(c)
		}
		prev = c
	}
	if prev == '_' {
		return "", false
	}
	return b.String(), true
}

func isASCIIDigit(c byte) bool { return c >= '0' && c <= '9' }

// isCSpace is Py_ISSPACE: ASCII whitespace only.
func isCSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

// parseComplex is complex_from_string_inner. Accepted: optional spaces
// and parentheses around <float>, <float>j, or <float><signed-float>j,
// where <float> is anything float() takes (inf and nan included), and
// the older forms <float><sign>j, <sign>j and j.
func parseComplex(s string) (complex128, bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	bracket := false
	if i < len(s) && s[i] == '(' {
		bracket = true
		i++
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	at := func(k int) byte {
		if k < len(s) {
			return s[k]
		}
		return 0
	}
	isJ := func(c byte) bool { return c == 'j' || c == 'J' }
	var x, y float64
	if z, end := strtodPrefix(s, i); end != i {
		i = end
		switch c := at(i); {
		case c == '+' || c == '-':
			// <float><signed-float>j or <float><sign>j
			x = z
			if v, end := strtodPrefix(s, i); end != i {
				y, i = v, end
			} else {
				y = 1
				if c == '-' {
					y = -1
				}
				i++
			}
			if !isJ(at(i)) {
				return 0, false
			}
			i++
		case isJ(c):
			y = z
			i++
		default:
			x = z
		}
	} else {
		// <sign>j or j
		switch at(i) {
		case '+':
			y = 1
			i++
		case '-':
			y = -1
			i++
		default:
			y = 1
		}
		if !isJ(at(i)) {
			return 0, false
		}
		i++
	}
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if bracket {
		if at(i) != ')' {
			return 0, false
		}
		i++
		for i < len(s) && isCSpace(s[i]) {
			i++
		}
	}
	if i != len(s) {
		return 0, false
	}
	return complex(x, y), true
}

// strtodPrefix is PyOS_string_to_double(s+i, &end, NULL): the longest
// decimal float at i ([sign] digits [. digits] [e [sign] digits], at
// least one digit), else [sign] inf, infinity or nan in any case. It
// returns end == i when there is none; out-of-range values are ±inf or
// ±0.
func strtodPrefix(s string, i int) (float64, int) {
	j := i
	if j < len(s) && (s[j] == '+' || s[j] == '-') {
		j++
	}
	digits := 0
	for j < len(s) && isASCIIDigit(s[j]) {
		j++
		digits++
	}
	if j < len(s) && s[j] == '.' {
		j++
		for j < len(s) && isASCIIDigit(s[j]) {
			j++
			digits++
		}
	}
	if digits > 0 {
		if j < len(s) && (s[j] == 'e' || s[j] == 'E') {
			k := j + 1
			if k < len(s) && (s[k] == '+' || s[k] == '-') {
				k++
			}
			if k < len(s) && isASCIIDigit(s[k]) {
				for k < len(s) && isASCIIDigit(s[k]) {
					k++
				}
				j = k
			}
		}
		// strconv rounds correctly, as dtoa does; its range error
		// comes with the ±inf or ±0 that PyOS_string_to_double gives
		// without an overflow exception.
		f, _ := strconv.ParseFloat(s[i:j], 64)
		return f, j
	}
	return parseInfOrNan(s, i)
}

// parseInfOrNan is _Py_parse_inf_or_nan: [sign] inf, infinity or nan,
// case-insensitively ("-nan" has the sign bit set).
func parseInfOrNan(s string, i int) (float64, int) {
	j := i
	neg := false
	if j < len(s) && (s[j] == '+' || s[j] == '-') {
		neg = s[j] == '-'
		j++
	}
	hasFold := func(k int, w string) bool {
		return len(s)-k >= len(w) && strings.EqualFold(s[k:k+len(w)], w)
	}
	var f float64
	switch {
	case hasFold(j, "inf"):
		j += 3
		if hasFold(j, "inity") {
			j += 5
		}
		f = math.Inf(1)
	case hasFold(j, "nan"):
		j += 3
		f = math.NaN()
	default:
		return 0, i
	}
	if neg {
		f = -f
	}
	return f, j
}

var complexSpec = typeSpec{name: "complex", basicSize: 32, flags: FlagBaseType,
	slots: Slots{
		Repr: complexRepr, Hash: complexHash, RichCompare: complexRichCompare,
		Number: [NbCount]BinaryFunc{
			NbAdd: complexAdd, NbSubtract: complexSub, NbMultiply: complexMul,
			NbTrueDivide: complexTrueDiv, NbPower: complexPow,
		},
		Pow3:     complexPow3,
		Negative: complexNeg, Positive: complexPos, Absolute: complexAbs, Bool: complexBool,
		GetAttr: genericGetAttr,
		New:     complexNew,
	},
	methods: []MethodDef{
		{Name: "conjugate", Fn: complexConjugate},
		{Name: "__complex__", Fn: complexComplexMethod},
		{Name: "__getnewargs__", Fn: complexGetnewargs},
		{Name: "__format__", Fn: complexFormat},
	},
	// CPython's real and imag are read-only members (T_DOUBLE); getsets
	// with the same "readonly attribute" error stand in for them.
	getsets: []GetSetDef{
		{Name: "real", Get: complexGetReal, Set: readonlyMember},
		{Name: "imag", Get: complexGetImag, Set: readonlyMember},
	},
	newInstance: func(m *Machine, t *Type) Object { return &Complex{} },
}
