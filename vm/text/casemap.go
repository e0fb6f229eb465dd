package text

// caseRun maps every stride-th code point of [lo, hi], starting at lo, to
// itself plus delta.
type caseRun struct {
	lo, hi rune
	stride int32
	delta  int32
}

// caseSpecial is a mapping to other than exactly one code point.
type caseSpecial struct {
	r rune
	m string
}

// caseTable holds one of CPython 3.11's full case mappings as the
// generator found it; code points in neither list map to themselves (or,
// for titleCase and foldCase, to the mapping they are stored relative to).
type caseTable struct {
	runs    []caseRun
	special []caseSpecial
}

// lookup returns the special mapping of r if any (ok with multi != ""),
// else its one-code-point mapping (ok true) or ok false.
func (t *caseTable) lookup(r rune) (single rune, multi string, ok bool) {
	lo, hi := 0, len(t.special)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		switch {
		case r < t.special[m].r:
			hi = m
		case r > t.special[m].r:
			lo = m + 1
		default:
			return 0, t.special[m].m, true
		}
	}
	lo, hi = 0, len(t.runs)
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		run := &t.runs[m]
		switch {
		case r < run.lo:
			hi = m
		case r > run.hi:
			lo = m + 1
		default:
			if (r-run.lo)%run.stride == 0 {
				return r + run.delta, "", true
			}
			return 0, "", false
		}
	}
	return 0, "", false
}

// appendUpper appends _PyUnicode_ToUpperFull(r).
func appendUpper(buf []byte, r rune) []byte {
	if r < 0x80 {
		if 'a' <= r && r <= 'z' {
			r -= 'a' - 'A'
		}
		return append(buf, byte(r))
	}
	if s, m, ok := upperCase.lookup(r); ok {
		if m != "" {
			return append(buf, m...)
		}
		r = s
	}
	return appendRune(buf, r)
}

// appendLowerNoSigma appends _PyUnicode_ToLowerFull(r).
func appendLowerNoSigma(buf []byte, r rune) []byte {
	if r < 0x80 {
		if 'A' <= r && r <= 'Z' {
			r += 'a' - 'A'
		}
		return append(buf, byte(r))
	}
	if s, m, ok := lowerCase.lookup(r); ok {
		if m != "" {
			return append(buf, m...)
		}
		r = s
	}
	return appendRune(buf, r)
}

// appendTitle appends _PyUnicode_ToTitleFull(r).
func appendTitle(buf []byte, r rune) []byte {
	if s, m, ok := titleCase.lookup(r); ok {
		if m != "" {
			return append(buf, m...)
		}
		return appendRune(buf, s)
	}
	return appendUpper(buf, r)
}

// appendFold appends _PyUnicode_ToFoldedFull(r).
func appendFold(buf []byte, r rune) []byte {
	if s, m, ok := foldCase.lookup(r); ok {
		if m != "" {
			return append(buf, m...)
		}
		return appendRune(buf, s)
	}
	return appendLowerNoSigma(buf, r)
}
