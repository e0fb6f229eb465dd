package num

import (
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
