package text

import (
	"strconv"
	"strings"
)

// The bytes methods work on Go strings holding raw bytes. Their character
// classes are ASCII only (CPython's Py_ISSPACE, Py_ISALPHA, …): whitespace
// is " \t\n\r\v\f" (not \x1c..\x1f), and case conversion touches only
// A-Z and a-z. Indexes are byte offsets, clamped as for str.

func isSpaceByte(c byte) bool {
	return c == ' ' || c >= '\t' && c <= '\r'
}
func isLowerByte(c byte) bool { return c >= 'a' && c <= 'z' }
func isUpperByte(c byte) bool { return c >= 'A' && c <= 'Z' }
func isAlphaByte(c byte) bool { return isLowerByte(c) || isUpperByte(c) }
func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func byteWindow(b string, start, end, need int) (int, int, bool) {
	start, end = adjustIndices(start, end, len(b))
	return start, end, end-start >= need
}

// BytesFind is bytes.find(sub, start, end).
func BytesFind(b, sub string, start, end int) int {
	s, e, ok := byteWindow(b, start, end, len(sub))
	if !ok {
		return -1
	}
	if i := strings.Index(b[s:e], sub); i >= 0 {
		return s + i
	}
	return -1
}

// BytesRFind is bytes.rfind(sub, start, end).
func BytesRFind(b, sub string, start, end int) int {
	s, e, ok := byteWindow(b, start, end, len(sub))
	if !ok {
		return -1
	}
	if i := strings.LastIndex(b[s:e], sub); i >= 0 {
		return s + i
	}
	return -1
}

var errSubsectionNotFound = valueError("subsection not found")

// BytesIndex is bytes.index: BytesFind, failing with ValueError
// "subsection not found".
func BytesIndex(b, sub string, start, end int) (int, error) {
	if i := BytesFind(b, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, errSubsectionNotFound
}

// BytesRIndex is bytes.rindex.
func BytesRIndex(b, sub string, start, end int) (int, error) {
	if i := BytesRFind(b, sub, start, end); i >= 0 {
		return i, nil
	}
	return -1, errSubsectionNotFound
}

// BytesCount is bytes.count(sub, start, end).
func BytesCount(b, sub string, start, end int) int {
	s, e, ok := byteWindow(b, start, end, len(sub))
	if !ok {
		return 0
	}
	if sub == "" {
		return e - s + 1
	}
	return strings.Count(b[s:e], sub)
}

// BytesStartsWith is bytes.startswith(prefix, start, end) for one prefix.
func BytesStartsWith(b, prefix string, start, end int) bool {
	s, e, ok := byteWindow(b, start, end, len(prefix))
	return ok && strings.HasPrefix(b[s:e], prefix)
}

// BytesEndsWith is bytes.endswith(suffix, start, end) for one suffix.
func BytesEndsWith(b, suffix string, start, end int) bool {
	s, e, ok := byteWindow(b, start, end, len(suffix))
	return ok && strings.HasSuffix(b[s:e], suffix)
}

// BytesSplit is bytes.split(sep, maxsplit); an empty sep fails with
// ValueError "empty separator".
func BytesSplit(b, sep string, maxsplit int) ([]string, error) { return Split(b, sep, maxsplit) }

// BytesRSplit is bytes.rsplit(sep, maxsplit).
func BytesRSplit(b, sep string, maxsplit int) ([]string, error) { return RSplit(b, sep, maxsplit) }

// BytesSplitWhitespace is bytes.split() / split(None, maxsplit), with ASCII
// whitespace.
func BytesSplitWhitespace(b string, maxsplit int) []string {
	out := []string{}
	i := 0
	for ; maxsplit != 0; maxsplit-- {
		for i < len(b) && isSpaceByte(b[i]) {
			i++
		}
		if i == len(b) {
			break
		}
		j := i
		for i < len(b) && !isSpaceByte(b[i]) {
			i++
		}
		out = append(out, b[j:i])
	}
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	if i < len(b) {
		out = append(out, b[i:])
	}
	return out
}

// BytesRSplitWhitespace is bytes.rsplit() / rsplit(None, maxsplit).
func BytesRSplitWhitespace(b string, maxsplit int) []string {
	var rev []string
	end := len(b)
	for ; maxsplit != 0; maxsplit-- {
		for end > 0 && isSpaceByte(b[end-1]) {
			end--
		}
		if end == 0 {
			break
		}
		j := end
		for end > 0 && !isSpaceByte(b[end-1]) {
			end--
		}
		rev = append(rev, b[end:j])
	}
	for end > 0 && isSpaceByte(b[end-1]) {
		end--
	}
	if end > 0 {
		rev = append(rev, b[:end])
	}
	return reverse(rev)
}

// BytesSplitLines is bytes.splitlines(keepends): only \n, \r and \r\n end
// lines.
func BytesSplitLines(b string, keepends bool) []string {
	out := []string{}
	for i := 0; i < len(b); {
		j := i
		for i < len(b) && b[i] != '\n' && b[i] != '\r' {
			i++
		}
		eol := i
		if i < len(b) {
			if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
				i += 2
			} else {
				i++
			}
			if keepends {
				eol = i
			}
		}
		out = append(out, b[j:eol])
	}
	return out
}

