package text

import "strings"

// Replace is str.replace(old, new, count): the first count non-overlapping
// occurrences of old replaced, all of them when count < 0. An empty old
// matches before every code point and at the end ("abc".replace("", "-")
// is "-a-b-c-", and "".replace("", "x") is "x"). A result larger than
// MaxSize fails with MemoryError.
func Replace(s, old, new string, count int) (string, error) {
	if count == 0 {
		return s, nil
	}
	if old != "" {
		if len(new) > len(old) {
			n := strings.Count(s, old)
			if count >= 0 && count < n {
				n = count
			}
			if err := checkStrSize(mulAdd(n, len(new)-len(old), len(s))); err != nil {
				return "", err
			}
		}
		return strings.Replace(s, old, new, count), nil
	}
	if count < 0 || count > len(s)+1 {
		count = len(s) + 1
	}
	if err := checkStrSize(mulAdd(count, len(new), len(s))); err != nil {
		return "", err
	}
	var b strings.Builder
	i := 0
	for ; count > 0 && i < len(s); count-- {
		b.WriteString(new)
		_, n := decode(s, i)
		b.WriteString(s[i : i+n])
		i += n
	}
	if count > 0 {
		b.WriteString(new)
	}
	b.WriteString(s[i:])
	return b.String(), nil
}

// Translate is str.translate for a table the caller looks code points up
// in: lookup returns the replacement text and true, or false when the
// table has no entry (LookupError), in which case the code point is kept;
// a None entry is an empty replacement. An error from lookup (an
// exception raised by the table, or CPython's TypeError "character
// mapping must return integer, None or str" and ValueError "character
// mapping must be in range(0x110000)", which the caller raises) stops the
// translation and is returned. A result larger than MaxSize fails with
// MemoryError.
func Translate(s string, lookup func(r rune) (string, bool, error)) (string, error) {
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		repl, ok, err := lookup(r)
		if err != nil {
			return "", err
		}
		if ok {
			if b.Len()+len(repl) > MaxSize {
				return "", errMemory
			}
			b.WriteString(repl)
		} else {
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String(), nil
}

// ExpandTabs is str.expandtabs(tabsize): each tab replaced by spaces up to
// the next multiple of tabsize columns (removed when tabsize <= 0); the
// column restarts after \n and \r only. A result longer than the largest
// Py_ssize_t fails with OverflowError "new string is too long", one larger
// than MaxSize with MemoryError.
func ExpandTabs(s string, tabsize int) (string, error) {
	if strings.IndexByte(s, '\t') < 0 {
		return s, nil
	}
	const maxSize = int(^uint(0) >> 1)
	// First pass: the result's length, checked for overflow as CPython does.
	total, col := 0, 0
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		i += n
		if r == '\t' {
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if incr > maxSize-total {
					return "", &Error{Type: "OverflowError", Msg: "new string is too long"}
				}
				col += incr
				total += incr
			}
			continue
		}
		if total == maxSize {
			return "", &Error{Type: "OverflowError", Msg: "new string is too long"}
		}
		total++
		col++
		if r == '\n' || r == '\r' {
			col = 0
		}
	}
	if err := checkStrSize(mulAdd(1, total, len(s))); err != nil {
		return "", err
	}
	var b strings.Builder
	b.Grow(len(s) + total)
	col = 0
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		if r == '\t' {
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				col += incr
				for ; incr > 0; incr-- {
					b.WriteByte(' ')
				}
			}
		} else {
			b.WriteString(s[i : i+n])
			col++
			if r == '\n' || r == '\r' {
				col = 0
			}
		}
		i += n
	}
	return b.String(), nil
}
