package num

import (
	"bytes"
	"math"
	"strconv"

	"github.com/quicken-py/quicken/vm/constant"
)

// ParseFloat is float(s) for a str s (held in constant.Str's encoding),
// CPython 3.11's PyFloat_FromString:
//   - Unicode whitespace around the number is ignored and Unicode decimal
//     digits count as ASCII digits;
//   - the number is [sign] digits [. digits] [e|E [sign] digits] with at
//     least one mantissa digit, or [sign] inf, infinity or nan in any case
//     ('-nan' is a NaN with the sign bit set);
//   - underscores are allowed only between two digits ('1_0.5_5', '1e5_0');
//   - no hex ('0x10' fails); out-of-range values give ±inf or ±0.0.
//
// Error: ValueError "could not convert string to float: 'x'" with the full
// repr of s.
func ParseFloat(s string) (float64, error) {
	if f, ok := parseFloatASCII(toASCIINumber(s)); ok {
		return f, nil
	}
	return 0, newErr(Value, "could not convert string to float: "+constant.Str(s).Repr())
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func parseFloatASCII(b []byte) (float64, bool) {
	for len(b) > 0 && isASCIISpace(b[0]) {
		b = b[1:]
	}
	for len(b) > 0 && isASCIISpace(b[len(b)-1]) {
		b = b[:len(b)-1]
	}
	if len(b) == 0 {
		return 0, false
	}
	// Underscores only between digits (_Py_string_to_number_with_underscores).
	for i, c := range b {
		if c == '_' {
			if i == 0 || i == len(b)-1 || !isDigit(b[i-1]) || !isDigit(b[i+1]) {
				return 0, false
			}
		}
	}
	clean := make([]byte, 0, len(b))
	for _, c := range b {
		if c != '_' {
			clean = append(clean, c)
		}
	}
	b = clean
	i := 0
	neg := false
	if b[0] == '+' || b[0] == '-' {
		neg, i = b[0] == '-', 1
	}
	if f, ok := parseInfNaN(b[i:]); ok {
		if neg {
			f = math.Copysign(f, -1)
		}
		return f, true
	}
	// [digits][.digits] with at least one digit, then an optional exponent.
	j := i
	nd := 0
	for j < len(b) && isDigit(b[j]) {
		j, nd = j+1, nd+1
	}
	if j < len(b) && b[j] == '.' {
		j++
		for j < len(b) && isDigit(b[j]) {
			j, nd = j+1, nd+1
		}
	}
	if nd == 0 {
		return 0, false
	}
	if j < len(b) && (b[j] == 'e' || b[j] == 'E') {
		k := j + 1
		if k < len(b) && (b[k] == '+' || b[k] == '-') {
			k++
		}
		if k == len(b) || !isDigit(b[k]) {
			return 0, false // "1e", "1e+": the exponent is not consumed
		}
		for k < len(b) && isDigit(b[k]) {
			k++
		}
		j = k
	}
	if j != len(b) {
		return 0, false
	}
	// strconv.ParseFloat is correctly rounded and saturates huge exponents
	// to ±inf or ±0 (reporting ErrRange, which float() ignores).
	f, err := strconv.ParseFloat(string(b), 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, false
		}
	}
	return f, true
}

// parseInfNaN matches inf, infinity or nan, in any case, as the whole of b.
func parseInfNaN(b []byte) (float64, bool) {
	lower := func(s []byte) string {
		out := make([]byte, len(s))
		for i, c := range s {
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[i] = c
		}
		return string(out)
	}
	switch lower(b) {
	case "inf", "infinity":
		return math.Inf(1), true
	case "nan":
		return math.NaN(), true
	}
	return 0, false
}

