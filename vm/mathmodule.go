package vm

import (
	"math"
	"math/big"

	"github.com/quicken-py/quicken/vm/num"
)

// The math module (CPython 3.11's Modules/mathmodule.c). vm/num computes:
// its Math* functions are the module's arithmetic with CPython's errors,
// its Libm* functions the C library CPython calls. This file gives the
// functions their Python face: argument parsing with CPython's messages,
// the PyFloat_AsDouble and __index__ conversions, the __ceil__,
// __floor__ and __trunc__ dispatch, logarithms of ints of any size, prod
// over the number tower, and gamma and lgamma, which CPython computes
// itself over the C library.

// mathFuncs are the math module's functions in CPython 3.11's order
// (set in init: the functions reach the import machinery, which makes the
// module from this table).
var mathFuncs []MethodDef

func init() { mathFuncs = mathFuncTable() }

func mathFuncTable() []MethodDef {
	return []MethodDef{
		{Name: "acos", Fn: mathFloat1("acos", num.MathAcos)},
		{Name: "acosh", Fn: mathFloat1("acosh", num.MathAcosh)},
		{Name: "asin", Fn: mathFloat1("asin", num.MathAsin)},
		{Name: "asinh", Fn: mathFloat1("asinh", num.MathAsinh)},
		{Name: "atan", Fn: mathFloat1("atan", num.MathAtan)},
		{Name: "atan2", Fn: mathFloat2("atan2", noError2(num.MathAtan2))},
		{Name: "atanh", Fn: mathFloat1("atanh", num.MathAtanh)},
		{Name: "cbrt", Fn: mathFloat1("cbrt", num.MathCbrt)},
		{Name: "ceil", Fn: mathCeil},
		{Name: "copysign", Fn: mathFloat2("copysign", noError2(num.MathCopysign))},
		{Name: "cos", Fn: mathFloat1("cos", num.MathCos)},
		{Name: "cosh", Fn: mathFloat1("cosh", num.MathCosh)},
		{Name: "degrees", Fn: mathFloat1("degrees", noError1(num.MathDegrees))},
		{Name: "dist", Fn: mathDist},
		{Name: "erf", Fn: mathFloat1("erf", noError1(num.MathErf))},
		{Name: "erfc", Fn: mathFloat1("erfc", noError1(num.MathErfc))},
		{Name: "exp", Fn: mathFloat1("exp", num.MathExp)},
		{Name: "exp2", Fn: mathFloat1("exp2", num.MathExp2)},
		{Name: "expm1", Fn: mathFloat1("expm1", num.MathExpm1)},
		{Name: "fabs", Fn: mathFloat1("fabs", noError1(num.MathFabs))},
		{Name: "factorial", Fn: mathFactorial},
		{Name: "floor", Fn: mathFloor},
		{Name: "fmod", Fn: mathFloat2("fmod", num.MathFmod)},
		{Name: "frexp", Fn: mathFrexp},
		{Name: "fsum", Fn: mathFsum},
		{Name: "gamma", Fn: mathFloat1("gamma", mTgamma)},
		{Name: "gcd", Fn: mathGcd},
		{Name: "hypot", Fn: mathHypot},
		{Name: "isclose", Fn: mathIsclose},
		{Name: "isfinite", Fn: mathPredicate("isfinite", num.MathIsfinite)},
		{Name: "isinf", Fn: mathPredicate("isinf", num.MathIsinf)},
		{Name: "isnan", Fn: mathPredicate("isnan", num.MathIsnan)},
		{Name: "isqrt", Fn: mathIsqrt},
		{Name: "lcm", Fn: mathLcm},
		{Name: "ldexp", Fn: mathLdexp},
		{Name: "lgamma", Fn: mathFloat1("lgamma", mLgamma)},
		{Name: "log", Fn: mathLog},
		{Name: "log1p", Fn: mathFloat1("log1p", num.MathLog1p)},
		{Name: "log10", Fn: mathLogN("log10", num.MathLog10, num.MathLog10Int)},
		{Name: "log2", Fn: mathLogN("log2", num.MathLog2, num.MathLog2Int)},
		{Name: "modf", Fn: mathModf},
		{Name: "pow", Fn: mathFloat2("pow", num.MathPow)},
		{Name: "radians", Fn: mathFloat1("radians", noError1(num.MathRadians))},
		{Name: "remainder", Fn: mathFloat2("remainder", num.MathRemainder)},
		{Name: "sin", Fn: mathFloat1("sin", num.MathSin)},
		{Name: "sinh", Fn: mathFloat1("sinh", num.MathSinh)},
		{Name: "sqrt", Fn: mathFloat1("sqrt", num.MathSqrt)},
		{Name: "tan", Fn: mathFloat1("tan", num.MathTan)},
		{Name: "tanh", Fn: mathFloat1("tanh", num.MathTanh)},
		{Name: "trunc", Fn: mathTrunc},
		{Name: "prod", Fn: mathProd},
		{Name: "perm", Fn: mathPerm},
		{Name: "comb", Fn: mathComb},
		{Name: "nextafter", Fn: mathFloat2("nextafter", noError2(num.MathNextafter))},
		{Name: "ulp", Fn: mathFloat1("ulp", noError1(num.MathUlp))},
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
	m.setBuiltinSpec(mod)
	name := m.Intern("math")
	for i := range mathFuncs {
		def := &mathFuncs[i]
		m.dictSetStr(d, def.Name, m.NewBuiltinFunction(def, mod.self, name))
	}
	// CPython 3.11 builds math as an extension module: the import system
	// sets __file__ after the module's functions, before its constants
	// (so LOAD_ATTR_MODULE caches math.pi at the index CPython does).
	m.dictSetStr(d, "__file__", m.NewStr(sysPrefix+"/lib/python3.11/lib-dynload/math.cpython-311-x86_64-linux-gnu.so"))
	m.dictSetStr(d, "pi", m.Float(num.Pi))
	m.dictSetStr(d, "e", m.Float(num.E))
	m.dictSetStr(d, "tau", m.Float(num.Tau))
	m.dictSetStr(d, "inf", m.Float(num.MathInf))
	m.dictSetStr(d, "nan", m.Float(num.MathNaN))
	return mod.self
}

// initMath is a hook for startup: the math module is made on its first
// import, as CPython loads it.
func (m *Machine) initMath() {}

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
		return m.floatResult(t, r)
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

// noError1 and noError2 adapt the math functions that never raise.
func noError1(f func(float64) float64) func(float64) (float64, error) {
	return func(x float64) (float64, error) { return f(x), nil }
}

func noError2(f func(x, y float64) float64) func(x, y float64) (float64, error) {
	return func(x, y float64) (float64, error) { return f(x, y), nil }
}

// mathFloat1 is a METH_O function of one float (FUNC1, FUNC1A and the
// clinic "x: double" functions).
func mathFloat1(name string, f func(float64) (float64, error)) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsO}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		x, err := m.oneDouble(spec, args, kw)
		if err != nil {
			return Null, err
		}
		r, err := f(x)
		if err != nil {
			return Null, m.numError(err)
		}
		return m.Float(r), nil
	}
}

