package vm

import (
	"math/big"

	"github.com/quicken-py/quicken/vm/num"
)

// The methods of int that numnew.go leaves out: to_bytes and from_bytes,
// __round__, __getnewargs__ and __sizeof__ (CPython 3.11's
// Objects/longobject.c and its Argument Clinic wrappers).

var (
	specIntToBytes    = &ArgSpec{Name: "to_bytes", Kind: ArgsKeywords, Names: []string{"length", "byteorder", "signed"}, Min: 0, Max: 2}
	specIntFromBytes  = &ArgSpec{Name: "from_bytes", Kind: ArgsKeywords, Names: []string{"bytes", "byteorder", "signed"}, Min: 1, Max: 2}
	specIntRound      = &ArgSpec{Name: "__round__", Func: "int.__round__", Kind: ArgsPositional, Min: 0, Max: 1}
	specIntGetnewargs = &ArgSpec{Name: "__getnewargs__", Func: "int.__getnewargs__", Kind: ArgsNone}
	specIntSizeof     = &ArgSpec{Name: "__sizeof__", Func: "int.__sizeof__", Kind: ArgsNone}
)

// intMethodsMore are the methods this file adds to int's namespace,
// each placed after the name CPython 3.11's namespace has before it.
var intMethodsMore = []MethodDef{
	{Name: "to_bytes", Fn: intToBytes},
	{Name: "from_bytes", Fn: intFromBytes, Kind: ClassMethod},
	{Name: "__round__", Fn: intRound},
	{Name: "__getnewargs__", Fn: intGetnewargs},
	{Name: "__sizeof__", Fn: intSizeofMethod},
}

var intMethodsAfter = []string{"bit_count", "to_bytes", "__ceil__", "__round__", "__format__"}

func init() {
	intSpec.methods = append(intSpec.methods, intMethodsMore...)
	placeMethods(&intSpec, intMethodsMore, intMethodsAfter)
}

// placeMethods makes sure a builtin type's namespace holds the methods
// defs in CPython's order, defs[i] right after the name after[i]:
// vars(int) and vars(float) list their names in that order. It also
// keeps the methods whatever order the package's init functions ran in
// (an init of another file that assigns spec.methods, rather than
// appending to it, after this one would otherwise drop them). It runs as
// the spec's init, when the namespace is complete, and rebuilds it.
func placeMethods(spec *typeSpec, defs []MethodDef, after []string) {
	prev := spec.init
	spec.init = func(m *Machine, t *Type) {
		if prev != nil {
			prev(m, t)
		}
		mine := make(map[string]int, len(defs))
		for i := range defs {
			mine[defs[i].Name] = i
		}
		var keys, vals []Value
		t.Dict.Items(func(k, v Value) bool {
			if _, ok := mine[m.str(k).S]; !ok {
				keys, vals = append(keys, k), append(vals, v)
			}
			return true
		})
		d := m.NewDict()
		placed := make([]bool, len(defs))
		var put func(k, v Value)
		put = func(k, v Value) {
			m.dictSetStr(d, m.str(k).S, v)
			for i := range defs {
				if !placed[i] && after[i] == m.str(k).S {
					placed[i] = true
					put(m.Intern(defs[i].Name), m.methodDescriptorFor(t, &defs[i]))
				}
			}
		}
		for i, k := range keys {
			put(k, vals[i])
		}
		for i := range defs {
			if !placed[i] {
				put(m.Intern(defs[i].Name), m.methodDescriptorFor(t, &defs[i]))
			}
		}
		t.Dict = d
	}
}

// byteorderArg checks to_bytes' and from_bytes' byteorder: a str
// (Argument Clinic's check) equal to 'little' or 'big' (the
// implementation's); Null is the default 'big'.
func (m *Machine) byteorderArg(fn string, v Value) (little bool, err error) {
	if v == Null {
		return false, nil
	}
	s := m.str(v)
	if s == nil {
		return false, m.typeError("%s() argument 'byteorder' must be str, not %s", fn, m.badArgumentName(v))
	}
	return s.S == "little", nil
}

// badArgumentName is how _PyArg_BadArgument names a wrong argument: by
// its type's name, except None, which it names by value.
func (m *Machine) badArgumentName(v Value) string {
	if v == None {
		return "None"
	}
	return m.typeName(v)
}

// checkByteorder is the implementation's value check, made after all
// the arguments are converted.
func (m *Machine) checkByteorder(v Value) error {
	if v == Null {
		return nil
	}
	if s := m.str(v).S; s != "little" && s != "big" {
		return m.Raisef(m.types.ValueError, "byteorder must be either 'little' or 'big'")
	}
	return nil
}

// intToBytes is int.to_bytes(length=1, byteorder='big', *, signed=False).
func intToBytes(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specIntToBytes, args, kw, a[:]); err != nil {
		return Null, err
	}
	length := int64(1)
	if a[0] != Null {
		n, err := m.ArgSsize(a[0])
		if err != nil {
			return Null, err
		}
		length = n
	}
	little, err := m.byteorderArg("to_bytes", a[1])
	if err != nil {
		return Null, err
	}
	signed := false
	if a[2] != Null {
		if signed, err = m.Truth(a[2]); err != nil {
			return Null, err
		}
	}
	if err := m.checkByteorder(a[1]); err != nil {
		return Null, err
	}
	if length < 0 {
		return Null, m.Raisef(m.types.ValueError, "length argument must be non-negative")
	}
	if length > 64 {
		// PyBytes_FromStringAndSize comes before the conversion.
		if length > 1<<62 {
			return Null, m.noMemory()
		}
		if err := m.charge(int(length)); err != nil {
			return Null, err
		}
	}
	x, _ := m.BigInt(self)
	b, msg := intToByteArray(x, length, little, signed)
	if msg != "" {
		return Null, m.Raisef(m.types.exceptions["OverflowError"], "%s", msg)
	}
	return m.newBytes(string(b)), nil
}

