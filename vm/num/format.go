package num

import (
	"math"
	"math/big"
	"strings"

	"github.com/quicken-py/quicken/vm/constant"
)

// format() for str, int, float and complex: CPython 3.11's
// Python/formatter_unicode.c. Widths count code points. The VM decides
// which function a value goes to (bool uses FormatInt for any non-empty
// spec, see the package comment) and handles the empty spec (str(value))
// itself or passes it through: an empty Spec formats like str().

// MaxFormatWidth caps widths and precisions: CPython raises MemoryError
// when it cannot allocate the padded result; a Go program would die
// instead, so larger requests raise MemoryError up front.
const MaxFormatWidth = 1 << 28

// intMaxC is C's INT_MAX, the largest precision float formatting accepts.
const intMaxC = 1<<31 - 1

// padding resolves the fill and alignment for a type whose default
// alignment is def: numbers ('>') treat a '0' flag as '=' alignment with
// fill '0' unless an alignment was given; strings ('<') only take the fill.
func (s *Spec) padding(def byte) (fill rune, align byte) {
	fill, align = ' ', s.Align
	if s.FillSet {
		fill = s.Fill
	} else if s.Zero {
		fill = '0'
		if align == 0 && def == '>' {
			align = '='
		}
	}
	if align == 0 {
		align = def
	}
	return fill, align
}

func errMemory() *Error { return newErr(Memory, "") }

// FormatStr returns format(s, spec) for a str (CPython's
// format_string_internal): a precision truncates to that many code points,
// the default alignment is left, '^' puts the odd pad on the right.
// Errors (ValueError): "Unknown format code 'd' for object of type 'str'",
// "Space not allowed in string format specifier" (sign ' '), "Sign not allowed in string format specifier", "Negative zero coercion
// (z) not allowed in string format specifier", "Alternate form (#) not
// allowed in string format specifier", "'=' alignment not allowed in string
// format specifier", and the grouping error "Cannot specify ',' with 's'.".
func FormatStr(s string, spec Spec) (string, error) {
	if spec.spec == "" {
		return s, nil
	}
	if err := spec.checkGrouping('s'); err != nil {
		return "", err
	}
	if t := spec.typeOr('s'); t != 's' {
		return "", errUnknownCode(t, spec.typeName)
	}
	switch {
	case spec.Sign == ' ':
		return "", newErr(Value, "Space not allowed in string format specifier")
	case spec.Sign != 0:
		return "", newErr(Value, "Sign not allowed in string format specifier")
	case spec.NoNegZero:
		return "", newErr(Value, "Negative zero coercion (z) not allowed in string format specifier")
	case spec.Alt:
		return "", newErr(Value, "Alternate form (#) not allowed in string format specifier")
	}
	fill, align := spec.padding('<')
	if align == '=' {
		return "", newErr(Value, "'=' alignment not allowed in string format specifier")
	}
	if spec.Width > MaxFormatWidth {
		return "", errMemory()
	}
	n := constant.Str(s).Len()
	if spec.Precision >= 0 && spec.Precision < n {
		s = truncateCodePoints(s, spec.Precision)
		n = spec.Precision
	}
	if spec.Width <= n {
		return s, nil
	}
	return pad(s, n, spec.Width, fill, align), nil
}

// pad aligns text of n code points in width (calc_padding and
// fill_padding): '^' puts the extra pad on the right.
func pad(text string, n, width int, fill rune, align byte) string {
	total := width - n
	left := 0
	switch align {
	case '>':
		left = total
	case '^':
		left = total / 2
	}
	f := string(constant.AppendCodePoint(nil, fill))
	return strings.Repeat(f, left) + text + strings.Repeat(f, total-left)
}

