package text

import "fmt"

// Error is a Python exception raised by a str or bytes operation, for the
// VM to raise: Type is the exception class name ("ValueError",
// "TypeError", "IndexError", "OverflowError", "LookupError") and Msg is
// str(exception), exactly as CPython 3.11 words it.
type Error struct {
	Type string
	Msg  string
}

// Error returns Msg (str of the exception).
func (e *Error) Error() string { return e.Msg }

func valueError(msg string) error { return &Error{Type: "ValueError", Msg: msg} }

// UnicodeError is a UnicodeEncodeError or UnicodeDecodeError with the
// attributes CPython gives it.
type UnicodeError struct {
	// Type is "UnicodeEncodeError" or "UnicodeDecodeError".
	Type string
	// Encoding is the codec's name as the codec reports it ("utf-8",
	// "ascii", "latin-1"), whatever alias was asked for.
	Encoding string
	// Object is the str being encoded (in this package's representation)
	// or the bytes being decoded.
	Object string
	// Start and End delimit the offending part: code point indexes into
	// the str for encoding, byte offsets for decoding.
	Start, End int
	// Reason is the codec's explanation, e.g. "ordinal not in range(128)".
	Reason string
}

// Error returns str(exception), as CPython 3.11's UnicodeEncodeError and
// UnicodeDecodeError __str__ format it.
func (e *UnicodeError) Error() string {
	if e.Type == "UnicodeDecodeError" {
		if e.Start >= 0 && e.Start < len(e.Object) && e.End == e.Start+1 {
			return fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s",
				e.Encoding, e.Object[e.Start], e.Start, e.Reason)
		}
		return fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s",
			e.Encoding, e.Start, e.End-1, e.Reason)
	}
	if e.End == e.Start+1 && e.Start >= 0 && e.Start < Len(e.Object) {
		r := CodePoints(e.Object)[e.Start]
		var ch string
		switch {
		case r < 0x100:
			ch = fmt.Sprintf("\\x%02x", r)
		case r < 0x10000:
			ch = fmt.Sprintf("\\u%04x", r)
		default:
			ch = fmt.Sprintf("\\U%08x", r)
		}
		return fmt.Sprintf("'%s' codec can't encode character '%s' in position %d: %s",
			e.Encoding, ch, e.Start, e.Reason)
	}
	return fmt.Sprintf("'%s' codec can't encode characters in position %d-%d: %s",
		e.Encoding, e.Start, e.End-1, e.Reason)
}
