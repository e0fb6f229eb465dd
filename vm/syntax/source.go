package syntax

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/quicken-py/quicken/vm/text"
)

//go:generate sh -c "python3 _gen/codecs.py | gofmt > codec_tables.go"

// source is a file's text as CPython 3.11's file tokenizer (the one
// `python3 FILE.py` uses) reads it: line by line, with universal newlines
// ("\r\n" and "\r" become "\n"), a UTF-8 byte order mark skipped, the
// encoding declared by a PEP 263 coding cookie applied, and a newline
// faked at the end of a last line that lacks one.
//
// The tokenizer reads lines lazily, so problems found while reading a line
// (bad UTF-8, a null byte, an unknown encoding) are raised only when the
// scanner reaches that line; readErr holds them until then.
type source struct {
	filename string
	raw      []byte // the file as given

	buf        []byte // decoded text, UTF-8, every line ending in "\n"
	lineStarts []int  // lineStarts[i] is the offset in buf of line i+1; one extra entry at len(buf)

	// encoding is tok->encoding: "" while no BOM or cookie has been seen,
	// which makes CPython report error columns in bytes, not characters.
	encoding string
	// encodingLine is the line whose reading sets encoding (0 for a BOM).
	encodingLine int
	bom          bool

	readErr map[int]*Error // line number -> error raised when that line is read

	// noLinecache is set when linecache cannot show the file's lines
	// (tokenize.open fails to decode the whole file), so warnings are
	// printed without their source line.
	noLinecache bool
}

// newSource prepares src for scanning. It never fails: problems become
// read errors attached to the line where CPython finds them.
func newSource(src []byte, filename string) *source {
	s := &source{filename: filename, raw: src, readErr: map[int]*Error{}}
	rest := src
	if bytes.HasPrefix(rest, []byte("\xef\xbb\xbf")) {
		rest = rest[3:]
		s.bom = true
		s.encoding = "utf-8"
	}
	lines := splitUniversal(rest)

	// CPython 3.11 check_coding_spec: a cookie on line 1, or on line 2 when
	// line 1 is blank or a comment.
	codec := ""
	cookieLine := 0
	for i := 0; i < len(lines) && i < 2; i++ {
		// CPython looks for the cookie in the line as a C string.
		line := lines[i]
		if k := bytes.IndexByte(line, 0); k >= 0 {
			line = line[:k]
		}
		name, found, stop := codingSpec(line)
		if found {
			cookieLine = i + 1
			if s.bom {
				if name != "utf-8" {
					s.readErr[i+1] = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("encoding problem: %s with BOM", name)}
				}
			} else {
				codec = name
				s.encoding = name
				s.encodingLine = i + 1
				if codecFor(name) == nil {
					s.readErr[i+1] = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("encoding problem: %s", name)}
				}
			}
			break
		}
		if stop {
			break
		}
	}

	dec := codecFor(codec)
	for i, line := range lines {
		lineno := i + 1
		if dec != nil && codec != "utf-8" && lineno > cookieLine {
			d, ok := dec(line)
			if !ok && s.readErr[lineno] == nil {
				s.readErr[lineno] = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf("encoding problem: %s", codec)}
			}
			line = d
		}
		// ensure_utf8 runs while tok->encoding is still unset.
		if s.readErr[lineno] == nil && (s.encoding == "" || (!s.bom && lineno < s.encodingLine)) {
			if bad, ok := firstInvalidUTF8(line); ok {
				s.readErr[lineno] = &Error{Kind: "SyntaxError", Msg: fmt.Sprintf(
					"Non-UTF-8 code starting with '\\x%02x' in file %s on line %d, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
					bad, filename, lineno)}
			}
		}
		s.lineStarts = append(s.lineStarts, len(s.buf))
		s.buf = append(s.buf, line...)
		if len(line) == 0 || line[len(line)-1] != '\n' {
			s.buf = append(s.buf, '\n')
		}
	}
	s.lineStarts = append(s.lineStarts, len(s.buf))

	switch {
	case len(s.readErr) > 0:
		s.noLinecache = true
	case codec == "" || codec == "utf-8":
		s.noLinecache = !utf8.Valid(rest)
	default:
		for i := 0; i < cookieLine && i < len(lines); i++ {
			if _, ok := dec(lines[i]); !ok {
				s.noLinecache = true
			}
		}
	}
	return s
}

// asStringInput turns a file's source into compile()'s string input
// (translate_newlines): the newline faked after a last line that lacks
// one stays only for 'exec' (exec is false for 'eval' and 'single'); a
// str is UTF-8 whatever it declares, so columns count characters.
func (s *source) asStringInput(exec, str bool) {
	if str {
		s.encoding = "utf-8"
	}
	if exec || len(s.raw) == 0 {
		return
	}
	if last := s.raw[len(s.raw)-1]; last != '\n' && last != '\r' {
		s.buf = s.buf[:len(s.buf)-1]
		s.lineStarts[len(s.lineStarts)-1] = len(s.buf)
	}
}

// numLines is the number of lines in the file.
func (s *source) numLines() int { return len(s.lineStarts) - 1 }