// FormatInt returns format(i, spec) for an int (CPython's
// _PyLong_FormatAdvancedWriter). Types b, c, d, o, x, X, n format the int
// (n as d: the VM runs in the C locale, which has no grouping); e, E, f, F,
// g, G, % format float(i) (OverflowError "int too large to convert to
// float"); no type is d. Decimal output obeys maxDigits (see IntToDecimal;
// 0 means no limit); binary, octal and hex are unlimited.
// Errors (ValueError unless noted): "Unknown format code 's' for object of
// type 'int'", "Precision not allowed in integer format specifier",
// "Negative zero coercion (z) not allowed in integer format specifier",
// "Sign not allowed with integer format specifier 'c'", "Alternate form
// (#) not allowed with integer format specifier 'c'", OverflowError "%c
// arg not in range(0x110000)", and the grouping errors.
func FormatInt(i *big.Int, spec Spec, maxDigits int) (string, error) {
	if err := spec.checkGrouping('d'); err != nil {
		return "", err
	}
	t := spec.typeOr('d')
	switch t {
	case 'b', 'c', 'd', 'o', 'x', 'X', 'n':
	case 'e', 'E', 'f', 'F', 'g', 'G', '%':
		f, err := IntToFloat(i)
		if err != nil {
			return "", err
		}
		return formatFloatSpec(f, spec, t)
	default:
		return "", errUnknownCode(t, spec.typeName)
	}
	if spec.Precision != -1 {
		return "", newErr(Value, "Precision not allowed in integer format specifier")
	}
	if spec.NoNegZero {
		return "", newErr(Value, "Negative zero coercion (z) not allowed in integer format specifier")
	}
	if spec.Width > MaxFormatWidth {
		return "", errMemory()
	}
	fill, align := spec.padding('>')
	if t == 'c' {
		if spec.Sign != 0 {
			return "", newErr(Value, "Sign not allowed with integer format specifier 'c'")
		}
		if spec.Alt {
			return "", newErr(Value, "Alternate form (#) not allowed with integer format specifier 'c'")
		}
		if !i.IsInt64() {
			return "", newErr(Overflow, "Python int too large to convert to C long")
		}
		if x := i.Int64(); x < 0 || x > 0x10FFFF {
			return "", newErr(Overflow, "%c arg not in range(0x110000)")
		}
		ch := string(constant.AppendCodePoint(nil, rune(i.Int64())))
		return layoutNumber(numberParts{remainder: ch, nRemainder: 1}, spec.Sign, spec.Width, fill, align, 0, 0, false), nil
	}
	var digits, prefix string
	group := 3
	switch t {
	case 'd', 'n':
		s, err := IntToDecimal(i, maxDigits)
		if err != nil {
			return "", err
		}
		digits = strings.TrimPrefix(s, "-")
	default:
		base := map[rune]int{'b': 2, 'o': 8, 'x': 16, 'X': 16}[t]
		digits = new(big.Int).Abs(i).Text(base)
		if spec.Alt {
			prefix = "0" + string(rune(t|0x20))
		}
		group = 4
	}
	sep := spec.Grouping
	if t == 'n' {
		sep = 0
	}
	var signChar byte
	if i.Sign() < 0 {
		signChar = '-'
	}
	p := numberParts{sign: signChar, prefix: prefix, digits: digits}
	return layoutNumber(p, spec.Sign, spec.Width, fill, align, sep, group, t == 'X'), nil
}

// FormatFloat returns format(f, spec) for a float (CPython's
// format_float_internal). No type is repr-like: shortest digits, or with a
// precision 'g' that keeps at least one digit after the point ("1.0") and
// switches to exponent form one position earlier; n is g (C locale); % is
// f of f*100 followed by '%'. 'z' turns a negative zero result positive.
// Errors (ValueError): "Unknown format code 'd' for object of type
// 'float'", "precision too big" (beyond C's INT_MAX), and the grouping
// errors.
func FormatFloat(f float64, spec Spec) (string, error) {
	if err := spec.checkGrouping(0); err != nil {
		return "", err
	}
	switch t := spec.typeOr(0); t {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%':
		return formatFloatSpec(f, spec, t)
	default:
		return "", errUnknownCode(t, spec.typeName)
	}
}

