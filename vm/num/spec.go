package num

import (
	"math"
	"strconv"

	"github.com/quicken-py/quicken/vm/constant"
)

// Spec is a parsed format specification, the mini-language of format(),
// str.format and f-strings:
//
//	[[fill]align][sign][z][#][0][width][grouping][.precision][type]
//
// It keeps what was written; each FormatX applies its type's defaults
// (numbers align right and treat a leading 0 as '=' alignment with fill
// '0'; strings align left).
type Spec struct {
	Fill      rune // fill character; meaningful when FillSet or Zero
	FillSet   bool // a fill character was given before the alignment
	Align     byte // '<', '>', '=', '^', or 0 when not given
	Sign      byte // '+', '-', ' ', or 0 when not given
	NoNegZero bool // 'z' (3.11): a negative zero result loses its sign
	Alt       bool // '#'
	Zero      bool // a '0' before the width (without an explicit fill)
	Width     int  // -1 when not given
	Grouping  byte // ',' or '_', or 0
	Precision int  // -1 when not given
	Type      rune // the presentation type; meaningful when TypeSet
	TypeSet   bool // a type was given (it may be NUL, which differs from none for int and str)

	spec     string // the text, for error messages
	typeName string // the Python type named in error messages
}

// ParseSpec parses a format spec for a value of the Python type typeName
// ("int", "float", "str", a subclass name…), which error messages name.
// CPython 3.11's parse_internal_render_format_spec errors (all ValueError):
//   - "Invalid format specifier '<spec>' for object of type '<type>'" when
//     more than one character is left for the type;
//   - "Format specifier missing precision" for a '.' without digits;
//   - "Too many decimal digits in format string" for a width or precision
//     beyond Py_ssize_t;
//   - "Cannot specify both ',' and '_'.";
//
// The check that the grouping suits the presentation type ("Cannot specify
// ',' with 'x'.") needs the type's default presentation type and is made by
// the FormatX functions, before anything else, which is the same order.
// The empty spec is valid and means str(value); the VM usually handles it
// before calling in.
func ParseSpec(spec, typeName string) (Spec, error) {
	s := Spec{Width: -1, Precision: -1, spec: spec, typeName: typeName}
	cps := []rune(nil)
	for i := 0; i < len(spec); {
		r, n := constant.DecodeCodePoint(spec[i:])
		cps = append(cps, r)
		i += n
	}
	pos, end := 0, len(cps)
	isAlign := func(r rune) bool { return r == '<' || r == '>' || r == '=' || r == '^' }
	if end-pos >= 2 && isAlign(cps[pos+1]) {
		s.Fill, s.FillSet, s.Align = cps[pos], true, byte(cps[pos+1])
		pos += 2
	} else if end-pos >= 1 && isAlign(cps[pos]) {
		s.Align = byte(cps[pos])
		pos++
	}
	if end-pos >= 1 && (cps[pos] == ' ' || cps[pos] == '+' || cps[pos] == '-') {
		s.Sign = byte(cps[pos])
		pos++
	}
	if end-pos >= 1 && cps[pos] == 'z' {
		s.NoNegZero = true
		pos++
	}
	if end-pos >= 1 && cps[pos] == '#' {
		s.Alt = true
		pos++
	}
	if !s.FillSet && end-pos >= 1 && cps[pos] == '0' {
		s.Zero = true
		pos++
	}
	w, n, err := specInteger(cps, &pos)
	if err != nil {
		return s, err
	}
	if n > 0 {
		s.Width = w
	}
	if end-pos > 0 && cps[pos] == ',' {
		s.Grouping = ','
		pos++
	}
	if end-pos > 0 && cps[pos] == '_' {
		if s.Grouping != 0 {
			return s, newErr(Value, "Cannot specify both ',' and '_'.")
		}
		s.Grouping = '_'
		pos++
	}
	if end-pos > 0 && cps[pos] == ',' && s.Grouping == '_' {
		return s, newErr(Value, "Cannot specify both ',' and '_'.")
	}
	if end-pos > 0 && cps[pos] == '.' {
		pos++
		p, n, err := specInteger(cps, &pos)
		if err != nil {
			return s, err
		}
		if n == 0 {
			return s, newErr(Value, "Format specifier missing precision")
		}
		s.Precision = p
	}
	if end-pos > 1 {
		return s, newErr(Value, "Invalid format specifier '"+spec+"' for object of type '"+
			truncateBytes(typeName, 200)+"'")
	}
	if end-pos == 1 {
		s.Type, s.TypeSet = cps[pos], true
	}
	return s, nil
}

// checkGrouping is the last check of CPython's spec parser, made once
// the type's default presentation type is known: ',' goes with d, e, f, g,
// E, G, %, F and no type; '_' also with b, o, x, X (groups of four).
func (s *Spec) checkGrouping(defaultType rune) error {
	if s.Grouping == 0 {
		return nil
	}
	t := s.typeOr(defaultType)
	switch t {
	case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F', 0:
		return nil
	case 'b', 'o', 'x', 'X':
		if s.Grouping == '_' {
			return nil
		}
	}
	return errGroupingType(s.Grouping, t)
}

// typeOr returns the presentation type, or def when none was given. For
// float and complex def is NUL, so a NUL given explicitly means no type, as
// in CPython.
func (s *Spec) typeOr(def rune) rune {
	if s.TypeSet {
		return s.Type
	}
	return def
}

// specInteger reads decimal digits (any Unicode decimal digit, as
// Py_UNICODE_TODECIMAL) and reports how many it read.
func specInteger(cps []rune, pos *int) (v, n int, err error) {
	for ; *pos < len(cps); *pos, n = *pos+1, n+1 {
		d := decimalValue(cps[*pos])
		if d < 0 {
			break
		}
		if v > (math.MaxInt64-d)/10 {
			return 0, 0, newErr(Value, "Too many decimal digits in format string")
		}
		v = v*10 + d
	}
	return v, n, nil
}

// presentation writes a type code as CPython's messages do: the character
// when printable ASCII, else \x and its hex value.
func presentation(t rune) string {
	if t > 32 && t < 128 {
		return string(t)
	}
	return `\x` + strconv.FormatInt(int64(t), 16)
}

func errGroupingType(sep byte, t rune) *Error {
	return newErr(Value, "Cannot specify '"+string(sep)+"' with '"+presentation(t)+"'.")
}

func errUnknownCode(t rune, typeName string) *Error {
	return newErr(Value, "Unknown format code '"+presentation(t)+"' for object of type '"+
		truncateBytes(typeName, 200)+"'")
}

// truncateBytes cuts a type name as C's "%.200s" does.
func truncateBytes(s string, n int) string {
	if len(s) > n {
		return s[:n]
	}
	return s
}