// mathFloat2 is a function of two floats (FUNC2 and the clinic
// "x: double, y: double" functions): _PyArg_CheckPositional's messages.
func mathFloat2(name string, f func(x, y float64) (float64, error)) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsPositional, Min: 2, Max: 2}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		x, y, err := m.twoDoubles(spec, args, kw)
		if err != nil {
			return Null, err
		}
		r, err := f(x, y)
		if err != nil {
			return Null, m.numError(err)
		}
		return m.Float(r), nil
	}
}

// mathPredicate is isfinite, isinf and isnan.
func mathPredicate(name string, f func(float64) bool) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsO}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		x, err := m.oneDouble(spec, args, kw)
		if err != nil {
			return Null, err
		}
		return Bool(f(x)), nil
	}
}

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

// oneDouble parses the one float argument of a METH_O function.
func (m *Machine) oneDouble(spec *ArgSpec, args, kw []Value) (float64, error) {
	var a [1]Value
	if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
		return 0, err
	}
	return m.AsDouble(a[0])
}

var (
	specMathCeil      = &ArgSpec{Name: "ceil", Func: "math.ceil", Kind: ArgsO}
	specMathFloor     = &ArgSpec{Name: "floor", Func: "math.floor", Kind: ArgsO}
	specMathTrunc     = &ArgSpec{Name: "trunc", Func: "math.trunc", Kind: ArgsO}
	specMathFrexp     = &ArgSpec{Name: "frexp", Func: "math.frexp", Kind: ArgsO}
	specMathModf      = &ArgSpec{Name: "modf", Func: "math.modf", Kind: ArgsO}
	specMathFsum      = &ArgSpec{Name: "fsum", Func: "math.fsum", Kind: ArgsO}
	specMathIsqrt     = &ArgSpec{Name: "isqrt", Func: "math.isqrt", Kind: ArgsO}
	specMathFactorial = &ArgSpec{Name: "factorial", Func: "math.factorial", Kind: ArgsO}
	specMathLdexp     = &ArgSpec{Name: "ldexp", Func: "math.ldexp", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathDist      = &ArgSpec{Name: "dist", Func: "math.dist", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathComb      = &ArgSpec{Name: "comb", Func: "math.comb", Kind: ArgsPositional, Min: 2, Max: 2}
	specMathPerm      = &ArgSpec{Name: "perm", Func: "math.perm", Kind: ArgsPositional, Min: 1, Max: 2}
	specMathIsclose   = &ArgSpec{Name: "isclose", Kind: ArgsKeywords, Names: []string{"a", "b", "rel_tol", "abs_tol"}, Min: 2, Max: 2}
	specMathProd      = &ArgSpec{Name: "prod", Kind: ArgsKeywords, Names: []string{"", "start"}, PosOnly: 1, Min: 1, Max: 1}
)

// logOf is CPython's loghelper: an int of any size by its own method (no
// float conversion to overflow), anything else as a float.
func (m *Machine) logOf(v Value, f func(float64) (float64, error), fi func(*big.Int) (float64, error)) (float64, error) {
	var r float64
	var err error
	if m.isInt(v) {
		b, _ := m.BigInt(v)
		r, err = fi(b)
	} else {
		x, cerr := m.AsDouble(v)
		if cerr != nil {
			return 0, cerr
		}
		r, err = f(x)
	}
	if err != nil {
		return 0, m.numError(err)
	}
	return r, nil
}

// mathLog is math.log(x[, base]): an optional group, with its own count
// message, and METH_VARARGS's keyword refusal naming "log()".
func mathLog(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if len(kw) > 0 {
		return Null, m.typeError("log() takes no keyword arguments")
	}
	if len(args) < 1 || len(args) > 2 {
		return Null, m.typeError("math.log requires 1 to 2 arguments")
	}
	x, err := m.logOf(args[0], num.MathLog, num.MathLogInt)
	if err != nil {
		return Null, err
	}
	if len(args) == 1 {
		return m.Float(x), nil
	}
	base, err := m.logOf(args[1], num.MathLog, num.MathLogInt)
	if err != nil {
		return Null, err
	}
	return m.BinaryOp(m.Float(x), m.Float(base), NbTrueDivide)
}

// mathLogN is log2 and log10.
func mathLogN(name string, f func(float64) (float64, error), fi func(*big.Int) (float64, error)) BuiltinFunc {
	spec := &ArgSpec{Name: name, Func: "math." + name, Kind: ArgsO}
	return func(m *Machine, _ Value, args, kw []Value) (Value, error) {
		var a [1]Value
		if err := m.ParseArgs(spec, args, kw, a[:]); err != nil {
			return Null, err
		}
		r, err := m.logOf(a[0], f, fi)
		if err != nil {
			return Null, err
		}
		return m.Float(r), nil
	}
}

// integralOf is math.ceil and math.floor: unless the argument is a
// float, the type's __ceil__ or __floor__ if it has one; else the
// argument as a float, rounded to an int.
func (m *Machine) integralOf(v Value, name string, f func(float64) (*big.Int, error)) (Value, error) {
	if !v.IsFloat() {
		r, found, err := m.specialCall(v, name)
		if found || err != nil {
			return r, err
		}
		if m.isInt(v) {
			// int.__floor__ and int.__ceil__ are the int itself.
			return m.intExact(v), nil
		}
	}
	x, err := m.AsDouble(v)
	if err != nil {
		return Null, err
	}
	i, err := f(x)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewBigInt(i), nil
}

// floatToIntValue is PyLong_FromDouble: the int value of a float with
// integral value, OverflowError for infinities, ValueError for NaN.
func (m *Machine) floatToIntValue(x float64) (Value, error) {
	if x >= -(1<<62) && x <= 1<<62 {
		return m.NewInt(int64(x)), nil
	}
	i, err := num.FloatToInt(x)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewBigInt(i), nil
}

func mathCeil(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathCeil, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.integralOf(a[0], "__ceil__", num.MathCeil)
}

func mathFloor(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathFloor, args, kw, a[:]); err != nil {
		return Null, err
	}
	return m.integralOf(a[0], "__floor__", num.MathFloor)
}

// mathTrunc is math.trunc: a float directly, anything else through its
// type's __trunc__.
func mathTrunc(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathTrunc, args, kw, a[:]); err != nil {
		return Null, err
	}
	v := a[0]
	if !v.IsFloat() {
		r, found, err := m.specialCall(v, "__trunc__")
		if found || err != nil {
			return r, err
		}
		if m.isInt(v) {
			return m.intExact(v), nil
		}
		if _, ok := m.FloatOf(v); !ok {
			return Null, m.typeError("type %s doesn't define __trunc__ method", m.typeName(v))
		}
	}
	x, _ := m.FloatOf(v)
	i, err := num.MathTrunc(x)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.NewBigInt(i), nil
}