// floatText runs the dtoa step of format_float_internal and
// format_complex_internal: the type (0 meaning none) picks the dtoa code,
// precision and flags. addDot0 is set for floats, not for complex parts.
func floatText(f float64, spec *Spec, t rune, addDot0 bool) (string, error) {
	if spec.Precision > intMaxC {
		return "", newErr(Value, "precision too big")
	}
	if spec.Precision > MaxFormatWidth || spec.Width > MaxFormatWidth {
		return "", errMemory()
	}
	prec := spec.Precision
	defPrec := 6
	var flags dtoaFlags
	if spec.Alt {
		flags |= dtsAlt
	}
	if spec.NoNegZero {
		flags |= dtsNoNegZero
	}
	code := byte(t)
	if t == 0 {
		if addDot0 {
			flags |= dtsAddDot0
		}
		code = 'r'
		defPrec = 0
	}
	if t == 'n' {
		code = 'g'
	}
	pct := false
	if t == '%' {
		code = 'f'
		f = float64(f * 100)
		pct = true
	}
	if prec < 0 {
		prec = defPrec
	} else if code == 'r' {
		code = 'g'
	}
	s := formatDouble(f, code, prec, flags)
	if pct {
		s += "%"
	}
	return s, nil
}

func formatFloatSpec(f float64, spec Spec, t rune) (string, error) {
	s, err := floatText(f, &spec, t, true)
	if err != nil {
		return "", err
	}
	if spec.Sign != '+' && spec.Sign != ' ' && spec.Width == -1 && t != 'n' && spec.Grouping == 0 {
		return s, nil
	}
	fill, align := spec.padding('>')
	sep := spec.Grouping
	if t == 'n' {
		sep = 0
	}
	return layoutNumber(splitNumber(s), spec.Sign, spec.Width, fill, align, sep, 3, false), nil
}

// FormatComplex returns format(complex(re, im), spec) (CPython's
// format_complex_internal): each part is formatted like a float (without
// the ".0" of integral values), the imaginary part always signed; with no
// type the result is like str(): "(re+imj)" or "imj" when re is +0.0.
// Grouping applies to each part; width and alignment to the whole.
// Errors (ValueError): "Unknown format code '%' for object of type
// 'complex'", "Zero padding is not allowed in complex format specifier",
// "'=' alignment flag is not allowed in complex format specifier",
// "precision too big", and the grouping errors.
func FormatComplex(re, im float64, spec Spec) (string, error) {
	if err := spec.checkGrouping(0); err != nil {
		return "", err
	}
	t := spec.typeOr(0)
	switch t {
	case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n':
	default:
		return "", errUnknownCode(t, spec.typeName)
	}
	if spec.Precision > intMaxC {
		return "", newErr(Value, "precision too big")
	}
	fill, align := spec.padding('>')
	if fill == '0' {
		return "", newErr(Value, "Zero padding is not allowed in complex format specifier")
	}
	if align == '=' {
		return "", newErr(Value, "'=' alignment flag is not allowed in complex format specifier")
	}
	skipRe, parens := false, false
	if t == 0 {
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	}
	reText, err := floatText(re, &spec, t, false)
	if err != nil {
		return "", err
	}
	imText, _ := floatText(im, &spec, t, false)
	sep := spec.Grouping
	if t == 'n' {
		sep = 0
	}
	var b strings.Builder
	if parens {
		b.WriteByte('(')
	}
	imSign := spec.Sign
	if !skipRe {
		b.WriteString(layoutNumber(splitNumber(reText), spec.Sign, -1, ' ', '<', sep, 3, false))
		imSign = '+'
	}
	b.WriteString(layoutNumber(splitNumber(imText), imSign, -1, ' ', '<', sep, 3, false))
	b.WriteByte('j')
	if parens {
		b.WriteByte(')')
	}
	out := b.String()
	if n := len(out); spec.Width > n {
		return pad(out, n, spec.Width, fill, align), nil
	}
	return out, nil
}

// numberParts is a number cut the way calc_number_widths sees it:
// sign, prefix ("0x"), integer digits (grouped and zero-padded), then an
// optional decimal point and the remainder (fraction, exponent, "inf",
// '%', or the character of 'c').
type numberParts struct {
	sign       byte // '-' or 0
	prefix     string
	digits     string
	decimal    bool
	remainder  string
	nRemainder int // code points in remainder
}

