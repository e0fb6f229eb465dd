package num

import (
	"math"
	"strconv"
	"strings"
)

// The float → text core shared by repr, format() and %-formatting: CPython
// 3.11's PyOS_double_to_string. David Gay's dtoa supplies CPython's digits;
// here strconv does, which is also exact: shortest round-trip digits for
// mode 0, and correctly rounded (half to even on the exact binary value)
// digits for a fixed count.

// dtoaFlags are PyOS_double_to_string's Py_DTSF_* flags.
type dtoaFlags uint8

const (
	dtsSign      dtoaFlags = 1 << iota // Py_DTSF_SIGN: always write a sign
	dtsAddDot0                         // Py_DTSF_ADD_DOT_0: integral fixed output gets ".0"
	dtsAlt                             // Py_DTSF_ALT: keep the point and trailing zeros ('#')
	dtsNoNegZero                       // Py_DTSF_NO_NEG_0: a result that rounds to zero loses its '-' ('z')
)

// digitsOf returns the decimal digits of |x| (finite) in dtoa's form: no
// leading or trailing zeros, value 0.d1d2…×10**decpt, zero as "0" with
// decpt 1. mode 0 is the shortest round-trip string; mode 2 rounds to n
// significant digits; mode 3 rounds to n digits after the point.
func digitsOf(x float64, mode, n int) (digits string, decpt int) {
	x = math.Abs(x)
	if x == 0 {
		return "0", 1
	}
	switch mode {
	case 0, 2:
		prec := -1
		if mode == 2 {
			prec = n - 1
		}
		s := strconv.FormatFloat(x, 'e', prec, 64)
		mant, exp, _ := strings.Cut(s, "e")
		e, _ := strconv.Atoi(exp)
		digits = strings.TrimRight(strings.Replace(mant, ".", "", 1), "0")
		if digits == "" {
			return "0", 1
		}
		return digits, e + 1
	}
	s := strconv.FormatFloat(x, 'f', n, 64)
	ip, fp, _ := strings.Cut(s, ".")
	all := ip + fp
	decpt = len(ip)
	t := strings.TrimLeft(all, "0")
	decpt -= len(all) - len(t)
	digits = strings.TrimRight(t, "0")
	if digits == "" {
		return "0", 1
	}
	return digits, decpt
}

// formatDouble is PyOS_double_to_string(x, code, prec, flags) for code
// 'e', 'f', 'g' (upper case for 'E', 'F', 'G': exponent letter, INF, NAN)
// or 'r' (repr: shortest digits, prec ignored).
//
// CPython 3.11 rules (format_float_short): 'e' gives prec digits after
// the point; 'f' prec digits after the point; 'g' prec significant digits
// (0 counts as 1), exponent form when the decimal exponent is < -4 or
// >= prec (>= prec-1 ... with ADD_DOT_0, as for format() without a type),
// trailing zeros dropped unless ALT; 'r' exponent form when the exponent is
// < -4 or >= 16. Exponents have a sign and at least two digits. A NaN never
// shows a '-' (but does get '+' with SIGN).
func formatDouble(x float64, code byte, prec int, flags dtoaFlags) string {
	upper := code >= 'A' && code <= 'Z'
	lc := code | 0x20
	neg := math.Signbit(x)
	var b []byte
	if math.IsNaN(x) || math.IsInf(x, 0) {
		if math.IsNaN(x) {
			neg = false
		}
		if neg {
			b = append(b, '-')
		} else if flags&dtsSign != 0 {
			b = append(b, '+')
		}
		w := "inf"
		if math.IsNaN(x) {
			w = "nan"
		}
		if upper {
			w = strings.ToUpper(w)
		}
		return string(append(b, w...))
	}
	var digits string
	var decpt int
	switch lc {
	case 'r':
		digits, decpt = digitsOf(x, 0, 0)
	case 'e':
		prec++
		digits, decpt = digitsOf(x, 2, prec)
	case 'g':
		if prec == 0 {
			prec = 1
		}
		digits, decpt = digitsOf(x, 2, prec)
	case 'f':
		digits, decpt = digitsOf(x, 3, prec)
	default:
		panic("num.formatDouble: format code " + string(code))
	}
	if flags&dtsNoNegZero != 0 && neg && digits == "0" {
		neg = false
	}
	addDot0 := flags&dtsAddDot0 != 0
	alt := flags&dtsAlt != 0

	// Output the slice vdigits[vstart:vend] of the digit string padded with
	// zeros on both sides, with the point after position decpt.
	useExp := false
	vend := len(digits)
	switch lc {
	case 'e':
		useExp = true
		vend = prec
	case 'f':
		vend = decpt + prec
	case 'g':
		limit := prec
		if addDot0 {
			limit = prec - 1
		}
		if decpt <= -4 || decpt > limit {
			useExp = true
		}
		if alt {
			vend = prec
		}
	case 'r':
		if decpt <= -4 || decpt > 16 {
			useExp = true
		}
	}
	exp := 0
	if useExp {
		exp = decpt - 1
		decpt = 1
	}
	vstart := 0
	if decpt <= 0 {
		vstart = decpt - 1
	}
	if !useExp && addDot0 {
		vend = max(vend, decpt+1)
	} else {
		vend = max(vend, decpt)
	}

	if neg {
		b = append(b, '-')
	} else if flags&dtsSign != 0 {
		b = append(b, '+')
	}
	zeros := func(n int) {
		for ; n > 0; n-- {
			b = append(b, '0')
		}
	}
	if decpt <= 0 {
		zeros(decpt - vstart)
		b = append(b, '.')
		zeros(-decpt)
	} else {
		zeros(-vstart)
	}
	if decpt > 0 && decpt <= len(digits) {
		b = append(b, digits[:decpt]...)
		b = append(b, '.')
		b = append(b, digits[decpt:]...)
	} else {
		b = append(b, digits...)
	}
	if len(digits) < decpt {
		zeros(decpt - len(digits))
		b = append(b, '.')
		zeros(vend - decpt)
	} else {
		zeros(vend - len(digits))
	}
	if b[len(b)-1] == '.' && !alt {
		b = b[:len(b)-1]
	}
	if useExp {
		if upper {
			b = append(b, 'E')
		} else {
			b = append(b, 'e')
		}
		if exp < 0 {
			b = append(b, '-')
			exp = -exp
		} else {
			b = append(b, '+')
		}
		if exp < 10 {
			b = append(b, '0')
		}
		b = strconv.AppendInt(b, int64(exp), 10)
	}
	return string(b)
}
