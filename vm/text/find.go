package text

import "strings"

// The start and end arguments of find, count, startswith and their kin
// are code point indexes with Python's slice clamping (ADJUST_INDICES): a
// negative index counts from the end, and an omitted start or end is 0 or
// math.MaxInt, which is what CPython makes of None.

// adjustIndices is CPython 3.11's ADJUST_INDICES. Only end is clamped to
// the length; a start past the end is left for the caller to notice.
func adjustIndices(start, end, length int) (int, int) {
	if end > length {
		end = length
	} else if end < 0 {
		end += length
		if end < 0 {
			end = 0
		}
	}
	if start < 0 {
		start += length
		if start < 0 {
			start = 0
		}
	}
	return start, end
}

// window returns the adjusted code point window [start, end) of s, laid
// out as l, the byte offsets of its bounds and whether it holds at least
// need code points.
func window(s string, l Layout, start, end, need int) (cs, ce, bs, be int, ok bool) {
	cs, ce = adjustIndices(start, end, l.N)
	if ce-cs < need {
		return cs, ce, 0, 0, false
	}
	if l.ascii(s) {
		return cs, ce, cs, ce, true
	}
	// The whole string, the common case, needs no walk.
	bs, be = 0, len(s)
	switch {
	case l.Offs != nil:
		bs, be = int(l.Offs[cs]), int(l.Offs[ce])
	case cs > 0 && ce < l.N:
		bs, be = offsets(s, cs, ce)
	case cs > 0:
		bs = offset(s, cs)
	case ce < l.N:
		be = offset(s, ce)
	}
	return cs, ce, bs, be, true
}

// Find is str.find(sub, start, end): the lowest code point index where sub
// occurs within s[start:end], or -1. An empty sub is found at start, when
// start is not past the end of s.
func Find(s, sub string, start, end int) int { return FindIn(s, Layout{N: Len(s)}, sub, start, end) }

// FindIn is Find on s laid out as l (a str's cached layout): an ASCII s
// is not scanned to find that out, and start and end are found at once.
func FindIn(s string, l Layout, sub string, start, end int) int {
	cs, _, bs, be, ok := window(s, l, start, end, Len(sub))
	if !ok {
		return -1
	}
	if sub == "" {
		return cs
	}
	i := strings.Index(s[bs:be], sub)
	if i < 0 {
		return -1
	}
	return l.index(s, bs+i)
}

// RFind is str.rfind(sub, start, end): the highest index where sub occurs
// within s[start:end], or -1. An empty sub is found at the clamped end.
func RFind(s, sub string, start, end int) int { return RFindIn(s, Layout{N: Len(s)}, sub, start, end) }

// RFindIn is RFind on s laid out as l (see FindIn).
func RFindIn(s string, l Layout, sub string, start, end int) int {
	_, ce, bs, be, ok := window(s, l, start, end, Len(sub))
	if !ok {
		return -1
	}
	if sub == "" {
		return ce
	}
	i := strings.LastIndex(s[bs:be], sub)
	if i < 0 {
		return -1
	}
	return l.index(s, bs+i)
}

var errSubstringNotFound = valueError("substring not found")

// Index is str.index: Find, failing with ValueError "substring not found".
func Index(s, sub string, start, end int) (int, error) {
	if i := Find(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, errSubstringNotFound
}

// RIndex is str.rindex: RFind, failing with ValueError "substring not
// found".
func RIndex(s, sub string, start, end int) (int, error) {
	if i := RFind(s, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, errSubstringNotFound
}

// Count is str.count(sub, start, end): the number of non-overlapping
// occurrences of sub in s[start:end]. An empty sub occurs once more than
// the window has code points (0 when start is past the end).
func Count(s, sub string, start, end int) int { return CountIn(s, Layout{N: Len(s)}, sub, start, end) }

// CountIn is Count on s laid out as l (see FindIn).
func CountIn(s string, l Layout, sub string, start, end int) int {
	cs, ce, bs, be, ok := window(s, l, start, end, Len(sub))
	if !ok {
		return 0
	}
	if sub == "" {
		return ce - cs + 1
	}
	return strings.Count(s[bs:be], sub)
}

// StartsWith is str.startswith(prefix, start, end) for one prefix (a
// tuple of prefixes is the caller's loop). CPython 3.11 tailmatch: false
// when the prefix does not fit in s[start:end], true for an empty one
// that does.
func StartsWith(s, prefix string, start, end int) bool {
	return StartsWithIn(s, Layout{N: Len(s)}, prefix, start, end)
}

// StartsWithIn is StartsWith on s laid out as l (see FindIn).
func StartsWithIn(s string, l Layout, prefix string, start, end int) bool {
	_, _, bs, be, ok := window(s, l, start, end, Len(prefix))
	if !ok {
		return false
	}
	return strings.HasPrefix(s[bs:be], prefix)
}

// EndsWith is str.endswith(suffix, start, end), with StartsWith's rules.
func EndsWith(s, suffix string, start, end int) bool {
	return EndsWithIn(s, Layout{N: Len(s)}, suffix, start, end)
}

// EndsWithIn is EndsWith on s laid out as l (see FindIn).
func EndsWithIn(s string, l Layout, suffix string, start, end int) bool {
	_, _, bs, be, ok := window(s, l, start, end, Len(suffix))
	if !ok {
		return false
	}
	return strings.HasSuffix(s[bs:be], suffix)
}
