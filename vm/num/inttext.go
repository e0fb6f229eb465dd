package num

import (
	"math/big"
	"strconv"

	"github.com/quicken-py/quicken/vm/constant"
)

// DefaultMaxStrDigits is CPython 3.11's default sys.get_int_max_str_digits():
// decimal (and other non-power-of-two base) conversions between int and str
// of more digits raise ValueError. 0 means no limit.
const DefaultMaxStrDigits = 4300

// IntToDecimal returns str(i), refusing, like CPython 3.11, to produce more
// than maxDigits digits (the sign not counted) unless maxDigits is 0:
// ValueError "Exceeds the limit (4300 digits) for integer string
// conversion; use sys.set_int_max_str_digits() to increase the limit".
// 10**4299 (4300 digits) converts; 10**4300 does not.
func IntToDecimal(i *big.Int, maxDigits int) (string, error) {
	if i.IsInt64() {
		return strconv.FormatInt(i.Int64(), 10), nil
	}
	// A cheap bound first so that huge ints are refused without the
	// quadratic-or-worse conversion: bits·log10(2) bounds the digit count.
	if maxDigits > 0 {
		if lo := int(float64(i.BitLen()-1) * 0.30102999566398114); lo > maxDigits {
			return "", errToStrLimit(maxDigits)
		}
	}
	s := i.String()
	if n := len(s) - boolInt(i.Sign() < 0); maxDigits > 0 && n > maxDigits {
		return "", errToStrLimit(maxDigits)
	}
	return s, nil
}

func errToStrLimit(maxDigits int) *Error {
	return newErr(Value, "Exceeds the limit ("+strconv.Itoa(maxDigits)+
		" digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit")
}

func boolInt(b bool) int {
	if b {
		return 1
	}
	return 0
}

// IntToBase returns i in base 2, 8 or 16 as bin(), oct() and hex() write
// it: "-0x1f", "0b101", "0o17" (CPython's _PyLong_Format, lower case,
// unlimited length). With prefix false the "0x" is left out ("-1f").
func IntToBase(i *big.Int, base int, prefix bool) string {
	var p string
	switch base {
	case 2:
		p = "0b"
	case 8:
		p = "0o"
	case 16:
		p = "0x"
	default:
		panic("num.IntToBase: base " + strconv.Itoa(base))
	}
	if !prefix {
		p = ""
	}
	if i.Sign() < 0 {
		return "-" + p + new(big.Int).Neg(i).Text(base)
	}
	return p + i.Text(base)
}

// ParseInt is int(s, base) for a str s (held in constant.Str's encoding)
// with the default digit limit; see ParseIntLimit.
func ParseInt(s string, base int) (*big.Int, error) {
	return ParseIntLimit(s, base, DefaultMaxStrDigits)
}

// ParseIntLimit is int(s, base) for a str, CPython 3.11's
// PyLong_FromUnicodeObject:
//   - Unicode whitespace around the number is ignored, and Unicode decimal
//     digits count as their ASCII digits (int('١٢') == 12); between the
//     sign and the digits no space is allowed;
//   - one underscore may separate digits ('1_000'), and one may follow a
//     base prefix ('0x_1f'), nowhere else;
//   - base 0 reads a 0x/0o/0b prefix, else decimal, where a leading zero is
//     only allowed if the value is zero ('00', '0_0'); base 16, 8 and 2
//     accept their own prefix;
//   - bases other than 2, 4, 8, 16 and 32 refuse more than maxDigits digits
//     (when maxDigits > 0), checked before the rest of the string.
//
// Errors: ValueError "int() base must be >= 2 and <= 36, or 0"; ValueError
// "invalid literal for int() with base 10: 'abc'", where the base is the
// argument as given (0 stays 0) and the repr of s is cut to 200 code
// points; ValueError "Exceeds the limit (4300 digits) for integer string
// conversion: value has 4301 digits; use sys.set_int_max_str_digits() to
// increase the limit".
func ParseIntLimit(s string, base, maxDigits int) (*big.Int, error) {
	if base != 0 && (base < 2 || base > 36) {
		return nil, newErr(Value, "int() base must be >= 2 and <= 36, or 0")
	}
	if v, ok := parseSmallDecimal(s, base); ok {
		return big.NewInt(v), nil
	}
	z, err := parseIntASCII(toASCIINumber(s), base, maxDigits)
	if err != nil {
		return nil, err
	}
	if z == nil {
		return nil, newErr(Value, "invalid literal for int() with base "+strconv.Itoa(base)+": "+
			truncateCodePoints(constant.Str(s).Repr(), 200))
	}
	return z, nil
}