// splitNumber cuts dtoa output (parse_number): leading ASCII digits, then
// a '.' if present, then everything else.
func splitNumber(s string) numberParts {
	var p numberParts
	if strings.HasPrefix(s, "-") {
		p.sign, s = '-', s[1:]
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	p.digits, s = s[:i], s[i:]
	if strings.HasPrefix(s, ".") {
		p.decimal, s = true, s[1:]
	}
	p.remainder, p.nRemainder = s, len(s)
	return p
}

// layoutNumber is calc_number_widths followed by fill_number: it lays out
// [lpad][sign][prefix][spad][grouped digits][.][remainder][rpad] in width.
// signSpec is the spec's sign option; sep is the grouping separator (0 for
// none) every group digits; with '=' alignment and fill '0' the zeros go
// into the digits and are grouped too ('{:013,}' of -12345678 is
// '-0,012,345,678'). upper upper-cases prefix and digits ('X').
func layoutNumber(p numberParts, signSpec byte, width int, fill rune, align byte, sep byte, group int, upper bool) string {
	var sign byte
	switch signSpec {
	case '+':
		sign = '+'
		if p.sign == '-' {
			sign = '-'
		}
	case ' ':
		sign = ' '
		if p.sign == '-' {
			sign = '-'
		}
	default:
		sign = p.sign
	}
	nSign := boolInt(sign != 0)
	nonDigits := nSign + len(p.prefix) + boolInt(p.decimal) + p.nRemainder
	minWidth := 0
	if fill == '0' && align == '=' {
		minWidth = width - nonDigits
	}
	grouped := ""
	if len(p.digits) > 0 {
		grouped = groupDigits(p.digits, minWidth, group, sep)
	}
	var lpad, spad, rpad int
	if n := width - (nonDigits + len(grouped)); n > 0 {
		switch align {
		case '<':
			rpad = n
		case '^':
			lpad = n / 2
			rpad = n - lpad
		case '=':
			spad = n
		default:
			lpad = n
		}
	}
	f := string(constant.AppendCodePoint(nil, fill))
	var b strings.Builder
	b.WriteString(strings.Repeat(f, lpad))
	if sign != 0 {
		b.WriteByte(sign)
	}
	if upper {
		b.WriteString(strings.ToUpper(p.prefix))
	} else {
		b.WriteString(p.prefix)
	}
	b.WriteString(strings.Repeat(f, spad))
	if upper {
		grouped = strings.ToUpper(grouped)
	}
	b.WriteString(grouped)
	if p.decimal {
		b.WriteByte('.')
	}
	b.WriteString(p.remainder)
	b.WriteString(strings.Repeat(f, rpad))
	return b.String()
}

// groupDigits is _PyUnicode_InsertThousandsGrouping: it inserts sep every
// group digits from the right (sep 0: no grouping) and pads with zeros on
// the left to minWidth characters, separators included. A separator is
// never the first character: '{:04,}' of 1 is '0,001'.
func groupDigits(digits string, minWidth, group int, sep byte) string {
	if minWidth < 0 {
		minWidth = 0
	}
	if sep == 0 {
		if len(digits) >= minWidth {
			return digits
		}
		return strings.Repeat("0", minWidth-len(digits)) + digits
	}
	var chunks []string // right to left
	remaining := len(digits)
	for {
		l := min(group, max(remaining, minWidth, 1))
		nZeros := max(0, l-remaining)
		nChars := max(0, min(remaining, l))
		chunks = append(chunks, strings.Repeat("0", nZeros)+digits[remaining-nChars:remaining])
		remaining -= nChars
		minWidth -= l
		if remaining <= 0 && minWidth <= 0 {
			break
		}
		minWidth-- // the separator
	}
	var b strings.Builder
	for k := len(chunks) - 1; k >= 0; k-- {
		b.WriteString(chunks[k])
		if k > 0 {
			b.WriteByte(sep)
		}
	}
	return b.String()
}