func mathFrexp(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathFrexp, args, kw)
	if err != nil {
		return Null, err
	}
	f, e := num.MathFrexp(x)
	return m.NewTuple([]Value{m.Float(f), m.NewInt(int64(e))}), nil
}

func mathModf(m *Machine, _ Value, args, kw []Value) (Value, error) {
	x, err := m.oneDouble(specMathModf, args, kw)
	if err != nil {
		return Null, err
	}
	frac, whole := num.MathModf(x)
	return m.NewTuple([]Value{m.Float(frac), m.Float(whole)}), nil
}

// mathLdexp is math.ldexp(x, i): i must be an int (no __index__).
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
	i, _ := m.BigInt(a[1])
	r, err := num.MathLdexp(x, i)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.Float(r), nil
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
	r, err := num.MathIsclose(vals[0], vals[1], vals[2], vals[3])
	if err != nil {
		return Null, m.numError(err)
	}
	return Bool(r), nil
}

// mathFsum is math.fsum: the items converted one by one. CPython sums as
// it goes, so an intermediate overflow among the items before one that
// fails to convert is the error raised.
func mathFsum(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathFsum, args, kw, a[:]); err != nil {
		return Null, err
	}
	it, err := m.GetIter(a[0])
	if err != nil {
		return Null, err
	}
	var values []float64
	for {
		item, err := m.nextItem(it)
		if err == nil && item != Null {
			var x float64
			if x, err = m.AsDouble(item); err == nil {
				values = append(values, x)
				continue
			}
		}
		if err != nil {
			if _, ferr := num.MathFsum(values); ferr != nil && m.isRaise(m.numError(ferr), m.types.exceptions["OverflowError"]) {
				return Null, m.numError(ferr)
			}
			return Null, err
		}
		break
	}
	r, err := num.MathFsum(values)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.Float(r), nil
}

