package constant

import (
	"math"
	"sort"
	"strconv"
	"strings"
)

// ConstKeyer is implemented by constants that are not plain values, such as
// code objects: their dedup key is an identity supplied by the value itself.
// CPython 3.11's _PyCode_ConstantKey keys code objects by themselves; the
// compiler never produces two equal code objects in one constant table, so
// identity is what matters.
type ConstKeyer interface {
	ConstKey() string
}

// key builds the dedup key of _PyCode_ConstantKey as a string. Each form is
// tagged with the type, so 1, 1.0, True and 1+0j differ; floats and complex
// parts are keyed by their bits, so 0.0 and -0.0 (and the four signed zero
// complexes) differ while equal values agree. A NaN is keyed by its bits:
// CPython keeps two NaN objects apart by identity, which constants folded
// from the same expression text cannot observe.
func key(v Value) string {
	var b strings.Builder
	writeKey(&b, v)
	return b.String()
}

func writeKey(b *strings.Builder, v Value) {
	switch v := v.(type) {
	case None:
		b.WriteString("N")
	case Ellipsis:
		b.WriteString("E")
	case Bool:
		if v {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case Int:
		b.WriteString("i")
		b.WriteString(v.V.Text(16))
		b.WriteByte(';')
	case Float:
		b.WriteString("f")
		b.WriteString(strconv.FormatUint(math.Float64bits(float64(v)), 16))
		b.WriteByte(';')
	case Complex:
		b.WriteString("c")
		b.WriteString(strconv.FormatUint(math.Float64bits(real(complex128(v))), 16))
		b.WriteByte(',')
		b.WriteString(strconv.FormatUint(math.Float64bits(imag(complex128(v))), 16))
		b.WriteByte(';')
	case Str:
		writeLenPrefixed(b, 's', string(v))
	case Bytes:
		writeLenPrefixed(b, 'b', string(v))
	case Tuple:
		b.WriteString("(")
		for _, e := range v {
			writeKey(b, e)
		}
		b.WriteString(")")
	case FrozenSet:
		// A frozenset's key is the frozenset of its elements' keys:
		// independent of iteration order.
		keys := make([]string, len(v))
		for i, e := range v {
			keys[i] = key(e)
		}
		sort.Strings(keys)
		b.WriteString("{")
		for _, k := range keys {
			b.WriteString(k)
		}
		b.WriteString("}")
	case ConstKeyer:
		writeLenPrefixed(b, 'o', v.ConstKey())
	default:
		writeLenPrefixed(b, '?', v.TypeName()+":"+v.Repr())
	}
}

func writeLenPrefixed(b *strings.Builder, tag byte, s string) {
	b.WriteByte(tag)
	b.WriteString(strconv.Itoa(len(s)))
	b.WriteByte(':')
	b.WriteString(s)
}