// parseSmallDecimal is the fast path for plain short ASCII decimals such
// as "42" or "-7": at most 18 digits, no spaces, underscores or leading
// zeros (which base 0 treats specially).
func parseSmallDecimal(s string, base int) (int64, bool) {
	if base != 10 && base != 0 {
		return 0, false
	}
	i, neg := 0, false
	if len(s) > 0 && (s[0] == '-' || s[0] == '+') {
		neg, i = s[0] == '-', 1
	}
	if len(s)-i == 0 || len(s)-i > 18 || (s[i] == '0' && len(s)-i > 1) {
		return 0, false
	}
	var v int64
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			return 0, false
		}
		v = v*10 + int64(c-'0')
	}
	if neg {
		v = -v
	}
	return v, true
}

// digitValue is CPython's _PyLong_DigitValue: 0-9, then a-z and A-Z as
// 10..35; 37 for anything else.
func digitValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'z':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'Z':
		return int(c-'A') + 10
	}
	return 37
}

// parseIntASCII is PyLong_FromString on the transformed text: it returns
// nil, nil for an invalid literal, and an error only for the digit limit.
func parseIntASCII(b []byte, base, maxDigits int) (*big.Int, error) {
	at := func(i int) byte { // the C string's view: NUL past the end
		if i < len(b) {
			return b[i]
		}
		return 0
	}
	p := 0
	for p < len(b) && isASCIISpace(b[p]) {
		p++
	}
	neg := false
	if c := at(p); c == '+' || c == '-' {
		neg = c == '-'
		p++
	}
	zeroOnly := false
	if base == 0 {
		switch {
		case at(p) != '0':
			base = 10
		case at(p+1) == 'x' || at(p+1) == 'X':
			base = 16
		case at(p+1) == 'o' || at(p+1) == 'O':
			base = 8
		case at(p+1) == 'b' || at(p+1) == 'B':
			base = 2
		default:
			// An old C-style octal literal: invalid unless it is zero.
			zeroOnly, base = true, 10
		}
	}
	if at(p) == '0' {
		c := at(p + 1)
		if (base == 16 && (c == 'x' || c == 'X')) || (base == 8 && (c == 'o' || c == 'O')) ||
			(base == 2 && (c == 'b' || c == 'B')) {
			p += 2
			if at(p) == '_' {
				p++ // one underscore may follow the prefix
			}
		}
	}
	if at(p) == '_' {
		return nil, nil
	}
	digits := make([]byte, 0, len(b)-p)
	prev := byte(0)
	if p > 0 {
		prev = b[p-1]
	}
	for ; p < len(b) && (digitValue(b[p]) < base || b[p] == '_'); p++ {
		if b[p] == '_' {
			if prev == '_' {
				return nil, nil
			}
		} else {
			digits = append(digits, b[p])
		}
		prev = b[p]
	}
	if prev == '_' {
		return nil, nil
	}
	if base&(base-1) != 0 && maxDigits > 0 && len(digits) > maxDigits {
		return nil, newErr(Value, "Exceeds the limit ("+strconv.Itoa(maxDigits)+
			" digits) for integer string conversion: value has "+strconv.Itoa(len(digits))+
			" digits; use sys.set_int_max_str_digits() to increase the limit")
	}
	if len(digits) == 0 {
		return nil, nil
	}
	for p < len(b) && isASCIISpace(b[p]) {
		p++
	}
	if p != len(b) {
		return nil, nil
	}
	z, ok := new(big.Int).SetString(string(digits), base)
	if !ok {
		return nil, nil
	}
	if zeroOnly && z.Sign() != 0 {
		return nil, nil
	}
	if neg {
		z.Neg(z)
	}
	return z, nil
}

// truncateCodePoints cuts s after n code points, as C's "%.200R" does.
func truncateCodePoints(s string, n int) string {
	for i := 0; i < len(s); n-- {
		if n == 0 {
			return s[:i]
		}
		_, w := constant.DecodeCodePoint(s[i:])
		i += w
	}
	return s
}
