package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"unicode"
	"unicode/utf8"

	"github.com/quicken-py/quicken/vm/syntax"
)

// readSource reads a Python file as bytes. When it cannot, it reports the
// failure as `python3 FILE` does and returns ok false.
func readSource(path string, stderr io.Writer) (src []byte, ok bool) {
	src, err := os.ReadFile(path)
	if err != nil {
		// CPython 3.11: "python3: can't open file '/abs/x.py': [Errno 2]
		// No such file or directory" (pymain_run_file; the script path is
		// made absolute first).
		fmt.Fprintf(stderr, "quicken: can't open file %s: %s\n", pyRepr(scriptPath(path)), errnoText(err))
		return nil, false
	}
	return src, true
}

// scriptPath returns path as CPython 3.11 records a script's path for
// `python3 FILE`: an absolute path is kept, a relative one is appended to
// the current directory without cleaning it (_Py_abspath), so "./x.py"
// becomes "/cwd/./x.py".
func scriptPath(path string) string {
	if filepath.IsAbs(path) {
		return path
	}
	cwd, err := os.Getwd()
	if err != nil {
		return path
	}
	if strings.HasSuffix(cwd, string(filepath.Separator)) {
		return cwd + path
	}
	return cwd + string(filepath.Separator) + path
}

// errnoText formats a file error as Python's OSError str: "[Errno N]
// Message", the message being the C library's strerror text.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if r, size := utf8.DecodeRuneInString(msg); size > 0 {
			// Go's errno strings are glibc's strerror texts, lowercased.
			msg = string(unicode.ToUpper(r)) + msg[size:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// reportError prints a compile error as `python3 FILE` prints it and
// returns the exit status: 1 for a syntax error, 70 for anything else
// (which can only be a defect in quicken).
//
// `python3 FILE` compiles the script under its absolute path, and that
// path shows wherever the error names the file (the "File" line, and the
// text of some messages, such as "Non-UTF-8 code … in file …"). again
// redoes the failed step under a given filename, so that the report names
// the file exactly as CPython's does.
func reportError(err error, path string, again func(filename string) error, stderr io.Writer) int {
	var se *syntax.Error
	if !errors.As(err, &se) {
		fmt.Fprintf(stderr, "quicken: internal error: %s: %v\n", path, err)
		return exitInternal
	}
	if abs := scriptPath(path); abs != path {
		var absErr *syntax.Error
		if errors.As(again(abs), &absErr) {
			se = absErr
		} else {
			e := *se
			e.Filename = abs
			se = &e
		}
	}
	text := se.Format()
	if !strings.HasSuffix(text, "\n") {
		text += "\n"
	}
	io.WriteString(stderr, text)
	return exitSyntax
}

// pyRepr returns Python's repr() of a str.
func pyRepr(s string) string {
	quote := byte('\'')
	if strings.Contains(s, "'") && !strings.Contains(s, "\"") {
		quote = '"'
	}
	var b strings.Builder
	b.WriteByte(quote)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			// Undecodable bytes in a path arrive in Python as lone
			// surrogates (surrogateescape) and repr as such.
			fmt.Fprintf(&b, `\udc%02x`, s[i])
			i++
			continue
		}
		i += size
		switch {
		case r == rune(quote) || r == '\\':
			b.WriteByte('\\')
			b.WriteRune(r)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r < 0x7f || unicode.IsPrint(r):
			b.WriteRune(r)
		case r <= 0xff:
			fmt.Fprintf(&b, `\x%02x`, r)
		case r <= 0xffff:
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			fmt.Fprintf(&b, `\U%08x`, r)
		}
	}
	b.WriteByte(quote)
	return b.String()
}
