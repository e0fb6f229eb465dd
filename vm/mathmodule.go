package vm

import (
	"math"
	"math/big"
)

// The math module, as CPython 3.11's Modules/mathmodule.c: the same
// argument conversions (PyFloat_AsDouble: floats, ints converted exactly,
// __float__, __index__), the same wrappers turning NaN and infinite
// results into "math domain error" and "math range error", and ports of
// the functions CPython computes itself (fsum, hypot/dist's vector_norm,
// gamma and lgamma, remainder, the integer functions). The functions it
// takes from the C library are the libm* variables below.

// The C library functions CPython's math module calls.
// TODO(num): vm/num's correctly rounded versions, when they land, match
// glibc where Go's math package differs in the last bit.
var (
	libmAcos  = math.Acos
	libmAcosh = math.Acosh
	libmAsin  = math.Asin
	libmAsinh = math.Asinh
	libmAtan  = math.Atan
	libmAtan2 = math.Atan2
	libmAtanh = math.Atanh
	libmCbrt  = math.Cbrt
	libmCos   = math.Cos
	libmCosh  = math.Cosh
	libmErf   = math.Erf
	libmErfc  = math.Erfc
	libmExp   = math.Exp
	libmExp2  = math.Exp2
	libmExpm1 = math.Expm1
	libmLog   = math.Log
	libmLog1p = math.Log1p
	libmLog10 = math.Log10
	libmLog2  = math.Log2
	libmPow   = math.Pow
	libmSin   = math.Sin
	libmSinh  = math.Sinh
	libmTan   = math.Tan
	libmTanh  = math.Tanh
)

// mathFuncs are the math module's functions in CPython 3.11's order
// (set in init: the functions reach the import machinery, which makes the
// module from this table).
var mathFuncs []MethodDef

func init() { mathFuncs = mathFuncTable() }

func mathFuncTable() []MethodDef {
	return []MethodDef{
		{Name: "acos", Fn: mathFunc1("acos", func(x float64) float64 { return libmAcos(x) }, false)},
		{Name: "acosh", Fn: mathFunc1("acosh", func(x float64) float64 { return libmAcosh(x) }, false)},
		{Name: "asin", Fn: mathFunc1("asin", func(x float64) float64 { return libmAsin(x) }, false)},
		{Name: "asinh", Fn: mathFunc1("asinh", func(x float64) float64 { return libmAsinh(x) }, false)},
		{Name: "atan", Fn: mathFunc1("atan", func(x float64) float64 { return libmAtan(x) }, false)},
		{Name: "atan2", Fn: mathFunc2("atan2", mAtan2)},
		{Name: "atanh", Fn: mathFunc1("atanh", func(x float64) float64 { return libmAtanh(x) }, false)},
		{Name: "cbrt", Fn: mathFunc1("cbrt", func(x float64) float64 { return libmCbrt(x) }, false)},
		{Name: "ceil", Fn: mathCeil},
		{Name: "copysign", Fn: mathFunc2("copysign", math.Copysign)},
		{Name: "cos", Fn: mathFunc1("cos", func(x float64) float64 { return libmCos(x) }, false)},
		{Name: "cosh", Fn: mathFunc1("cosh", func(x float64) float64 { return libmCosh(x) }, true)},
		{Name: "degrees", Fn: mathDegrees},
		{Name: "dist", Fn: mathDist},
		{Name: "erf", Fn: mathFunc1a("erf", func(x float64) (float64, int) { return libmErf(x), 0 })},
		{Name: "erfc", Fn: mathFunc1a("erfc", func(x float64) (float64, int) { return libmErfc(x), 0 })},
		{Name: "exp", Fn: mathFunc1("exp", func(x float64) float64 { return libmExp(x) }, true)},
		{Name: "exp2", Fn: mathFunc1("exp2", func(x float64) float64 { return libmExp2(x) }, true)},
		{Name: "expm1", Fn: mathFunc1("expm1", func(x float64) float64 { return libmExpm1(x) }, true)},
		{Name: "fabs", Fn: mathFunc1("fabs", math.Abs, false)},
		{Name: "factorial", Fn: mathFactorial},
		{Name: "floor", Fn: mathFloor},
		{Name: "fmod", Fn: mathFmod},
		{Name: "frexp", Fn: mathFrexp},
		{Name: "fsum", Fn: mathFsum},
		{Name: "gamma", Fn: mathFunc1a("gamma", mTgamma)},
		{Name: "gcd", Fn: mathGcd},
		{Name: "hypot", Fn: mathHypot},
		{Name: "isclose", Fn: mathIsclose},
		{Name: "isfinite", Fn: mathIsfinite},
		{Name: "isinf", Fn: mathIsinf},
		{Name: "isnan", Fn: mathIsnan},
		{Name: "isqrt", Fn: mathIsqrt},
		{Name: "lcm", Fn: mathLcm},
		{Name: "ldexp", Fn: mathLdexp},
		{Name: "lgamma", Fn: mathFunc1a("lgamma", mLgamma)},
		{Name: "log", Fn: mathLog},
		{Name: "log1p", Fn: mathFunc1("log1p", mLog1p, false)},
		{Name: "log10", Fn: mathLog10},
		{Name: "log2", Fn: mathLog2},
		{Name: "modf", Fn: mathModf},
		{Name: "pow", Fn: mathPow},
		{Name: "radians", Fn: mathRadians},
		{Name: "remainder", Fn: mathFunc2("remainder", mRemainder)},
		{Name: "sin", Fn: mathFunc1("sin", func(x float64) float64 { return libmSin(x) }, false)},
		{Name: "sinh", Fn: mathFunc1("sinh", func(x float64) float64 { return libmSinh(x) }, true)},
		{Name: "sqrt", Fn: mathFunc1("sqrt", math.Sqrt, false)},
		{Name: "tan", Fn: mathFunc1("tan", func(x float64) float64 { return libmTan(x) }, false)},
		{Name: "tanh", Fn: mathFunc1("tanh", func(x float64) float64 { return libmTanh(x) }, false)},
		{Name: "trunc", Fn: mathTrunc},
		{Name: "prod", Fn: mathProd},
		{Name: "perm", Fn: mathPerm},
		{Name: "comb", Fn: mathComb},
		{Name: "nextafter", Fn: mathNextafter},
		{Name: "ulp", Fn: mathUlp},
	}
}