// BytesPartition is bytes.partition(sep).
func BytesPartition(b, sep string) ([3]string, error) { return Partition(b, sep) }

// BytesRPartition is bytes.rpartition(sep).
func BytesRPartition(b, sep string) ([3]string, error) { return RPartition(b, sep) }

// BytesStripWhitespace is bytes.strip() with ASCII whitespace.
func BytesStripWhitespace(b string) string { return BytesRStripWhitespace(BytesLStripWhitespace(b)) }

// BytesLStripWhitespace is bytes.lstrip().
func BytesLStripWhitespace(b string) string {
	i := 0
	for i < len(b) && isSpaceByte(b[i]) {
		i++
	}
	return b[i:]
}

// BytesRStripWhitespace is bytes.rstrip().
func BytesRStripWhitespace(b string) string {
	i := len(b)
	for i > 0 && isSpaceByte(b[i-1]) {
		i--
	}
	return b[:i]
}

// BytesStrip is bytes.strip(chars): chars is a set of bytes.
func BytesStrip(b, chars string) string { return BytesRStrip(BytesLStrip(b, chars), chars) }

// BytesLStrip is bytes.lstrip(chars).
func BytesLStrip(b, chars string) string {
	i := 0
	for i < len(b) && strings.IndexByte(chars, b[i]) >= 0 {
		i++
	}
	return b[i:]
}

// BytesRStrip is bytes.rstrip(chars).
func BytesRStrip(b, chars string) string {
	i := len(b)
	for i > 0 && strings.IndexByte(chars, b[i-1]) >= 0 {
		i--
	}
	return b[:i]
}

// BytesReplace is bytes.replace(old, new, count); an empty old matches
// before every byte and at the end. A result larger than MaxSize fails
// with MemoryError, as do the padding functions, which fail with
// OverflowError "byte string is too large" past PY_SSIZE_T_MAX.
func BytesReplace(b, old, new string, count int) (string, error) {
	if count == 0 {
		return b, nil
	}
	if old != "" {
		if len(new) > len(old) {
			n := strings.Count(b, old)
			if count >= 0 && count < n {
				n = count
			}
			if err := checkBytesSize(mulAdd(n, len(new)-len(old), len(b))); err != nil {
				return "", err
			}
		}
		return strings.Replace(b, old, new, count), nil
	}
	if count < 0 || count > len(b)+1 {
		count = len(b) + 1
	}
	if err := checkBytesSize(mulAdd(count, len(new), len(b))); err != nil {
		return "", err
	}
	var sb strings.Builder
	sb.Grow(len(b) + count*len(new))
	i := 0
	for ; count > 0 && i < len(b); count, i = count-1, i+1 {
		sb.WriteString(new)
		sb.WriteByte(b[i])
	}
	if count > 0 {
		sb.WriteString(new)
	}
	sb.WriteString(b[i:])
	return sb.String(), nil
}

// BytesJoin is sep.join(items) once the caller has checked the items.
func BytesJoin(sep string, items []string) string { return strings.Join(items, sep) }

func mapBytes(b string, f func(i int, c byte) byte) string {
	out := []byte(b)
	for i, c := range out {
		out[i] = f(i, c)
	}
	return string(out)
}

func toUpperByte(c byte) byte {
	if isLowerByte(c) {
		return c - 0x20
	}
	return c
}

func toLowerByte(c byte) byte {
	if isUpperByte(c) {
		return c + 0x20
	}
	return c
}

// BytesUpper is bytes.upper() (ASCII letters only).
func BytesUpper(b string) string { return asciiMap(b, 'a', 'z') }