// splitUniversal splits b into lines, each keeping its terminator, with
// "\r\n" and a lone "\r" turned into "\n" (Py_UniversalNewlineFgets).
func splitUniversal(b []byte) [][]byte {
	var lines [][]byte
	for len(b) > 0 {
		i := bytes.IndexAny(b, "\r\n")
		if i < 0 {
			lines = append(lines, b)
			break
		}
		line := make([]byte, i+1)
		copy(line, b[:i])
		line[i] = '\n'
		lines = append(lines, line)
		if b[i] == '\r' && i+1 < len(b) && b[i+1] == '\n' {
			i++
		}
		b = b[i+1:]
	}
	return lines
}

// codingSpec is CPython 3.11's get_coding_spec plus the "stop looking"
// rule of check_coding_spec: it returns the normalised encoding name if the
// line is a comment carrying a coding cookie, and stop if the line has
// anything but a comment (so line 2 is not examined).
func codingSpec(line []byte) (name string, found, stop bool) {
	size := len(line)
	i := 0
	for ; i < size-6; i++ {
		if line[i] == '#' {
			break
		}
		if line[i] != ' ' && line[i] != '\t' && line[i] != '\f' {
			return "", false, true
		}
	}
	for ; i < size-6; i++ {
		if !bytes.HasPrefix(line[i:], []byte("coding")) {
			continue
		}
		t := i + 6
		if t >= size || (line[t] != ':' && line[t] != '=') {
			continue
		}
		t++
		for t < size && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < size && (isAlnum(line[t]) || line[t] == '-' || line[t] == '_' || line[t] == '.') {
			t++
		}
		if begin < t {
			return normalEncodingName(string(line[begin:t])), true, true
		}
	}
	for j := 0; j < size; j++ {
		c := line[j]
		if c == '#' || c == '\n' || c == '\r' {
			break
		}
		if c != ' ' && c != '\t' && c != '\f' {
			return "", false, true
		}
	}
	return "", false, false
}