// newMathModule makes the math module (on its first import).
func (m *Machine) newMathModule() Value {
	mod := m.NewModule("math")
	d := mod.Dict
	m.dictSetStr(d, "__doc__", None)
	m.dictSetStr(d, "__package__", m.emptyStr)
	m.dictSetStr(d, "__loader__", None)
	m.dictSetStr(d, "__spec__", None)
	name := m.Intern("math")
	for i := range mathFuncs {
		def := &mathFuncs[i]
		m.dictSetStr(d, def.Name, m.NewBuiltinFunction(def, mod.self, name))
	}
	m.dictSetStr(d, "pi", FloatValue(math.Pi))
	m.dictSetStr(d, "e", FloatValue(math.E))
	m.dictSetStr(d, "tau", FloatValue(2*math.Pi))
	m.dictSetStr(d, "inf", FloatValue(math.Inf(1)))
	m.dictSetStr(d, "nan", FloatValue(math.NaN()))
	return mod.self
}

// initMath is a hook for startup: the math module is made on its first
// import, as CPython loads it.
func (m *Machine) initMath() {}

// The errno values of CPython's wrappers.
const (
	errnoNone = iota
	errnoDom  // EDOM: "math domain error"
	errnoRange
)

func (m *Machine) mathDomainError() error {
	return m.Raisef(m.types.ValueError, "math domain error")
}

func (m *Machine) mathRangeError() error {
	return m.Raisef(m.types.exceptions["OverflowError"], "math range error")
}

// isError is CPython's is_error: EDOM is ValueError, ERANGE an
// OverflowError unless the result is small (an underflow); nil means no
// error after all.
func (m *Machine) isError(r float64, errno int) error {
	switch errno {
	case errnoDom:
		return m.mathDomainError()
	case errnoRange:
		if math.Abs(r) < 1.5 {
			return nil
		}
		return m.mathRangeError()
	}
	return nil
}

// AsDouble is PyFloat_AsDouble: a float (or float subclass instance),
// else the type's nb_float (an int converts exactly, OverflowError if too
// large; a class's __float__ must return a float), else its __index__.
func (m *Machine) AsDouble(v Value) (float64, error) {
	if f, ok := m.FloatOf(v); ok {
		return f, nil
	}
	if v.IsSmallInt() {
		return float64(v.SmallInt()), nil
	}
	t := m.TypeOf(v)
	if t.Float != nil {
		r, err := t.Float(m, v)
		if err != nil {
			return 0, err
		}
		f, ok := m.FloatOf(r)
		if !ok {
			return 0, m.typeError("%s.__float__ returned non-float (type %s)", t.Name, m.typeName(r))
		}
		return f, nil
	}
	if m.isInt(v) {
		return m.intToFloat(v)
	}
	if t.Index != nil {
		i, err := m.NumberIndex(v)
		if err != nil {
			return 0, err
		}
		return m.intToFloat(i)
	}
	return 0, m.typeError("must be real number, not %s", t.Name)
}

// mathFunc1 is FUNC1 over math_1: a METH_O function of a float whose NaN
// result from a non-NaN argument is a domain error and whose infinite
// result from a finite one is a range error (canOverflow) or a domain
// error (a singularity).
func mathFunc1(name string, f func(float64) float64, canOverflow bool) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsO}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
			return Null, err
		}
		x, err := m.AsDouble(a[0])
		if err != nil {
			return Null, err
		}
		return m.math1(x, f, canOverflow)
	}
}

func (m *Machine) math1(x float64, f func(float64) float64, canOverflow bool) (Value, error) {
	r := f(x)
	if math.IsNaN(r) && !math.IsNaN(x) {
		return Null, m.mathDomainError()
	}
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsNaN(x) {
		if canOverflow {
			return Null, m.mathRangeError()
		}
		return Null, m.mathDomainError()
	}
	return FloatValue(r), nil
}

// mathFunc1a is FUNC1A over math_1a: the function reports its own
// errors, as C's errno.
func mathFunc1a(name string, f func(float64) (float64, int)) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsO}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
			return Null, err
		}
		x, err := m.AsDouble(a[0])
		if err != nil {
			return Null, err
		}
		r, errno := f(x)
		if err := m.isError(r, errno); err != nil {
			return Null, err
		}
		return FloatValue(r), nil
	}
}

