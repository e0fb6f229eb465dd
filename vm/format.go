package vm

import (
	"strings"

	"github.com/quicken-py/quicken/vm/num"
	"github.com/quicken-py/quicken/vm/text"
)

// format(), the __format__ methods of the builtin types, f-strings
// (FORMAT_VALUE and BUILD_STRING) and ascii(): CPython 3.11's
// PyObject_Format, int/float/str/complex.__format__ over vm/num's
// format-spec mini-language, and PyObject_ASCII.

// format(v, spec) itself is Machine.Format (PyObject_Format), in
// builtins.go beside the builtin.

// strFormatDunder is str.__format__.
func strFormatDunder(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	if err := m.ParseArgs(&strFormatDunderArgs, args, kwnames, nil); err != nil {
		return Null, err
	}
	spec := m.str(args[0])
	if spec == nil {
		return Null, m.typeError("__format__() argument must be str, not %s", m.badArgumentName(args[0]))
	}
	return m.formatStr(self, spec.S)
}

var strFormatDunderArgs = ArgSpec{Name: "__format__", Func: "str.__format__", Kind: ArgsO}

// formatStr is _PyUnicode_FormatAdvancedWriter: the empty spec is
// str(self) (a subclass's __str__ included).
func (m *Machine) formatStr(v Value, spec string) (Value, error) {
	if spec == "" {
		return m.StrOf(v)
	}
	sp, err := num.ParseSpec(spec, m.typeName(v))
	if err != nil {
		return Null, m.numError(err)
	}
	if err := m.chargeSpec(sp, len(m.str(v).S)); err != nil {
		return Null, err
	}
	r, err := num.FormatStr(m.str(v).S, sp)
	if err != nil {
		return Null, m.numError(err)
	}
	if r != "" && r == m.str(v).S {
		// CPython 3.11: with no padding and no truncation the writer
		// takes the str itself, a subclass instance included.
		return v, nil
	}
	return m.newStr(r)
}

// chargeSpec accounts for the padding a width asks for.
func (m *Machine) chargeSpec(sp num.Spec, n int) error {
	if sp.Width > 64 {
		return m.charge(sp.Width + n)
	}
	return nil
}

// renderField is render_field of str.format: an exact str goes straight
// to its formatter, anything else through format() (CPython calls the
// int, float and complex formatters directly too, which format() reaches
// all the same).
func (m *Machine) renderField(v Value, spec string) (Value, error) {
	if m.isExactStr(v) {
		return m.formatStr(v, spec)
	}
	var sv Value
	if spec == "" {
		sv = m.emptyStr
	} else {
		sv = m.NewStr(spec)
	}
	return m.Format(v, sv)
}

// ---- f-strings ----

// formatValueOp is FORMAT_VALUE: stack ends with the value, and the spec
// above it when flags&0x04; flags&0x03 selects the conversion (1 str, 2
// repr, 3 ascii). An exact str without a spec is its own result.
func (m *Machine) formatValueOp(stack []Value, flags int) (Value, error) {
	var v, spec Value
	if flags&0x04 != 0 {
		v, spec = stack[len(stack)-2], stack[len(stack)-1]
	} else {
		v = stack[len(stack)-1]
	}
	var err error
	switch flags & 0x03 {
	case 1:
		v, err = m.StrOf(v)
	case 2:
		v, err = m.Repr(v)
	case 3:
		v, err = m.Ascii(v)
	}
	if err != nil {
		return Null, err
	}
	if spec == Null {
		if m.isExactStr(v) {
			return v, nil
		}
		spec = m.emptyStr
	}
	return m.Format(v, spec)
}

// buildString is BUILD_STRING (_PyUnicode_JoinArray with an empty
// separator): one exact str is its own result.
func (m *Machine) buildString(parts []Value) (Value, error) {
	if len(parts) == 1 && m.isExactStr(parts[0]) {
		return parts[0], nil
	}
	n := 0
	for _, p := range parts {
		n += len(m.str(p).S)
	}
	if err := m.charge(n); err != nil {
		return Null, err
	}
	var b strings.Builder
	b.Grow(n)
	for _, p := range parts {
		b.WriteString(m.str(p).S)
	}
	return m.NewStr(b.String()), nil
}

// ---- ascii() ----

// Ascii is ascii(v) (PyObject_ASCII): repr(v) with every non-ASCII
// character escaped as \xhh, \uhhhh or \Uhhhhhhhh.
func (m *Machine) Ascii(v Value) (Value, error) {
	r, err := m.Repr(v)
	if err != nil {
		return Null, err
	}
	s := m.str(r).S
	if text.IsASCII(s) {
		return r, nil
	}
	return m.newStr(asciiEscape(s))
}
