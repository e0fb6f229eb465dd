package vm

import (
	"math"
	"math/big"
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
)

// The methods of float that numnew.go leaves out: hex and fromhex,
// __round__, __getnewargs__ and __getformat__ (CPython 3.11's
// Objects/floatobject.c).
// float has no __sizeof__ of its own: object.__sizeof__ gives its 24.

var (
	specFloatHex        = &ArgSpec{Name: "hex", Func: "float.hex", Kind: ArgsNone}
	specFloatFromhex    = &ArgSpec{Name: "fromhex", Func: "float.fromhex", Kind: ArgsO}
	specFloatRound      = &ArgSpec{Name: "__round__", Func: "float.__round__", Kind: ArgsPositional, Min: 0, Max: 1}
	specFloatGetnewargs = &ArgSpec{Name: "__getnewargs__", Func: "float.__getnewargs__", Kind: ArgsNone}
	specFloatGetformat  = &ArgSpec{Name: "__getformat__", Func: "float.__getformat__", Kind: ArgsO}
)

// floatMethodsMore are the methods this file adds to float's namespace,
// each placed after the name CPython 3.11's namespace has before it.
var floatMethodsMore = []MethodDef{
	{Name: "__round__", Fn: floatRound},
	{Name: "fromhex", Fn: floatFromhex, Kind: ClassMethod},
	{Name: "hex", Fn: floatHex},
	{Name: "__getnewargs__", Fn: floatGetnewargs},
	{Name: "__getformat__", Fn: floatGetformat, Kind: ClassMethod},
}

var floatMethodsAfter = []string{"__ceil__", "as_integer_ratio", "fromhex", "is_integer", "__getnewargs__"}

func init() {
	floatSpec.methods = append(floatSpec.methods, floatMethodsMore...)
	placeMethods(&floatSpec, floatMethodsMore, floatMethodsAfter)
}

// sizeOf is sys.getsizeof of a float object (an instance of a float
// subclass: exact floats are immediate): the basic size and the
// pre-header (GC head, managed dict).
func (f *Float) sizeOf() int { return f.typ.BasicSize + preHeaderSize(f.typ) }

// floatHex is float.hex(): "[-]0xh.hhhhhhhhhhhhhp±d" with 13 fraction
// digits, subnormals as 0x0.…p-1022; inf and nan as their repr.
func floatHex(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specFloatHex, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewStr(floatHexString(floatValueOf(m, self))), nil
}

// floatHexString is float_hex_impl.
func floatHexString(x float64) string {
	switch {
	case math.IsNaN(x) || math.IsInf(x, 0):
		return constant.Float(x).Repr()
	case x == 0:
		if math.Signbit(x) {
			return "-0x0.0p+0"
		}
		return "0x0.0p+0"
	}
	const hexDigits = "0123456789abcdef"
	mant, e := math.Frexp(math.Abs(x))
	// Normal numbers get a leading 1, subnormals a leading 0 and the
	// exponent of the smallest normal (DBL_MIN_EXP - 1).
	shift := 1 - max(-1021-e, 0)
	mant = math.Ldexp(mant, shift)
	e -= shift
	var b strings.Builder
	if x < 0 {
		b.WriteByte('-')
	}
	b.WriteString("0x")
	b.WriteByte(hexDigits[int(mant)])
	mant -= float64(int(mant))
	b.WriteByte('.')
	for i := 0; i < 13; i++ {
		mant *= 16
		b.WriteByte(hexDigits[int(mant)])
		mant -= float64(int(mant))
	}
	b.WriteByte('p')
	if e < 0 {
		b.WriteByte('-')
		e = -e
	} else {
		b.WriteByte('+')
	}
	b.WriteString(strconv.Itoa(e))
	return b.String()
}

// floatFromhex is the classmethod float.fromhex(string); a subclass gets
// cls(value).
func floatFromhex(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFloatFromhex, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.str(a[0])
	if s == nil {
		// PyUnicode_AsUTF8AndSize's complaint.
		return Null, m.typeError("bad argument type for built-in operation")
	}
	f, msg := parseHexFloat(s.S)
	switch msg {
	case "":
	case hexOverflow:
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "%s", msg)
	default:
		return Null, m.Raisef(m.types.ValueError, "%s", msg)
	}
	if t := m.typeObj(self); t != nil && t != m.types.Float {
		return m.Call(self, []Value{m.Float(f)}, nil)
	}
	return m.Float(f), nil
}

// float.fromhex's errors.
const (
	hexOverflow    = "hexadecimal value too large to represent as a float"
	hexInvalid     = "invalid hexadecimal floating-point string"
	hexTooLong     = "hexadecimal string too long to convert"
	hexMaxDigits   = 1152921504606846707 // min(DBL_MIN_EXP - DBL_MANT_DIG - LONG_MIN/2, LONG_MAX/2 + 1 - DBL_MAX_EXP) / 4
	longMaxHalf    = math.MaxInt64 / 2
	longMinHalf    = math.MinInt64 / 2
	dblMinExpLimit = -1021 - 53 // DBL_MIN_EXP - DBL_MANT_DIG
	dblMaxExp      = 1024
)

func hexDigitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// parseHexFloat is float_fromhex's parser: [sign] [0x] hexdigits [.
// hexdigits] [p [sign] decimal digits], or inf/infinity/nan, with ASCII
// whitespace around. The value is rounded half to even, subnormals
// included. msg is the error's message (hexOverflow is an OverflowError,
// the others ValueErrors). As in CPython, overflow is reported before
// anything after the number is looked at.
func parseHexFloat(s string) (x float64, msg string) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if f, end := parseInfOrNan(s, i); end != i {
		return hexFinish(s, end, f)
	}
	negate := false
	if i < len(s) && (s[i] == '-' || s[i] == '+') {
		negate = s[i] == '-'
		i++
	}
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
	}
	intStart := i
	for i < len(s) && hexDigitValue(s[i]) >= 0 {
		i++
	}
	intDigits := s[intStart:i]
	fracDigits := ""
	if i < len(s) && s[i] == '.' {
		i++
		fracStart := i
		for i < len(s) && hexDigitValue(s[i]) >= 0 {
			i++
		}
		fracDigits = s[fracStart:i]
	}
	ndigits := int64(len(intDigits) + len(fracDigits))
	if ndigits == 0 {
		return 0, hexInvalid
	}
	if ndigits > hexMaxDigits {
		return 0, hexTooLong
	}
	exp := int64(0)
	if i < len(s) && (s[i] == 'p' || s[i] == 'P') {
		i++
		expStart := i
		if i < len(s) && (s[i] == '-' || s[i] == '+') {
			i++
		}
		if i >= len(s) || !isASCIIDigit(s[i]) {
			return 0, hexInvalid
		}
		for i < len(s) && isASCIIDigit(s[i]) {
			i++
		}
		exp = strtol(s[expStart:i])
	}
	digits := strings.TrimLeft(intDigits+fracDigits, "0")
	if digits == "" || exp < longMinHalf {
		return hexFinish(s, i, signed(0, negate))
	}
	if exp > longMaxHalf {
		return 0, hexOverflow
	}
	exp -= 4 * int64(len(fracDigits))
	// topExp is one more than the exponent of the most significant bit.
	topExp := exp + 4*int64(len(digits)-1)
	for d := hexDigitValue(digits[0]); d != 0; d /= 2 {
		topExp++
	}
	if topExp < dblMinExpLimit {
		return hexFinish(s, i, signed(0, negate))
	}
	if topExp > dblMaxExp {
		return 0, hexOverflow
	}
	mant, ok := new(big.Int).SetString(digits, 16)
	if !ok {
		return 0, hexInvalid
	}
	// The exact value mant·2**exp, rounded once to the nearest double
	// (ties to even, gradual underflow), as CPython's digit-by-digit
	// rounding gives.
	prec := uint(max(mant.BitLen(), 64))
	f := new(big.Float).SetPrec(prec).SetInt(mant)
	f.SetMantExp(f, int(exp))
	r, _ := f.Float64()
	if math.IsInf(r, 0) {
		return 0, hexOverflow
	}
	return hexFinish(s, i, signed(r, negate))
}

func signed(f float64, negate bool) float64 {
	if negate {
		return -f
	}
	return f
}

// hexFinish accepts only trailing whitespace after the number.
func hexFinish(s string, i int, f float64) (float64, string) {
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if i != len(s) {
		return 0, hexInvalid
	}
	return f, ""
}

// strtol is C's strtol(s, NULL, 10) for "[sign]digits": saturating at
// the int64 range.
func strtol(s string) int64 {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	var v uint64 // saturates at 2**63
	for i := 0; i < len(s); i++ {
		if v > 1e18 {
			v = 1 << 63
			continue
		}
		v = v*10 + uint64(s[i]-'0')
	}
	switch {
	case neg && v >= 1<<63:
		return math.MinInt64
	case neg:
		return -int64(v)
	case v > math.MaxInt64:
		return math.MaxInt64
	}
	return int64(v)
}

// floatRound is float.__round__(ndigits=None): the nearest int (ties to
// even) without ndigits or with None, else a float rounded to ndigits
// decimal places.
func floatRound(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFloatRound, args, kw, a[:]); err != nil {
		return Null, err
	}
	r, _, err := m.roundNumber(m.Float(floatValueOf(m, self)), a[0])
	return r, err
}

func floatGetnewargs(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specFloatGetnewargs, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.Float(floatValueOf(m, self))}), nil
}

// floatGetformat is the classmethod float.__getformat__(typestr): the
// format of C doubles and floats, IEEE little-endian on every platform
// quicken runs on.
func floatGetformat(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specFloatGetformat, args, kw, a[:]); err != nil {
		return Null, err
	}
	s := m.str(a[0])
	if s == nil {
		return Null, m.typeError("__getformat__() argument must be str, not %s", m.badArgumentName(a[0]))
	}
	if s.S != "double" && s.S != "float" {
		return Null, m.Raisef(m.types.ValueError, "__getformat__() argument 1 must be 'double' or 'float'")
	}
	return m.NewStr("IEEE, little-endian"), nil
}