// mathFunc2 is FUNC2 over math_2: two floats, a NaN result from non-NaN
// arguments a domain error, an infinite one from finite arguments a
// range error.
func mathFunc2(name string, f func(x, y float64) float64) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsPositional, Min: 2, Max: 2}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		x, y, err := m.twoDoubles(spec, args, kw)
		if err != nil {
			return Null, err
		}
		r := f(x, y)
		errno := errnoNone
		if math.IsNaN(r) {
			if !math.IsNaN(x) && !math.IsNaN(y) {
				errno = errnoDom
			}
		} else if math.IsInf(r, 0) && isFinite(x) && isFinite(y) {
			errno = errnoRange
		}
		if err := m.isError(r, errno); err != nil {
			return Null, err
		}
		return FloatValue(r), nil
	}
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// twoDoubles parses two positional float arguments.
func (m *Machine) twoDoubles(spec *ArgSpec, args, kw []Value) (float64, float64, error) {
	var a [2]Value
	if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
		return 0, 0, err
	}
	x, err := m.AsDouble(a[0])
	if err != nil {
		return 0, 0, err
	}
	y, err := m.AsDouble(a[1])
	if err != nil {
		return 0, 0, err
	}
	return x, y, nil
}

// oneDouble parses the one float argument of a clinic "x: double"
// function.
func (m *Machine) oneDouble(spec *ArgSpec, args, kw []Value) (float64, error) {
	var a [1]Value
	if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
		return 0, err
	}
	return m.AsDouble(a[0])
}

// mAtan2 is m_atan2: the special cases decided before libm's atan2.
func mAtan2(y, x float64) float64 {
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	if math.IsInf(y, 0) {
		if math.IsInf(x, 0) {
			if math.Copysign(1, x) == 1 {
				return math.Copysign(0.25*math.Pi, y)
			}
			return math.Copysign(0.75*math.Pi, y)
		}
		return math.Copysign(0.5*math.Pi, y)
	}
	if math.IsInf(x, 0) || y == 0 {
		if math.Copysign(1, x) == 1 {
			return math.Copysign(0, y)
		}
		return math.Copysign(math.Pi, y)
	}
	return libmAtan2(y, x)
}

// mRemainder is m_remainder: IEEE 754 remainder, exact.
func mRemainder(x, y float64) float64 {
	if isFinite(x) && isFinite(y) {
		if y == 0 {
			return math.NaN()
		}
		absx, absy := math.Abs(x), math.Abs(y)
		mod := math.Mod(absx, absy)
		c := absy - mod
		var r float64
		switch {
		case mod < c:
			r = mod
		case mod > c:
			r = -c
		default:
			r = mod - 2.0*math.Mod(0.5*(absx-mod), absy)
		}
		return math.Copysign(1, x) * r
	}
	if math.IsNaN(x) {
		return x
	}
	if math.IsNaN(y) {
		return y
	}
	if math.IsInf(x, 0) {
		return math.NaN()
	}
	return x
}

// mLog1p is _Py_log1p: log1p keeping the sign of a zero argument.
func mLog1p(x float64) float64 {
	if x == 0 {
		return x
	}
	return libmLog1p(x)
}

// mLog, mLog2 and mLog10 are m_log, m_log2 and m_log10: the special
// values decided before libm.
func mLogWith(f func(float64) float64) func(float64) (float64, int) {
	return func(x float64) (float64, int) {
		if isFinite(x) {
			if x > 0 {
				return f(x), errnoNone
			}
			if x == 0 {
				return math.Inf(-1), errnoDom
			}
			return math.NaN(), errnoDom
		}
		if math.IsNaN(x) || x > 0 {
			return x, errnoNone
		}
		return math.NaN(), errnoDom
	}
}

// loghelper computes log, log2 or log10 of an int itself (any size), of
// anything else through the float wrapper.
func (m *Machine) loghelper(v Value, f func(float64) float64) (float64, error) {
	logf := mLogWith(f)
	if m.isInt(v) {
		b, _ := m.BigInt(v)
		if b.Sign() <= 0 {
			return 0, m.mathDomainError()
		}
		x, err := m.intToFloat(v)
		if err == nil {
			r, _ := logf(x)
			return r, nil
		}
		if !m.isRaise(err, m.types.exceptions["OverflowError"]) {
			return 0, err
		}
		// Too large for a float: log(x * 2**e) = log(x) + log(2) * e,
		// x the mantissa rounded to a float (_PyLong_Frexp).
		mant := new(big.Float)
		e := new(big.Float).SetInt(b).MantExp(mant)
		x, _ = mant.Float64()
		r1, _ := logf(x)
		r2, _ := logf(2.0)
		return r1 + float64(r2*float64(e)), nil
	}
	x, err := m.AsDouble(v)
	if err != nil {
		return 0, err
	}
	// math_1 with can_overflow 0.
	r, errno := logf(x)
	if math.IsNaN(r) && !math.IsNaN(x) || math.IsInf(r, 0) && isFinite(x) {
		return 0, m.mathDomainError()
	}
	if isFinite(r) {
		if err := m.isError(r, errno); err != nil {
			return 0, err
		}
	}
	return r, nil
}

var (
	specMathLog10 = &ArgSpec{Name: "log10", Func: "math.log10", Kind: ArgsO}
	specMathLog2  = &ArgSpec{Name: "log2", Func: "math.log2", Kind: ArgsO}
)

// mathLog is math.log(x[, base]) (an optional group: its own count
// message, and METH_VARARGS's keyword refusal naming "log()").
func mathLog(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if len(kw) > 0 {
		return Null, m.typeError("log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Null, m.typeError("math.log requires 1 to 2 arguments")
	}
	num, err := m.loghelper(args[0], libmLog)
	if err != nil {
		return Null, err
	}
	if len(args) == 1 {
		return FloatValue(num), nil
	}
	den, err := m.loghelper(args[1], libmLog)
	if err != nil {
		return Null, err
	}
	return m.BinaryOp(FloatValue(num), FloatValue(den), NbTrueDivide)
}

func mathLog10(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathLog10, args, kw, a[:]); err != nil {
		return Null, err
	}
	r, err := m.loghelper(a[0], libmLog10)
	if err != nil {
		return Null, err
	}
	return FloatValue(r), nil
}

