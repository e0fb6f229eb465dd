package text

//go:generate sh -c "python3 _gen/tables.py | gofmt > tables_gen.go"

// rangeTable is a sorted list of disjoint inclusive code point ranges.
type rangeTable [][2]rune

func (t rangeTable) contains(r rune) bool {
	lo, hi := 0, len(t)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < t[m][0]:
			hi = m
		case r > t[m][1]:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// Character classes of the Latin-1 range, precomputed from the tables so
// that ASCII and Latin-1 text never searches them.
const (
	clsAlpha = 1 << iota
	clsDecimal
	clsDigit
	clsNumeric
	clsSpace
	clsLower
	clsUpper
	clsTitle
	clsCased
	clsCaseIgnorable
	clsPrintable
	clsXIDStart
	clsXIDContinue
)

var latin1Class [256]uint16

func init() {
	tables := [...]rangeTable{alphaTable, decimalTable, digitTable, numericTable, nil, lowerTable,
		upperTable, titleTable, casedTable, caseIgnorableTable, printableTable, xidStartTable, xidContinueTable}
	for c := rune(0); c < 256; c++ {
		var cls uint16
		for i, t := range tables {
			if t.contains(c) {
				cls |= 1 << i
			}
		}
		if isSpaceSlow(c) {
			cls |= clsSpace
		}
		latin1Class[c] = cls
	}
}

func class(r rune, bit uint16, t rangeTable) bool {
	if r < 256 {
		return r >= 0 && latin1Class[r]&bit != 0
	}
	return t.contains(r)
}

// isSpaceSlow is CPython 3.11's Py_UNICODE_ISSPACE: bidirectional class
// WS, B or S, or category Zs (Unicode 14.0; U+200B and U+FEFF are not
// included, U+001C..U+001F are).
func isSpaceSlow(r rune) bool {
	switch {
	case r >= 0x09 && r <= 0x0D, r >= 0x1C && r <= 0x20, r == 0x85, r == 0xA0, r == 0x1680,
		r >= 0x2000 && r <= 0x200A, r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// IsSpaceRune reports whether r is whitespace for str.isspace, str.split()
// and str.strip().
func IsSpaceRune(r rune) bool {
	if r < 256 {
		return r >= 0 && latin1Class[r]&clsSpace != 0
	}
	return isSpaceSlow(r)
}

// IsLineBreak reports whether str.splitlines breaks at r: \n \r \v \f
// \x1c \x1d \x1e \x85 U+2028 U+2029 (not \x1f).
func IsLineBreak(r rune) bool {
	switch r {
	case '\n', '\r', 0x0B, 0x0C, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

// IsAlphaRune is Py_UNICODE_ISALPHA.
func IsAlphaRune(r rune) bool { return class(r, clsAlpha, alphaTable) }

// IsDecimalRune is Py_UNICODE_ISDECIMAL: r has a decimal digit value.
func IsDecimalRune(r rune) bool { return class(r, clsDecimal, decimalTable) }

// IsDigitRune is Py_UNICODE_ISDIGIT: r has a digit value (e.g. '²').
func IsDigitRune(r rune) bool { return class(r, clsDigit, digitTable) }

// IsNumericRune is Py_UNICODE_ISNUMERIC: r has a numeric value (e.g. '½',
// '一').
func IsNumericRune(r rune) bool { return class(r, clsNumeric, numericTable) }

// IsAlnumRune is Py_UNICODE_ISALNUM: alpha, decimal, digit or numeric.
func IsAlnumRune(r rune) bool {
	return IsAlphaRune(r) || IsDecimalRune(r) || IsDigitRune(r) || IsNumericRune(r)
}

// IsLowerRune reports the Lowercase property (Py_UNICODE_ISLOWER).
func IsLowerRune(r rune) bool { return class(r, clsLower, lowerTable) }

// IsUpperRune reports the Uppercase property (Py_UNICODE_ISUPPER).
func IsUpperRune(r rune) bool { return class(r, clsUpper, upperTable) }

// IsTitleRune reports category Lt (Py_UNICODE_ISTITLE).
func IsTitleRune(r rune) bool { return class(r, clsTitle, titleTable) }

func isCased(r rune) bool         { return class(r, clsCased, casedTable) }
func isCaseIgnorable(r rune) bool { return class(r, clsCaseIgnorable, caseIgnorableTable) }

// IsPrintableRune is Py_UNICODE_ISPRINTABLE: everything but categories
// Cc, Cf, Cs, Co, Cn, Zl, Zp and Zs, with the ASCII space printable.
func IsPrintableRune(r rune) bool { return class(r, clsPrintable, printableTable) }

// IsXIDStartRune reports whether r may begin an identifier: XID_Start or
// '_'.
func IsXIDStartRune(r rune) bool { return class(r, clsXIDStart, xidStartTable) }

// IsXIDContinueRune reports whether r may continue an identifier
// (XID_Continue).
func IsXIDContinueRune(r rune) bool { return class(r, clsXIDContinue, xidContinueTable) }

// DecimalValue returns the decimal digit value of r (0..9), or -1 when r
// is not a decimal digit; int() and float() accept any such digit.
func DecimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !IsDecimalRune(r) {
		return -1
	}
	lo, hi := 0, len(decimalZeros)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if decimalZeros[m] <= r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return int(r - decimalZeros[lo-1])
}