// normalEncodingName is CPython's get_normal_name: it canonicalises the
// spellings of UTF-8 and Latin-1 and leaves other names alone.
func normalEncodingName(s string) string {
	b := []byte(s)
	if len(b) > 12 {
		b = b[:12]
	}
	for i, c := range b {
		if c == '_' {
			b[i] = '-'
		} else if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	buf := string(b)
	switch {
	case buf == "utf-8" || strings.HasPrefix(buf, "utf-8-"):
		return "utf-8"
	case buf == "latin-1" || buf == "iso-8859-1" || buf == "iso-latin-1" ||
		strings.HasPrefix(buf, "latin-1-") || strings.HasPrefix(buf, "iso-8859-1-") ||
		strings.HasPrefix(buf, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// codecFor returns a decoder into UTF-8 for the encodings quicken knows
// (UTF-8, ASCII and CPython's single-byte codecs, whose tables package
// text has, but for the EBCDIC ones), or nil. Python's codec registry also has
// multi-byte codecs (Shift JIS, GBK, ...); a file declaring one of those
// is reported as an encoding problem.
func codecFor(name string) func([]byte) ([]byte, bool) {
	if name == "" {
		return nil
	}
	switch c := pythonCodecName(name); c {
	case "utf_8":
		return func(b []byte) ([]byte, bool) { return b, true }
	case "latin_1":
		return decodeLatin1
	case "ascii":
		return func(b []byte) ([]byte, bool) {
			for _, c := range b {
				if c >= 0x80 {
					return b, false
				}
			}
			return b, true
		}
	default:
		table := lineTable(c)
		if table == nil {
			special, ok := multibyteCodecs[c]
			if !ok {
				return nil
			}
			// Only the ASCII these codecs decode as ASCII is decoded
			// here; other lines count as undecodable.
			return func(b []byte) ([]byte, bool) {
				for _, c := range b {
					if c >= 0x80 || strings.IndexByte(special, c) >= 0 {
						return b, false
					}
				}
				return b, true
			}
		}
		return func(b []byte) ([]byte, bool) {
			out := make([]byte, 0, len(b))
			ok := true
			for _, c := range b {
				r := rune(table[c])
				if r == 0xFFFE {
					ok = false
					r = utf8.RuneError
				}
				out = utf8.AppendRune(out, r)
			}
			return out, ok
		}
	}
}

// lineTable is a single-byte codec's decoding table if the codec
// decodes "\n" and "\r" as themselves, so that the lines CPython's
// tokenizer reads from the decoded text are the file's lines (cp864, say,
// whose '%' is U+066A, qualifies; the EBCDIC code pages do not).
func lineTable(module string) *[256]uint16 {
	table := text.CharmapTable(module)
	if table == nil || table['\n'] != '\n' || table['\r'] != '\r' {
		return nil
	}
	return table
}

// pythonCodecName is the codec module Python's registry finds for an
// encoding name (encodings.normalize_encoding and the alias table), or
// the normalized name when it finds none.
func pythonCodecName(name string) string {
	if c, err := text.LookupModule(name); err == nil {
		return c.Module
	}
	return text.NormalizeEncoding(name)
}

func decodeLatin1(b []byte) ([]byte, bool) {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out, true
}

// firstInvalidUTF8 is CPython's ensure_utf8/valid_utf8: it returns the
// lead byte of the first sequence that is not valid UTF-8 (overlong forms,
// surrogates and values past U+10FFFF included), stopping at a null byte.
func firstInvalidUTF8(line []byte) (byte, bool) {
	at := func(i int) byte {
		if i < len(line) {
			return line[i]
		}
		return 0
	}
	for i := 0; i < len(line); {
		c := line[i]
		if c == 0 {
			return 0, false
		}
		if c < 0x80 {
			i++
			continue
		}
		var expected int
		switch {
		case c < 0xC2:
			return c, true
		case c < 0xE0:
			expected = 1
		case c < 0xF0:
			if c == 0xE0 && at(i+1) < 0xA0 || c == 0xED && at(i+1) >= 0xA0 {
				return c, true
			}
			expected = 2
		case c < 0xF5:
			if at(i+1) < 0x90 && c == 0xF0 || at(i+1) >= 0x90 && c == 0xF4 {
				return c, true
			}
			expected = 3
		default:
			return c, true
		}
		for k := 1; k <= expected; k++ {
			if b := at(i + k); b < 0x80 || b >= 0xC0 {
				return c, true
			}
		}
		i += expected + 1
	}
	return 0, false
}

func isAlnum(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// programText is CPython 3.11's _PyErr_ProgramDecodedTextObject: line
// lineno of the file, read again from disk the way err_programtext does
// (universal newlines, a 1000-byte buffer that keeps only the last chunk
// of a longer line, the text cut at a null byte) and decoded with the
// tokenizer's encoding, replacing undecodable bytes. ok is false when the
// file has no such line.
func (s *source) programText(lineno int) (string, bool) {
	if lineno < 1 {
		return "", false
	}
	rest := s.raw
	var last []byte
	i := 0
	for i < lineno {
		// One Py_UniversalNewlineFgets call reads at most 999 bytes.
		if len(rest) == 0 {
			return "", false
		}
		n := 0
		var chunk []byte
		for n < 999 && len(rest) > 0 {
			c := rest[0]
			rest = rest[1:]
			if c == '\r' {
				if len(rest) > 0 && rest[0] == '\n' {
					rest = rest[1:]
				}
				c = '\n'
			}
			chunk = append(chunk, c)
			n++
			if c == '\n' {
				break
			}
		}
		last = chunk
		// A chunk that filled the buffer without a newline continues the
		// same line.
		if n == 999 && chunk[len(chunk)-1] != '\n' {
			continue
		}
		i++
	}
	if k := bytes.IndexByte(last, 0); k >= 0 {
		last = last[:k]
	}
	if s.encoding != "" {
		if dec := codecFor(s.encoding); dec != nil && pythonCodecName(s.encoding) != "utf_8" {
			d, _ := dec(last)
			return string(d), true
		}
		return decodeReplace(last), true
	}
	if !utf8.Valid(last) {
		// PyUnicode_FromString fails; CPython then falls back to the
		// tokenizer's buffer, which the caller handles.
		return "", false
	}
	return string(last), true
}

// decodeReplace decodes UTF-8 with errors="replace" as CPython does: each
// maximal invalid subsequence becomes one U+FFFD.
func decodeReplace(b []byte) string {
	if utf8.Valid(b) {
		return string(b)
	}
	var sb strings.Builder
	for len(b) > 0 {
		r, n := utf8.DecodeRune(b)
		if r == utf8.RuneError && n <= 1 {
			sb.WriteRune(utf8.RuneError)
			b = b[invalidPrefixLen(b):]
			continue
		}
		sb.WriteRune(r)
		b = b[n:]
	}
	return sb.String()
}

// invalidPrefixLen is the length of the maximal prefix of b that is the
// start of a valid UTF-8 sequence but is not complete (at least 1), the
// unit CPython's decoder replaces with a single U+FFFD.
func invalidPrefixLen(b []byte) int {
	c := b[0]
	var need int
	lo, hi := byte(0x80), byte(0xBF)
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c >= 0xE1 && c <= 0xEC, c == 0xEE, c == 0xEF:
		need = 2
	case c == 0xED:
		need, hi = 2, 0x9F
	case c == 0xF0:
		need, lo = 3, 0x90
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	case c == 0xF4:
		need, hi = 3, 0x8F
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		if b[n] < lo || b[n] > hi {
			break
		}
		lo, hi = 0x80, 0xBF
		n++
	}
	return n
}

// ProgramText is CPython 3.11's PyErr_ProgramTextObject, the source line
// that later compiler stages (symbol table, code generator) put in a
// SyntaxError's text: line lineno of the file, read the way err_programtext
// reads it (universal newlines; of a line longer than 999 bytes only the
// last 999-byte chunk; cut at a null byte), decoded as strict UTF-8. ok is
// false when CPython gets no text (no such line, or bytes that are not
// UTF-8), which it reports as text None.
func ProgramText(src []byte, lineno int) (text string, ok bool) {
	s := &source{raw: src}
	return s.programText(lineno)
}
