// Package text implements CPython 3.11's str algorithms (and the basic bytes
// ones) over Go strings, for the VM to call: find, split, strip, replace,
// case mapping, padding, the is* predicates, slicing by code point, and the
// codecs with their exact error messages: utf-8, ascii, latin-1,
// utf-8-sig, unicode_escape, raw_unicode_escape and the single-byte
// charmap codecs (see codec.go), and the Unicode character names.
//
// # Representation
//
// A Python str is a Go string of UTF-8, except that a lone surrogate
// (U+D800..U+DFFF, which a Python str may hold) is stored as its 3-byte
// generalized UTF-8 form ED A0..BF 80..BF, like WTF-8 — but a surrogate
// pair stays two code points, as in CPython, and is never joined. Go's
// utf8 package rejects those bytes, so this package decodes with its own
// decoder, and every index and length is in code points. This encoding
// keeps Go's byte order equal to code point order, so == and < on the Go
// strings are Python's str comparisons, and byte-wise substring search is
// code-point-exact. A bytes object is a Go string holding the raw bytes.
//
// # Results and errors
//
// Functions return Go values the VM wraps (string, []string, int, bool).
// Where CPython raises, they return a *Error (a Python exception class name
// and its exact message, e.g. ValueError "empty separator") or, for the
// codecs, a *UnicodeError carrying UnicodeEncodeError/UnicodeDecodeError's
// attributes. Argument type checks ("must be str, not int") are the
// caller's; value checks are made here. A start or end argument given as
// None is 0 or math.MaxInt, as CPython makes of it.
//
// # Unicode version
//
// CPython 3.11 uses Unicode 14.0.0 while Go 1.26's unicode package has
// 15.0.0. Every character property and case mapping used here (alpha,
// decimal, digit, numeric, lower, upper, title, cased, case-ignorable,
// printable, XID_Start, XID_Continue, and the full upper, lower, title and
// fold mappings of SpecialCasing) is therefore generated from CPython
// 3.11's own str methods by _gen/tables.py, so they agree with CPython on
// every code point; the package does not use Go's unicode tables.
// Whitespace and line breaks are the fixed sets CPython 3.11 has.
package text