// parseFloatPrefix reads the longest prefix of b that strtod (CPython's
// _PyOS_ascii_strtod) reads: [sign] then inf, infinity or nan in any case,
// or digits [. digits] [e [sign] digits] with at least one digit, the
// exponent only when it has digits. n is 0 when there is no number.
func parseFloatPrefix(b []byte) (f float64, n int) {
	i := 0
	neg := false
	if i < len(b) && (b[i] == '+' || b[i] == '-') {
		neg = b[i] == '-'
		i++
	}
	lower := func(j, k int) string {
		if k > len(b) {
			return ""
		}
		out := make([]byte, k-j)
		for x := j; x < k; x++ {
			c := b[x]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			out[x-j] = c
		}
		return string(out)
	}
	switch {
	case lower(i, i+8) == "infinity":
		return math.Copysign(math.Inf(1), boolSign(neg)), i + 8
	case lower(i, i+3) == "inf":
		return math.Copysign(math.Inf(1), boolSign(neg)), i + 3
	case lower(i, i+3) == "nan":
		return math.Copysign(MathNaN, boolSign(neg)), i + 3
	}
	j, nd := i, 0
	for j < len(b) && isDigit(b[j]) {
		j, nd = j+1, nd+1
	}
	if j < len(b) && b[j] == '.' {
		j++
		for j < len(b) && isDigit(b[j]) {
			j, nd = j+1, nd+1
		}
	}
	if nd == 0 {
		return 0, 0
	}
	if j < len(b) && (b[j] == 'e' || b[j] == 'E') {
		k := j + 1
		if k < len(b) && (b[k] == '+' || b[k] == '-') {
			k++
		}
		if k < len(b) && isDigit(b[k]) {
			for k < len(b) && isDigit(b[k]) {
				k++
			}
			j = k
		}
	}
	f, _ = strconv.ParseFloat(string(b[:j]), 64) // ±inf or ±0 out of range
	return f, j
}

func boolSign(neg bool) float64 {
	if neg {
		return -1
	}
	return 1
}

// ParseComplex is complex(s) for a str s, CPython 3.11's
// complex_subtype_from_string: Unicode whitespace and digits as for
// float(), underscores only between digits, then optional parentheses
// around <float>, <float>j, <float><signed float>j, or the abbreviations
// j, +j, -j, <float>+j, <float>-j. No space may separate the parts.
// Errors (ValueError): "could not convert string to complex: '1__0'" for
// misplaced underscores; "complex() arg is a malformed string" otherwise.
func ParseComplex(s string) (complex128, error) {
	b := toASCIINumber(s)
	if bytes.IndexByte(b, '_') >= 0 {
		for i, c := range b {
			if c == '_' && (i == 0 || i == len(b)-1 || !isDigit(b[i-1]) || !isDigit(b[i+1])) {
				return 0, newErr(Value, "could not convert string to complex: "+constant.Str(s).Repr())
			}
		}
		b = bytes.ReplaceAll(b, []byte("_"), nil)
	}
	malformed := func() (complex128, error) {
		return 0, newErr(Value, "complex() arg is a malformed string")
	}
	at := func(i int) byte {
		if i < len(b) {
			return b[i]
		}
		return 0
	}
	i := 0
	for i < len(b) && isASCIISpace(b[i]) {
		i++
	}
	bracket := false
	if at(i) == '(' {
		bracket = true
		i++
		for i < len(b) && isASCIISpace(b[i]) {
			i++
		}
	}
	var x, y float64
	z, n := parseFloatPrefix(b[i:])
	if n > 0 {
		i += n
		switch c := at(i); {
		case c == '+' || c == '-':
			x = z
			if w, m := parseFloatPrefix(b[i:]); m > 0 {
				y, i = w, i+m
			} else {
				y = boolSign(c == '-')
				i++
			}
			if c := at(i); c != 'j' && c != 'J' {
				return malformed()
			}
			i++
		case c == 'j' || c == 'J':
			y = z
			i++
		default:
			x = z
		}
	} else {
		y = 1
		if c := at(i); c == '+' || c == '-' {
			y = boolSign(c == '-')
			i++
		}
		if c := at(i); c != 'j' && c != 'J' {
			return malformed()
		}
		i++
	}
	for i < len(b) && isASCIISpace(b[i]) {
		i++
	}
	if bracket {
		if at(i) != ')' {
			return malformed()
		}
		i++
		for i < len(b) && isASCIISpace(b[i]) {
			i++
		}
	}
	if i != len(b) {
		return malformed()
	}
	return complex(x, y), nil
}