// intToByteArray is _PyLong_AsByteArray: x in n bytes, two's complement
// when signed. msg is the OverflowError's message when x does not fit.
// As in CPython, a value needs its magnitude's bits plus a sign bit when
// signed, except that -1 (and 0) fit even in zero bytes.
func intToByteArray(x *big.Int, n int64, little, signed bool) (b []byte, msg string) {
	neg := x.Sign() < 0
	if neg && !signed {
		return nil, "can't convert negative int to unsigned"
	}
	var bits int64 // bits needed, the sign bit included when signed
	if neg {
		// The significant bits of ~x, which the sign bits extend.
		k := int64(new(big.Int).Not(x).BitLen())
		if k > 0 {
			bits = k + 1
		}
	} else {
		bits = int64(x.BitLen())
		if signed && bits > 0 {
			bits++
		}
	}
	if (bits+7)/8 > n {
		return nil, "int too big to convert"
	}
	b = make([]byte, n)
	v := x
	if neg {
		// x mod 2**(8n).
		v = new(big.Int).Add(x, new(big.Int).Lsh(big.NewInt(1), uint(8*n)))
	}
	v.FillBytes(b)
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	return b, ""
}

// intFromBytes is the classmethod int.from_bytes(bytes, byteorder='big',
// *, signed=False); a subclass gets cls(value).
func intFromBytes(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specIntFromBytes, args, kw, a[:]); err != nil {
		return Null, err
	}
	little, err := m.byteorderArg("from_bytes", a[1])
	if err != nil {
		return Null, err
	}
	signed := false
	if a[2] != Null {
		if signed, err = m.Truth(a[2]); err != nil {
			return Null, err
		}
	}
	if err := m.checkByteorder(a[1]); err != nil {
		return Null, err
	}
	data, err := m.objectBytes(a[0])
	if err != nil {
		return Null, err
	}
	b := []byte(data)
	if little {
		for i, j := 0, len(b)-1; i < j; i, j = i+1, j-1 {
			b[i], b[j] = b[j], b[i]
		}
	}
	x := new(big.Int).SetBytes(b)
	if signed && len(b) > 0 && b[0] >= 0x80 {
		x.Sub(x, new(big.Int).Lsh(big.NewInt(1), uint(8*len(b))))
	}
	r := m.NewBigInt(x)
	if t := m.typeObj(self); t != nil && t != m.types.Int {
		return m.Call(self, []Value{r}, nil)
	}
	return r, nil
}

// objectBytes is PyObject_Bytes: an exact bytes as it is, the result of
// __bytes__, or bytes(v) of a buffer or an iterable of ints.
func (m *Machine) objectBytes(v Value) (string, error) {
	if b := m.bytesObj(v); b != nil && b.typ == m.types.Bytes {
		return b.B, nil
	}
	f, err := m.lookupSpecial(v, "__bytes__")
	if err != nil {
		return "", err
	}
	if f != Null {
		r, err := m.Call(f, nil, nil)
		if err != nil {
			return "", err
		}
		b := m.bytesObj(r)
		if b == nil {
			return "", m.typeError("__bytes__ returned non-bytes (type %s)", cTrunc(m.typeName(r), 200))
		}
		return b.B, nil
	}
	r, err := m.bytesFromObject(v)
	if err != nil {
		return "", err
	}
	return m.bytesObj(r).B, nil
}

// intRound is int.__round__(ndigits): the int itself (an exact int), or
// for a negative ndigits the nearest multiple of 10**-ndigits, ties to
// even. Unlike round(), which treats None as no ndigits, __round__(None)
// is a TypeError here as in CPython.
func intRound(m *Machine, self Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specIntRound, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[0] == Null {
		return m.intExact(self), nil
	}
	n, err := m.NumberIndex(a[0])
	if err != nil {
		return Null, err
	}
	x, _ := m.BigInt(self)
	nd, _ := m.BigInt(n)
	return m.NewBigInt(num.RoundInt(x, nd)), nil
}

func intGetnewargs(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specIntGetnewargs, args, kw, nil); err != nil {
		return Null, err
	}
	return m.NewTuple([]Value{m.intExact(self)}), nil
}

// sizeOf is sys.getsizeof of an int object: int.__sizeof__, and the GC
// head of a subclass's instances.
func (o *Int) sizeOf() int { return int(intSizeOf(o.small, o.big)) + preHeaderSize(o.typ) }

// intSizeofMethod is int.__sizeof__: 24 bytes and 4 per 30-bit digit, at
// least one (CPython 3.11.7; bools and subclass instances alike).
func intSizeofMethod(m *Machine, self Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specIntSizeof, args, kw, nil); err != nil {
		return Null, err
	}
	x, xb, xbig, _ := m.intOperand(self)
	if xbig {
		return m.NewInt(intSizeOf(0, xb)), nil
	}
	return m.NewInt(intSizeOf(x, nil)), nil
}