// BytesLower is bytes.lower().
func BytesLower(b string) string { return asciiMap(b, 'A', 'Z') }

// BytesSwapCase is bytes.swapcase().
func BytesSwapCase(b string) string {
	return mapBytes(b, func(_ int, c byte) byte {
		if isAlphaByte(c) {
			return c ^ 0x20
		}
		return c
	})
}

// BytesCapitalize is bytes.capitalize(): the first byte uppercased, the
// rest lowercased.
func BytesCapitalize(b string) string {
	return mapBytes(b, func(i int, c byte) byte {
		if i == 0 {
			return toUpperByte(c)
		}
		return toLowerByte(c)
	})
}

// BytesTitle is bytes.title(): a letter after a letter is lowercased, any
// other letter uppercased.
func BytesTitle(b string) string {
	prev := false
	return mapBytes(b, func(_ int, c byte) byte {
		if prev {
			c = toLowerByte(c)
		} else {
			c = toUpperByte(c)
		}
		prev = isAlphaByte(c)
		return c
	})
}

func allBytes(b string, pred func(byte) bool) bool {
	if b == "" {
		return false
	}
	for i := 0; i < len(b); i++ {
		if !pred(b[i]) {
			return false
		}
	}
	return true
}

// BytesIsAlpha is bytes.isalpha().
func BytesIsAlpha(b string) bool { return allBytes(b, isAlphaByte) }

// BytesIsDigit is bytes.isdigit().
func BytesIsDigit(b string) bool { return allBytes(b, isDigitByte) }

// BytesIsAlnum is bytes.isalnum().
func BytesIsAlnum(b string) bool {
	return allBytes(b, func(c byte) bool { return isAlphaByte(c) || isDigitByte(c) })
}

// BytesIsSpace is bytes.isspace().
func BytesIsSpace(b string) bool { return allBytes(b, isSpaceByte) }

// BytesIsLower is bytes.islower(): no uppercase letter and at least one
// lowercase one.
func BytesIsLower(b string) bool { return hasCase(b, isLowerByte, isUpperByte) }

// BytesIsUpper is bytes.isupper().
func BytesIsUpper(b string) bool { return hasCase(b, isUpperByte, isLowerByte) }

func hasCase(b string, want, other func(byte) bool) bool {
	found := false
	for i := 0; i < len(b); i++ {
		if other(b[i]) {
			return false
		}
		found = found || want(b[i])
	}
	return found
}

// BytesIsTitle is bytes.istitle().
func BytesIsTitle(b string) bool {
	cased, prev := false, false
	for i := 0; i < len(b); i++ {
		switch c := b[i]; {
		case isUpperByte(c):
			if prev {
				return false
			}
			prev, cased = true, true
		case isLowerByte(c):
			if !prev {
				return false
			}
			prev, cased = true, true
		default:
			prev = false
		}
	}
	return cased
}

// BytesRemovePrefix is bytes.removeprefix(prefix).
func BytesRemovePrefix(b, prefix string) string { return strings.TrimPrefix(b, prefix) }

// BytesRemoveSuffix is bytes.removesuffix(suffix).
func BytesRemoveSuffix(b, suffix string) string { return strings.TrimSuffix(b, suffix) }

// BytesCenter is bytes.center(width, fill); the caller checks that fill
// is a bytes of length 1 (TypeError "center() argument 2 must be a byte
// string of length 1, not …").
func BytesCenter(b string, width int, fill byte) (string, error) {
	if len(b) >= width {
		return b, nil
	}
	if err := checkBytesSize(width); err != nil {
		return "", err
	}
	marg := width - len(b)
	left := marg/2 + (marg & width & 1)
	return pad(b, left, marg-left, string([]byte{fill})), nil
}

// BytesLJust is bytes.ljust(width, fill).
func BytesLJust(b string, width int, fill byte) (string, error) {
	if len(b) >= width {
		return b, nil
	}
	if err := checkBytesSize(width); err != nil {
		return "", err
	}
	return pad(b, 0, width-len(b), string([]byte{fill})), nil
}

// BytesRJust is bytes.rjust(width, fill).
func BytesRJust(b string, width int, fill byte) (string, error) {
	if len(b) >= width {
		return b, nil
	}
	if err := checkBytesSize(width); err != nil {
		return "", err
	}
	return pad(b, width-len(b), 0, string([]byte{fill})), nil
}

