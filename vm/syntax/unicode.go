package syntax

//go:generate sh -c "python3 _gen/unicode_tables.py | gofmt > unicode_tables.go"

// The character classes the tokenizer needs, with CPython 3.11's answers
// (Unicode 14.0): Go's unicode tables follow a newer Unicode version, so
// the non-ASCII ranges are generated from CPython's unicodedata.

type runeRange struct{ lo, hi rune }

func inRanges(r rune, rs []runeRange) bool {
	lo, hi := 0, len(rs)
	for lo < hi {
		m := (lo + hi) / 2
		switch {
		case r < rs[m].lo:
			hi = m
		case r > rs[m].hi:
			lo = m + 1
		default:
			return true
		}
	}
	return false
}

// isXIDStart reports whether r may start an identifier (not counting '_').
func isXIDStart(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
	}
	return inRanges(r, xidStartRanges)
}

// isXIDContinue reports whether r may continue an identifier.
func isXIDContinue(r rune) bool {
	if r < 0x80 {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9' || r == '_'
	}
	return inRanges(r, xidContinueRanges)
}

// isPrintable is Py_UNICODE_ISPRINTABLE.
func isPrintable(r rune) bool {
	if r < 0x80 {
		return r >= 0x20 && r < 0x7F
	}
	return inRanges(r, printableRanges)
}