// floats converts a sequence of coordinates.
func (m *Machine) floats(items []Value) ([]float64, error) {
	fs := make([]float64, len(items))
	for i, v := range items {
		f, err := m.AsDouble(v)
		if err != nil {
			return nil, err
		}
		fs[i] = f
	}
	return fs, nil
}

func mathHypot(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("math.hypot", kw); err != nil {
		return Null, err
	}
	coords, err := m.floats(args)
	if err != nil {
		return Null, err
	}
	return m.Float(num.MathHypot(coords...)), nil
}

// mathDist is math.dist(p, q): non-tuples made tuples first, then the
// dimensions compared, then the coordinates converted.
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
	var p, q []float64
	for i := range pts[0] {
		// CPython converts p[i] then q[i], pairwise.
		px, err := m.AsDouble(pts[0][i])
		if err != nil {
			return Null, err
		}
		qx, err := m.AsDouble(pts[1][i])
		if err != nil {
			return Null, err
		}
		p, q = append(p, px), append(q, qx)
	}
	r, err := num.MathDist(p, q)
	if err != nil {
		return Null, m.numError(err)
	}
	return m.Float(r), nil
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

// indexBigs converts the arguments of gcd and lcm.
func (m *Machine) indexBigs(args []Value) ([]*big.Int, error) {
	bs := make([]*big.Int, len(args))
	for i, v := range args {
		b, err := m.indexBig(v)
		if err != nil {
			return nil, err
		}
		bs[i] = b
	}
	return bs, nil
}

func mathGcd(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("math.gcd", kw); err != nil {
		return Null, err
	}
	bs, err := m.indexBigs(args)
	if err != nil {
		return Null, err
	}
	return m.NewBigInt(num.MathGcd(bs...)), nil
}

func mathLcm(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.NoKeywords("math.lcm", kw); err != nil {
		return Null, err
	}
	bs, err := m.indexBigs(args)
	if err != nil {
		return Null, err
	}
	bits := 0
	for _, b := range bs {
		bits += b.BitLen()
	}
	if err := m.chargeBits(bits); err != nil {
		return Null, err
	}
	return m.NewBigInt(num.MathLcm(bs...)), nil
}