// BytesZFill is bytes.zfill(width).
func BytesZFill(b string, width int) (string, error) {
	if len(b) >= width {
		return b, nil
	}
	if err := checkBytesSize(width); err != nil {
		return "", err
	}
	return zfill(b, width-len(b)), nil
}

// BytesExpandTabs is bytes.expandtabs(tabsize).
func BytesExpandTabs(b string, tabsize int) (string, error) {
	if IsASCII(b) {
		return ExpandTabs(b, tabsize)
	}
	// Work on the bytes as Latin-1 code points, then back.
	out, err := ExpandTabs(latin1ToStr(b), tabsize)
	if err != nil {
		return "", err
	}
	return strToLatin1(out), nil
}

func latin1ToStr(b string) string {
	buf := make([]byte, 0, len(b)*2)
	for i := 0; i < len(b); i++ {
		buf = appendRune(buf, rune(b[i]))
	}
	return string(buf)
}

func strToLatin1(s string) string {
	buf := make([]byte, 0, len(s))
	for i := 0; i < len(s); {
		r, n := decode(s, i)
		buf = append(buf, byte(r))
		i += n
	}
	return string(buf)
}

// BytesTranslate is bytes.translate(table, delete): table is "" for None
// or exactly 256 bytes (the caller raises ValueError "translation table
// must be 256 characters long" otherwise); bytes in delete are removed.
func BytesTranslate(b, table, del string) string {
	out := make([]byte, 0, len(b))
	for i := 0; i < len(b); i++ {
		c := b[i]
		if strings.IndexByte(del, c) >= 0 {
			continue
		}
		if table != "" {
			c = table[c]
		}
		out = append(out, c)
	}
	return string(out)
}

// BytesHex is bytes.hex(sep, bytes_per_sep): lowercase hex digits, with
// sep (a str or bytes of one ASCII character, "" for none) between every
// bytesPerSep bytes counted from the right, or from the left when
// bytesPerSep is negative. A sep of other length fails with ValueError
// "sep must be length 1.", a non-ASCII one with "sep must be ASCII.".
func BytesHex(b, sep string, bytesPerSep int) (string, error) {
	const digits = "0123456789abcdef"
	if sep != "" {
		if Len(sep) != 1 {
			return "", valueError("sep must be length 1.")
		}
		if sep[0] >= 0x80 {
			return "", valueError("sep must be ASCII.")
		}
	}
	group := bytesPerSep
	if group < 0 {
		group = -group
	}
	if sep == "" || group == 0 || group >= len(b) {
		out := make([]byte, 0, 2*len(b))
		for i := 0; i < len(b); i++ {
			out = append(out, digits[b[i]>>4], digits[b[i]&15])
		}
		return string(out), nil
	}
	out := make([]byte, 0, 3*len(b))
	for i := 0; i < len(b); i++ {
		// Position from the side the groups are counted from.
		var boundary bool
		if bytesPerSep > 0 {
			boundary = i > 0 && (len(b)-i)%group == 0
		} else {
			boundary = i > 0 && i%group == 0
		}
		if boundary {
			out = append(out, sep[0])
		}
		out = append(out, digits[b[i]>>4], digits[b[i]&15])
	}
	return string(out), nil
}

// BytesFromHex is bytes.fromhex(s) for a str s: pairs of hex digits,
// ASCII whitespace allowed between pairs. Anything else fails with
// ValueError "non-hexadecimal number found in fromhex() arg at position
// N" (N a code point index; the first non-ASCII code point if any).
func BytesFromHex(s string) (string, error) {
	fail := func(pos int) error {
		return valueError("non-hexadecimal number found in fromhex() arg at position " + strconv.Itoa(pos))
	}
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return "", fail(Len(s[:i]))
		}
	}
	out := make([]byte, 0, len(s)/2)
	for i := 0; i < len(s); {
		if isSpaceByte(s[i]) {
			i++
			continue
		}
		hi := hexValue(s[i])
		if hi < 0 {
			return "", fail(i)
		}
		if i+1 >= len(s) || hexValue(s[i+1]) < 0 {
			return "", fail(i + 1)
		}
		out = append(out, byte(hi<<4|hexValue(s[i+1])))
		i += 2
	}
	return string(out), nil
}

func hexValue(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

// BytesSizeOf is sys.getsizeof of a bytes object: 33 + len(b).
func BytesSizeOf(b string) int { return 33 + len(b) }
