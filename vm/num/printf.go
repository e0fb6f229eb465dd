package num

import (
	"math/big"
	"strings"
)

// %-formatting of numbers ("%5.2f" % x): CPython 3.11's formatlong,
// formatfloat and unicode_format_arg_output in Objects/unicodeobject.c.
// The VM parses the format string, fetches arguments and converts them
// (a float for %d is truncated to an int first; %x of a float is a
// TypeError); these functions format one converted number.

// PrintfFlags are the flag characters of one % conversion.
type PrintfFlags struct {
	Left  bool // '-': pad on the right (with spaces, whatever '0' says)
	Plus  bool // '+': sign non-negative numbers with '+'
	Space bool // ' ': sign non-negative numbers with a space ('+' wins)
	Alt   bool // '#': 0o/0x/0X prefix; keep the point and zeros of e/f/g
	Zero  bool // '0': pad with zeros after the sign and prefix
}

// PrintfInt formats an int for the conversions d, i, u (decimal), o, x and
// X. width and prec are -1 when absent; a precision is the minimum number
// of digits. Decimal output obeys maxDigits (see IntToDecimal).
// "%#x" % 255 == '0xff', "%#.5x" % -255 == '-0x000ff', "%05d" % -42 ==
// '-0042', "%-+6d" % 42 == '+42   '.
func PrintfInt(i *big.Int, flags PrintfFlags, width, prec int, conv byte, maxDigits int) (string, error) {
	if width > MaxFormatWidth || prec > MaxFormatWidth {
		return "", errMemory()
	}
	var digits, prefix string
	switch conv {
	case 'd', 'i', 'u':
		s, err := IntToDecimal(i, maxDigits)
		if err != nil {
			return "", err
		}
		digits = strings.TrimPrefix(s, "-")
	case 'o':
		digits = new(big.Int).Abs(i).Text(8)
		prefix = "0o"
	case 'x', 'X':
		digits = new(big.Int).Abs(i).Text(16)
		prefix = "0x"
	default:
		panic("num.PrintfInt: conversion " + string(conv))
	}
	if !flags.Alt {
		prefix = ""
	}
	if prec > len(digits) {
		digits = strings.Repeat("0", prec-len(digits)) + digits
	}
	body := prefix + digits
	if conv == 'X' {
		body = strings.ToUpper(body)
	}
	if i.Sign() < 0 {
		body = "-" + body
	}
	return printfOutput(body, flags, width, flags.Alt && prefix != ""), nil
}

// PrintfFloat formats a float for the conversions e, E, f, F, g, G; prec
// is -1 when absent (then 6). "%g" % 1.0 == '1', "%#g" % 1.0 ==
// '1.00000', "%.0e" % 12345.0 == '1e+04', "%05f" % inf == '00inf'.
func PrintfFloat(f float64, flags PrintfFlags, width, prec int, conv byte) (string, error) {
	switch conv {
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		panic("num.PrintfFloat: conversion " + string(conv))
	}
	if width > MaxFormatWidth || prec > MaxFormatWidth {
		return "", errMemory()
	}
	if prec < 0 {
		prec = 6
	}
	var df dtoaFlags
	if flags.Alt {
		df |= dtsAlt
	}
	return printfOutput(formatDouble(f, conv, prec, df), flags, width, false), nil
}

// printfOutput is unicode_format_arg_output for a number: the sign (from
// the text, or '+'/' ' from the flags) and a 0x/0o prefix (hasPrefix) go
// before zero padding and after space padding.
func printfOutput(s string, flags PrintfFlags, width int, hasPrefix bool) string {
	fill := byte(' ')
	if flags.Zero {
		fill = '0'
	}
	var sign byte
	if s[0] == '-' || s[0] == '+' {
		sign, s = s[0], s[1:]
	} else if flags.Plus {
		sign = '+'
	} else if flags.Space {
		sign = ' '
	}
	n := len(s)
	if width < n {
		width = n
	}
	var b strings.Builder
	if sign != 0 {
		if fill != ' ' {
			b.WriteByte(sign)
		}
		if width > n {
			width--
		}
	}
	prefix := ""
	if hasPrefix {
		prefix, s = s[:2], s[2:]
		if fill != ' ' {
			b.WriteString(prefix)
		}
		width = max(width-2, 0)
		n -= 2
	}
	if width > n && !flags.Left {
		b.WriteString(strings.Repeat(string(fill), width-n))
		width = n
	}
	if fill == ' ' {
		if sign != 0 {
			b.WriteByte(sign)
		}
		b.WriteString(prefix)
	}
	b.WriteString(s)
	if width > n {
		b.WriteString(strings.Repeat(" ", width-n))
	}
	return b.String()
}