func mathLog2(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathLog2, args, kw, a[:]); err != nil {
		return Null, err
	}
	r, err := m.loghelper(a[0], libmLog2)
	if err != nil {
		return Null, err
	}
	return FloatValue(r), nil
}

var (
	specMathCeil      = &ArgSpec{Name: "ceil", Func: "math.ceil", Kind: ArgsO}
	specMathFloor     = &ArgSpec{Name: "floor", Func: "math.floor", Kind: ArgsO}
	specMathTrunc     = &ArgSpec{Name: "trunc", Func: "math.trunc", Kind: ArgsO}
	specMathDegrees   = &ArgSpec{Name: "degrees", Func: "math.degrees", Kind: ArgsO}
	specMathRadians   = &ArgSpec{Name: "radians", Func: "math.radians", Kind: ArgsO}
	specMathIsfinite  = &ArgSpec{Name: "isfinite", Func: "math.isfinite", Kind: ArgsO}
	specMathIsinf     = &ArgSpec{Name: "isinf", Func: "math.isinf", Kind: ArgsO}
	specMathIsnan     = &ArgSpec{Name: "isnan", Func: "math.isnan", Kind: ArgsO}
	specMathFrexp     = &ArgSpec{Name: "frexp", Func: "math.frexp", Kind: ArgsO}
	specMathModf      = &ArgSpec{Name: "modf", Func: "math.modf", Kind: ArgsO}
	specMathUlp       = &ArgSpec{Name: "ulp", Func: "math.ulp", Kind: ArgsO}
	specMathFsum      = &ArgSpec{Name: "fsum", Func: "math.fsum", Kind: ArgsO}
	specMathIsqrt     = &ArgSpec{Name: "isqrt", Func: "math.isqrt", Kind: ArgsO}
	specMathFactorial = &ArgSpec{Name: "factorial", Func: "math.factorial", Kind: ArgsO}
	specMathFmod      = &ArgSpec{Name: "fmod", Func: "math.fmod", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathLdexp     = &ArgSpec{Name: "ldexp", Func: "math.ldexp", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathPow       = &ArgSpec{Name: "pow", Func: "math.pow", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathNextafter = &ArgSpec{Name: "nextafter", Func: "math.nextafter", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathDist      = &ArgSpec{Name: "dist", Func: "math.dist", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathComb      = &ArgSpec{Name: "comb", Func: "math.comb", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathPerm      = &ArgSpec{Name: "perm", Func: "math.perm", Kind: ArgsPositional, Min: 1, Max: 2}
	specMathIsclose   = &ArgSpec{Name: "isclose", Kind: ArgsKeywords, Names: []string{"a", "b", "rel_tol", "abs_tol"}, Min: 2, Max: 2}
	specMathProd      = &ArgSpec{Name: "prod", Kind: ArgsKeywords, Names: []string{"", "start"}, PosOnly: 1, Min: 1, Max: 1}
)

// integralOf is math.ceil and math.floor: the type's __ceil__/__floor__
// unless the argument is a float, else the float's ceil/floor as an int.
func (m *Machine) integralOf(v Value, name string, f func(float64) float64) (Value, error) {
	if !v.IsFloat() {
		r, found, err := m.specialCall(v, name)
		if found || err != nil {
			return r, err
		}
		if m.isInt(v) {
			// int.__floor__ and int.__ceil__ return the int itself.
			return m.intExact(v), nil
		}
	}
	x, err := m.AsDouble(v)
	if err != nil {
		return Null, err
	}
	return m.floatToIntValue(f(x))
}

// floatToIntValue is PyLong_FromDouble with its errors.
func (m *Machine) floatToIntValue(x float64) (Value, error) {
	if math.IsInf(x, 0) {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "cannot convert float infinity to integer")
	}
	if math.IsNaN(x) {
		return Null, m.Raisef(m.types.ValueError, "cannot convert float NaN to integer")
	}
	if x >= -(1<<62) && x <= 1<<62 {
		return m.NewInt(int64(x)), nil
	}
	b, _ := new(big.Float).SetFloat64(x).Int(nil)
	return m.NewBigInt(b), nil
}

func mathCeil(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathCeil, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.integralOf(a[0], "__ceil__", math.Ceil)
}

func mathFloor(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathFloor, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.integralOf(a[0], "__floor__", math.Floor)
}

func mathTrunc(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathTrunc, args, kw, a[:]); err != nil {
		return Null, err
	}
	v := a[0]
	if v.IsFloat() {
		return m.floatToIntValue(math.Trunc(v.FloatVal()))
	}
	r, found, err := m.specialCall(v, "__trunc__")
	if found || err != nil {
		return r, err
	}
	// int.__trunc__ and float.__trunc__, while their namespaces lack them.
	if m.isInt(v) {
		return m.intExact(v), nil
	}
	if f, ok := m.FloatOf(v); ok {
		return m.floatToIntValue(math.Trunc(f))
	}
	return Null, m.typeError("type %s doesn't define __trunc__ method", m.typeName(v))
}

func mathDegrees(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathDegrees, args, kw)
	if err != nil {
		return Null, err
	}
	return FloatValue(x * (180.0 / math.Pi)), nil
}

func mathRadians(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathRadians, args, kw)
	if err != nil {
		return Null, err
	}
	return FloatValue(x * (math.Pi / 180.0)), nil
}

func mathIsfinite(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathIsfinite, args, kw)
	if err != nil {
		return Null, err
	}
	return Bool(isFinite(x)), nil
}

func mathIsinf(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathIsinf, args, kw)
	if err != nil {
		return Null, err
	}
	return Bool(math.IsInf(x, 0)), nil
}