// bigResult returns the int result of a num function, charging for it.
func (m *Machine) bigResult(b *big.Int, err error) (Value, error) {
	if err != nil {
		return Null, m.numError(err)
	}
	if err := m.chargeBits(b.BitLen()); err != nil {
		return Null, err
	}
	return m.NewBigInt(b), nil
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
	return m.bigResult(num.MathIsqrt(b))
}

func mathFactorial(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specMathFactorial, args, kw, a[:]); err != nil {
		return Null, err
	}
	b, err := m.indexBig(a[0])
	if err != nil {
		return Null, err
	}
	return m.bigResult(num.MathFactorial(b))
}

func mathPerm(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [2]Value
	if err := m.ParseArgs(specMathPerm, args, kw, a[:]); err != nil {
		return Null, err
	}
	n, err := m.indexBig(a[0])
	if err != nil {
		return Null, err
	}
	var k *big.Int
	if a[1] != Null && a[1] != None {
		if k, err = m.indexBig(a[1]); err != nil {
			return Null, err
		}
	}
	return m.bigResult(num.MathPerm(n, k))
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
	return m.bigResult(num.MathComb(n, k))
}

func isFinite(x float64) bool { return !math.IsInf(x, 0) && !math.IsNaN(x) }

// The errno values of CPython's gamma functions.
const (
	errnoNone = iota
	errnoDom
	errnoRange
)

// mTgamma and mLgamma report their errors as math errors (FUNC1A).
func mTgamma(x float64) (float64, error) { return gammaResult(tgamma(x)) }
func mLgamma(x float64) (float64, error) { return gammaResult(lgamma(x)) }

func gammaResult(r float64, errno int) (float64, error) {
	switch errno {
	case errnoDom:
		return 0, &num.Error{Kind: num.Value, Msg: "math domain error"}
	case errnoRange:
		if math.Abs(r) >= 1.5 {
			return 0, &num.Error{Kind: num.Overflow, Msg: "math range error"}
		}
	}
	return r, nil
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
	n, d := 0.0, 0.0
	if x < 5.0 {
		for i := len(lanczosNum) - 1; i >= 0; i-- {
			n = float64(n*x) + lanczosNum[i]
			d = float64(d*x) + lanczosDen[i]
		}
	} else {
		for i := 0; i < len(lanczosNum); i++ {
			n = n/x + lanczosNum[i]
			d = d/x + lanczosDen[i]
		}
	}
	return n / d
}

// mSinpi is m_sinpi: sin(pi*x), accurate near integers.
func mSinpi(x float64) float64 {
	y := math.Mod(math.Abs(x), 2.0)
	n := int(math.Round(2.0 * y))
	var r float64
	switch n {
	case 0:
		r = num.LibmSin(math.Pi * y)
	case 1:
		r = num.LibmCos(math.Pi * (y - 0.5))
	case 2:
		r = num.LibmSin(math.Pi * (1.0 - y))
	case 3:
		r = -num.LibmCos(math.Pi * (y - 1.5))
	default:
		r = num.LibmSin(math.Pi * (y - 2.0))
	}
	return math.Copysign(1.0, x) * r
}

func tgamma(x float64) (float64, int) {
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
		r = -math.Pi / mSinpi(absx) / absx * num.LibmExp(y) / lanczosSum(absx)
		r -= float64(z * r)
		if absx < 140.0 {
			r /= num.LibmPow(y, absx-0.5)
		} else {
			sqrtpow := num.LibmPow(y, absx/2.0-0.25)
			r /= sqrtpow
			r /= sqrtpow
		}
	} else {
		r = lanczosSum(absx) / num.LibmExp(y)
		r += float64(z * r)
		if absx < 140.0 {
			r *= num.LibmPow(y, absx-0.5)
		} else {
			sqrtpow := num.LibmPow(y, absx/2.0-0.25)
			r *= sqrtpow
			r *= sqrtpow
		}
	}
	if math.IsInf(r, 0) {
		return r, errnoRange
	}
	return r, errnoNone
}

func lgamma(x float64) (float64, int) {
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
		return -num.LibmLog(absx), errnoNone
	}
	r := num.LibmLog(lanczosSum(absx)) - lanczosG
	r += float64((absx - 0.5) * (num.LibmLog(absx+lanczosG-0.5) - 1))
	if x < 0 {
		r = mathLogPi - num.LibmLog(math.Abs(mSinpi(absx))) - num.LibmLog(absx) - r
	}
	if math.IsInf(r, 0) {
		return r, errnoRange
	}
	return r, errnoNone
}