func mathIsnan(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathIsnan, args, kw)
	if err != nil {
		return Null, err
	}
	return Bool(math.IsNaN(x)), nil
}

func mathFrexp(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathFrexp, args, kw)
	if err != nil {
		return Null, err
	}
	e := 0
	if isFinite(x) && x != 0 {
		x, e = math.Frexp(x)
	}
	return m.NewTuple([]Value{FloatValue(x), m.NewInt(int64(e))}), nil
}

func mathModf(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathModf, args, kw)
	if err != nil {
		return Null, err
	}
	if math.IsInf(x, 0) {
		return m.NewTuple([]Value{FloatValue(math.Copysign(0, x)), FloatValue(x)}), nil
	}
	if math.IsNaN(x) {
		return m.NewTuple([]Value{FloatValue(x), FloatValue(x)}), nil
	}
	ip, frac := math.Modf(x)
	return m.NewTuple([]Value{FloatValue(frac), FloatValue(ip)}), nil
}

func mathUlp(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathUlp, args, kw)
	if err != nil {
		return Null, err
	}
	if math.IsNaN(x) {
		return FloatValue(x), nil
	}
	x = math.Abs(x)
	if math.IsInf(x, 0) {
		return FloatValue(x), nil
	}
	x2 := math.Nextafter(x, math.Inf(1))
	if math.IsInf(x2, 0) {
		return FloatValue(x - math.Nextafter(x, math.Inf(-1))), nil
	}
	return FloatValue(x2 - x), nil
}

func mathNextafter(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, y, err := m.twoDoubles(specMathNextafter, args, kw)
	if err != nil {
		return Null, err
	}
	return FloatValue(math.Nextafter(x, y)), nil
}

func mathFmod(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, y, err := m.twoDoubles(specMathFmod, args, kw)
	if err != nil {
		return Null, err
	}
	if math.IsInf(y, 0) && isFinite(x) {
		return FloatValue(x), nil
	}
	r := math.Mod(x, y)
	if math.IsNaN(r) && !math.IsNaN(x) && !math.IsNaN(y) {
		return Null, m.mathDomainError()
	}
	return FloatValue(r), nil
}

// mathPow is math_pow_impl: IEEE special values decided first, then
// libm's pow with its NaN and infinity results sorted into domain and
// range errors.
func mathPow(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, y, err := m.twoDoubles(specMathPow, args, kw)
	if err != nil {
		return Null, err
	}
	var r float64
	errno := errnoNone
	if !isFinite(x) || !isFinite(y) {
		switch {
		case math.IsNaN(x):
			r = x
			if y == 0 {
				r = 1
			}
		case math.IsNaN(y):
			r = y
			if x == 1 {
				r = 1
			}
		case math.IsInf(x, 0):
			oddY := isFinite(y) && math.Mod(math.Abs(y), 2.0) == 1.0
			switch {
			case y > 0:
				r = math.Abs(x)
				if oddY {
					r = x
				}
			case y == 0:
				r = 1
			default:
				r = 0
				if oddY {
					r = math.Copysign(0, x)
				}
			}
		default: // y infinite
			switch {
			case math.Abs(x) == 1:
				r = 1
			case y > 0 && math.Abs(x) > 1:
				r = y
			case y < 0 && math.Abs(x) < 1:
				r = -y
			default:
				r = 0
			}
		}
	} else {
		r = libmPow(x, y)
		if math.IsNaN(r) {
			errno = errnoDom
		} else if math.IsInf(r, 0) {
			if x == 0 {
				errno = errnoDom
			} else {
				errno = errnoRange
			}
		}
	}
	if err := m.isError(r, errno); err != nil {
		return Null, err
	}
	return FloatValue(r), nil
}

func mathLdexp(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specMathLdexp, args, kw, a[:]); err != nil {
		return Null, err
	}
	x, err := m.AsDouble(a[0])
	if err != nil {
		return Null, err
	}
	if !m.isInt(a[1]) {
		return Null, m.typeError("Expected an int as second argument to ldexp.")
	}
	exp, ok := m.Int64(a[1])
	if !ok {
		if b, _ := m.BigInt(a[1]); b.Sign() < 0 {
			exp = math.MinInt64
		} else {
			exp = math.MaxInt64
		}
	}
	var r float64
	errno := errnoNone
	switch {
	case x == 0 || !isFinite(x):
		r = x
	case exp > math.MaxInt32:
		r, errno = math.Copysign(math.Inf(1), x), errnoRange
	case exp < math.MinInt32:
		r = math.Copysign(0, x)
	default:
		r = math.Ldexp(x, int(exp))
		if math.IsInf(r, 0) {
			errno = errnoRange
		}
	}
	if err := m.isError(r, errno); err != nil {
		return Null, err
	}
	return FloatValue(r), nil
}

func mathIsclose(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [4]Value
	if err := m.ParseArgs(specMathIsclose, args, kw, a[:]); err != nil {
		return Null, err
	}
	vals := [4]float64{0, 0, 1e-09, 0.0}
	for i, v := range a {
		if v == Null {
			continue
		}
		f, err := m.AsDouble(v)
		if err != nil {
			return Null, err
		}
		vals[i] = f
	}
	x, y, relTol, absTol := vals[0], vals[1], vals[2], vals[3]
	if relTol < 0 || absTol < 0 {
		return Null, m.Raisef(m.types.ValueError, "tolerances must be non-negative")
	}
	if x == y {
		return True, nil
	}
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return False, nil
	}
	diff := math.Abs(y - x)
	return Bool(diff <= math.Abs(float64(relTol*y)) || diff <= math.Abs(float64(relTol*x)) || diff <= absTol), nil
}

// mathFsum is math_fsum: Shewchuk's exact partial sums, correctly
// rounded at the end, with CPython's handling of infinities, NaNs and
// intermediate overflow.
func mathFsum(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathFsum, args, kw, a[:]); err != nil {
		return Null, err
	}
	it, err := m.GetIter(a[0])
	if err != nil {
		return Null, err
	}
	var p []float64
	specialSum, infSum := 0.0, 0.0
	for {
		item, err := m.nextItem(it)
		if err != nil {
			return Null, err
		}
		if item == Null {
			break
		}
		x, err := m.AsDouble(item)
		if err != nil {
			return Null, err
		}
		xsave := x
		i := 0
		for _, y := range p {
			if math.Abs(x) < math.Abs(y) {
				x, y = y, x
			}
			hi := x + y
			yr := hi - x
			lo := y - yr
			if lo != 0 {
				p[i] = lo
				i++
			}
			x = hi
		}
		p = p[:i]
		if x != 0 {
			if !isFinite(x) {
				if isFinite(xsave) {
					return Null, m.Raisef(m.types.exceptions["OverflowError"], "intermediate overflow in fsum")
				}
				if math.IsInf(xsave, 0) {
					infSum += xsave
				}
				specialSum += xsave
				p = p[:0]
			} else {
				p = append(p, x)
			}
		}
	}
	if specialSum != 0 {
		if math.IsNaN(infSum) {
			return Null, m.Raisef(m.types.ValueError, "-inf + inf in fsum")
		}
		return FloatValue(specialSum), nil
	}
	hi := 0.0
	n := len(p)
	if n > 0 {
		n--
		hi = p[n]
		lo := 0.0
		for n > 0 {
			x := hi
			n--
			y := p[n]
			hi = x + y
			yr := hi - x
			lo = y - yr
			if lo != 0 {
				break
			}
		}
		if n > 0 && (lo < 0 && p[n-1] < 0 || lo > 0 && p[n-1] > 0) {
			y := lo * 2
			x := hi + y
			yr := x - hi
			if y == yr {
				hi = x
			}
		}
	}
	return FloatValue(hi), nil
}

// vectorNorm is CPython 3.11's vector_norm (hypot and dist): scaling by
// a power of two, Veltkamp-Dekker squaring, compensated summation and a
// differential correction of the square root. The products are rounded
// explicitly (float64(...)) so that no fused multiply-add changes them.
func vectorNorm(vec []float64, max float64, foundNaN bool) float64 {
	const t27 = 134217729.0
	if math.IsInf(max, 0) {
		return max
	}
	if foundNaN {
		return math.NaN()
	}
	if max == 0 || len(vec) <= 1 {
		return max
	}
	csum, frac1, frac2, frac3 := 1.0, 0.0, 0.0, 0.0
	_, maxE := math.Frexp(max)
	if maxE >= -1023 {
		scale := math.Ldexp(1.0, -maxE)
		for _, x := range vec {
			x = float64(x * scale)
			t := float64(x * t27)
			hi := t - (t - x)
			lo := x - hi
			x = float64(hi * hi)
			old := csum
			csum += x
			frac1 += (old - csum) + x
			x = float64(float64(2.0*hi) * lo)
			old = csum
			csum += x
			frac2 += (old - csum) + x
			frac3 += float64(lo * lo)
		}
		h := math.Sqrt(csum - 1.0 + (frac1 + frac2 + frac3))
		x := h
		t := float64(x * t27)
		hi := t - (t - x)
		lo := x - hi
		x = float64(-hi * hi)
		old := csum
		csum += x
		frac1 += (old - csum) + x
		x = float64(float64(-2.0*hi) * lo)
		old = csum
		csum += x
		frac2 += (old - csum) + x
		x = float64(-lo * lo)
		old = csum
		csum += x
		frac3 += (old - csum) + x
		x = csum - 1.0 + (frac1 + frac2 + frac3)
		return (h + x/float64(2.0*h)) / scale
	}
	for _, x := range vec {
		x /= max
		x = float64(x * x)
		old := csum
		csum += x
		frac1 += (old - csum) + x
	}
	return float64(max * math.Sqrt(csum-1.0+frac1))
}

func mathHypot(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("math.hypot", kw); err != nil {
		return Null, err
	}
	coords := make([]float64, len(args))
	max, foundNaN := 0.0, false
	for i, v := range args {
		x, err := m.AsDouble(v)
		if err != nil {
			return Null, err
		}
		x = math.Abs(x)
		coords[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return FloatValue(vectorNorm(coords, max, foundNaN)), nil
}

func mathDist(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specMathDist, args, kw, a[:]); err != nil {
		return Null, err
	}
	var pts [2][]Value
	for i, v := range a {
		if t := m.tuple(v); t != nil {
			pts[i] = t.Items
			continue
		}
		items, err := m.iterateAll(v)
		if err != nil {
			return Null, err
		}
		pts[i] = items
	}
	if len(pts[0]) != len(pts[1]) {
		return Null, m.Raisef(m.types.ValueError, "both points must have the same number of dimensions")
	}
	diffs := make([]float64, len(pts[0]))
	max, foundNaN := 0.0, false
	for i := range diffs {
		px, err := m.AsDouble(pts[0][i])
		if err != nil {
			return Null, err
		}
		qx, err := m.AsDouble(pts[1][i])
		if err != nil {
			return Null, err
		}
		x := math.Abs(px - qx)
		diffs[i] = x
		foundNaN = foundNaN || math.IsNaN(x)
		if x > max {
			max = x
		}
	}
	return FloatValue(vectorNorm(diffs, max, foundNaN)), nil
}

// mathProd is math.prod(iterable, *, start=1): repeated multiplication
// (CPython's int and float fast paths give the same results).
func mathProd(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specMathProd, args, kw, a[:]); err != nil {
		return Null, err
	}
	it, err := m.GetIter(a[0])
	if err != nil {
		return Null, err
	}
	result := a[1]
	if result == Null {
		result = SmallIntValue(1)
	}
	for {
		item, err := m.nextItem(it)
		if err != nil {
			return Null, err
		}
		if item == Null {
			return result, nil
		}
		if result, err = m.BinaryOp(result, item, NbMultiply); err != nil {
			return Null, err
		}
	}
}

// indexBig converts an argument by __index__ to a big.Int.
func (m *Machine) indexBig(v Value) (*big.Int, error) {
	i, err := m.NumberIndex(v)
	if err != nil {
		return nil, err
	}
	b, _ := m.BigInt(i)
	return b, nil
}

func mathGcd(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("math.gcd", kw); err != nil {
		return Null, err
	}
	res := new(big.Int)
	for _, v := range args {
		b, err := m.indexBig(v)
		if err != nil {
			return Null, err
		}
		res.GCD(nil, nil, res.Abs(res), new(big.Int).Abs(b))
	}
	return m.NewBigInt(res), nil
}

func mathLcm(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("math.lcm", kw); err != nil {
		return Null, err
	}
	res := big.NewInt(1)
	for i, v := range args {
		b, err := m.indexBig(v)
		if err != nil {
			return Null, err
		}
		b.Abs(b)
		if i == 0 {
			res = b
			continue
		}
		if res.Sign() == 0 || b.Sign() == 0 {
			res = new(big.Int)
			continue
		}
		if err := m.chargeBits(res.BitLen() + b.BitLen()); err != nil {
			return Null, err
		}
		g := new(big.Int).GCD(nil, nil, res, b)
		res = new(big.Int).Mul(new(big.Int).Quo(res, g), b)
	}
	return m.NewBigInt(res), nil
}

func mathIsqrt(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathIsqrt, args, kw, a[:]); err != nil {
		return Null, err
	}
	b, err := m.indexBig(a[0])
	if err != nil {
		return Null, err
	}
	if b.Sign() < 0 {
		return Null, m.Raisef(m.types.ValueError, "isqrt() argument must be nonnegative")
	}
	return m.NewBigInt(new(big.Int).Sqrt(b)), nil
}

// factorialOf is math.factorial's computation and errors.
func (m *Machine) factorialOf(v Value) (Value, error) {
	b, err := m.indexBig(v)
	if err != nil {
		return Null, err
	}
	if !b.IsInt64() {
		if b.Sign() > 0 {
			return Null, m.Raisef(m.types.exceptions["OverflowError"], "factorial() argument should not exceed %d", int64(math.MaxInt64))
		}
		return Null, m.Raisef(m.types.ValueError, "factorial() not defined for negative values")
	}
	n := b.Int64()
	if n < 0 {
		return Null, m.Raisef(m.types.ValueError, "factorial() not defined for negative values")
	}
	if n > 1<<16 {
		// About n*log2(n) bits.
		if err := m.chargeBits(int(float64(n) * math.Log2(float64(n)))); err != nil {
			return Null, err
		}
	}
	return m.NewBigInt(new(big.Int).MulRange(1, n)), nil
}

func mathFactorial(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathFactorial, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.factorialOf(a[0])
}

// nonNegative checks perm and comb's arguments.
func (m *Machine) nonNegative(n, k *big.Int) error {
	if n.Sign() < 0 {
		return m.Raisef(m.types.ValueError, "n must be a non-negative integer")
	}
	if k.Sign() < 0 {
		return m.Raisef(m.types.ValueError, "k must be a non-negative integer")
	}
	return nil
}

func mathPerm(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specMathPerm, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[1] == Null || a[1] == None {
		return m.factorialOf(a[0])
	}
	n, err := m.indexBig(a[0])
	if err != nil {
		return Null, err
	}
	k, err := m.indexBig(a[1])
	if err != nil {
		return Null, err
	}
	if err := m.nonNegative(n, k); err != nil {
		return Null, err
	}
	if n.Cmp(k) < 0 {
		return SmallIntValue(0), nil
	}
	if !k.IsInt64() {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "k must not exceed %d", int64(math.MaxInt64))
	}
	ki := k.Int64()
	if err := m.chargeBits(int(min(ki, 1<<40)) * n.BitLen()); err != nil {
		return Null, err
	}
	// n * (n-1) * ... * (n-k+1)
	res := big.NewInt(1)
	if n.IsInt64() {
		ni := n.Int64()
		if ki > 0 {
			res.MulRange(ni-ki+1, ni)
		}
	} else {
		f := new(big.Int).Set(n)
		one := big.NewInt(1)
		for i := int64(0); i < ki; i++ {
			res.Mul(res, f)
			f.Sub(f, one)
		}
	}
	return m.NewBigInt(res), nil
}

func mathComb(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specMathComb, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.indexBig(a[0])
	if err != nil {
		return Null, err
	}
	k, err := m.indexBig(a[1])
	if err != nil {
		return Null, err
	}
	if err := m.nonNegative(n, k); err != nil {
		return Null, err
	}
	if n.Cmp(k) < 0 {
		return SmallIntValue(0), nil
	}
	// k = min(k, n - k)
	if nk := new(big.Int).Sub(n, k); nk.Cmp(k) < 0 {
		k = nk
	}
	if !k.IsInt64() {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "min(n - k, k) must not exceed %d", int64(math.MaxInt64))
	}
	ki := k.Int64()
	if err := m.chargeBits(int(min(ki, 1<<40)) * n.BitLen()); err != nil {
		return Null, err
	}
	if n.IsInt64() {
		return m.NewBigInt(new(big.Int).Binomial(n.Int64(), ki)), nil
	}
	// Multiply the falling factorial, dividing exactly as we go.
	res := big.NewInt(1)
	f := new(big.Int).Set(n)
	one := big.NewInt(1)
	for i := int64(1); i <= ki; i++ {
		res.Mul(res, f)
		res.Quo(res, big.NewInt(i))
		f.Sub(f, one)
	}
	return m.NewBigInt(res), nil
}

// The gamma functions: CPython's own Lanczos implementations (m_tgamma,
// m_lgamma), which call libm's exp, pow, log, sin and cos.

const (
	lanczosG          = 6.024680040776729583740234375
	lanczosGMinusHalf = 5.524680040776729583740234375
	mathLogPi         = 1.144729885849400174143427351353058711647
)

var lanczosNum = [13]float64{
	23531376880.410759688572007674451636754734846804940,
	42919803642.649098768957899047001988850926355848959,
	35711959237.355668049440185451547166705960488635843,
	17921034426.037209699919755754458931112671403265390,
	6039542586.3520280050642916443072979210699388420708,
	1439720407.3117216736632230727949123939715485786772,
	248874557.86205415651146038641322942321632125127801,
	31426415.585400194380614231628318205362874684987640,
	2876370.6289353724412254090516208496135991145378768,
	186056.26539522349504029498971604569928220784236328,
	8071.6720023658162106380029022722506138218516325024,
	210.82427775157934587250973392071336271166969580291,
	2.5066282746310002701649081771338373386264310793408,
}

var lanczosDen = [13]float64{0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0,
	13339535.0, 2637558.0, 357423.0, 32670.0, 1925.0, 66.0, 1.0}

// gammaIntegral holds gamma(1) … gamma(23), the factorials exactly.
var gammaIntegral = [23]float64{1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
	3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
	1307674368000.0, 20922789888000.0, 355687428096000.0,
	6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
	51090942171709440000.0, 1124000727777607680000.0}

func lanczosSum(x float64) float64 {
	num, den := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			num = float64(num*x) + lanczosNum[i]
			den = float64(den*x) + lanczosDen[i]
		}
	} else {
		for i := 0; i < len(lanczosNum); i++ {
			num = num/x + lanczosNum[i]
			den = den/x + lanczosDen[i]
		}
	}
	return num / den
}

// mSinpi is m_sinpi: sin(pi*x), accurate near integers.
func mSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	n := int(math.Round(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = libmSin(math.Pi * y)
	case 1:
		r = libmCos(math.Pi * (y - 0.5))
	case 2:
		r = libmSin(math.Pi * (1.0 - y))
	case 3:
		r = -libmCos(math.Pi * (y - 1.5))
	default:
		r = libmSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

func mTgamma(x float64) (float64, int) {
	if !isFinite(x) {
		if math.IsNaN(x) || x > 0 {
			return x, errnoNone
		}
		return math.NaN(), errnoDom
	}
	if x == 0 {
		return math.Copysign(math.Inf(1), x), errnoDom
	}
	if x == math.Floor(x) {
		if x < 0 {
			return math.NaN(), errnoDom
		}
		if x <= float64(len(gammaIntegral)) {
			return gammaIntegral[int(x)-1], errnoNone
		}
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		r := 1.0 / x
		if math.IsInf(r, 0) {
			return r, errnoRange
		}
		return r, errnoNone
	}
	if absx > 200.0 {
		if x < 0 {
			return 0.0 / mSinpi(x), errnoNone
		}
		return math.Inf(1), errnoRange
	}
	y := absx + lanczosGMinusHalf
	var z float64
	if absx > lanczosGMinusHalf {
		q := y - absx
		z = q - lanczosGMinusHalf
	} else {
		q := y - lanczosGMinusHalf
		z = q - absx
	}
	z = float64(z*lanczosG) / y
	var r float64
	if x < 0 {
		r = -math.Pi / mSinpi(absx) / absx * libmExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= libmPow(y, absx-0.5)
		} else {
			sqrtpow := libmPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / libmExp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= libmPow(y, absx-0.5)
		} else {
			sqrtpow := libmPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errnoRange
	}
	return r, errnoNone
}

func mLgamma(x float64) (float64, int) {
	if !isFinite(x) {
		if math.IsNaN(x) {
			return x, errnoNone
		}
		return math.Inf(1), errnoNone
	}
	if x == math.Floor(x) && x <= 2.0 {
		if x <= 0 {
			return math.Inf(1), errnoDom
		}
		return 0.0, errnoNone
	}
	absx := math.Abs(x)
	if absx < 1e-20 {
		return -libmLog(absx), errnoNone
	}
	r := libmLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (libmLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = mathLogPi - libmLog(math.Abs(mSinpi(absx))) - libmLog(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errnoRange
	}
	return r, errnoNone
}
