package vm

import (
	"errors"
	"io/fs"
	"os"
	"strings"
	"syscall"

	"github.com/quicken-py/quicken/vm/text"
)

// open(): quicken reads text files and writes none. A file opened for
// reading is a TextIOWrapper like the standard streams (sysmodule_io.go),
// decoded as UTF-8 (strict) with universal newlines, as CPython under a
// UTF-8 locale opens it. Write, append, create, update and binary modes
// raise PermissionError: a program's output is its standard streams.

var openDef = MethodDef{Name: "open", Fn: bltinOpen}

var specOpen = &ArgSpec{Name: "open", Kind: ArgsKeywords,
	Names: []string{"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"},
	Min:   1, Max: 8}

// openFile is the state of a file opened for reading: its whole text,
// read at open(), and the read position.
type openFile struct {
	name string
	text string
	pos  int
	// decodeErr is the UnicodeDecodeError the first read raises.
	decodeErr error
}

func bltinOpen(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [8]Value
	if err := m.ParseArgs(specOpen, args, kw, a[:]); err != nil {
		return Null, err
	}
	name := m.str(a[0])
	if name == nil {
		if m.isInt(a[0]) {
			return Null, m.osError("PermissionError", int(syscall.EACCES), "Permission denied", a[0])
		}
		return Null, m.typeError("expected str, bytes or os.PathLike object, not %s", m.typeName(a[0]))
	}
	mode := "r"
	if a[1] != Null {
		s := m.str(a[1])
		if s == nil {
			return Null, m.typeError("open() argument 'mode' must be str, not %s", m.badArgumentName(a[1]))
		}
		mode = s.S
	}
	if err := m.checkOpenMode(mode); err != nil {
		return Null, err
	}
	if strings.ContainsAny(mode, "wax+b") {
		return Null, m.osError("PermissionError", int(syscall.EACCES), "Permission denied", a[0])
	}
	if strings.IndexByte(name.S, 0) >= 0 {
		return Null, m.Raisef(m.types.ValueError, "embedded null byte")
	}
	data, err := os.ReadFile(name.S)
	if err != nil {
		return Null, m.fileError(err, a[0])
	}
	f := &openFile{name: name.S}
	t, derr := text.Decode(string(data), "utf-8", "strict")
	if derr != nil {
		f.decodeErr = derr
	} else {
		// Universal newlines: "\r\n" and "\r" read as "\n".
		t = strings.ReplaceAll(t, "\r\n", "\n")
		f.text = strings.ReplaceAll(t, "\r", "\n")
	}
	return m.alloc(&textStream{kind: streamFile, file: f}, m.types.TextIO), nil
}

// checkOpenMode is the mode validation of _io.open.
func (m *Machine) checkOpenMode(mode string) error {
	seen := map[rune]bool{}
	for _, c := range mode {
		if !strings.ContainsRune("rwaxbt+", c) || seen[c] {
			return m.Raisef(m.types.ValueError, "invalid mode: '%s'", mode)
		}
		seen[c] = true
	}
	n := 0
	for _, c := range "rwax" {
		if seen[c] {
			n++
		}
	}
	if seen['t'] && seen['b'] {
		return m.Raisef(m.types.ValueError, "can't have text and binary mode at once")
	}
	if n != 1 {
		return m.Raisef(m.types.ValueError, "must have exactly one of create/read/write/append mode")
	}
	return nil
}

// fileError raises the OSError subclass for a failed open.
func (m *Machine) fileError(err error, filename Value) error {
	var errno syscall.Errno
	if !errors.As(err, &errno) {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		errors.As(err, &errno)
	}
	cls := "OSError"
	switch errno {
	case syscall.ENOENT:
		cls = "FileNotFoundError"
	case syscall.EISDIR:
		cls = "IsADirectoryError"
	case syscall.EACCES, syscall.EPERM:
		cls = "PermissionError"
	case syscall.ENOTDIR:
		cls = "NotADirectoryError"
	}
	msg := errno.Error()
	if len(msg) > 0 {
		msg = strings.ToUpper(msg[:1]) + msg[1:]
	}
	return m.osError(cls, int(errno), msg, filename)
}

// osError raises cls(errno, strerror, filename), whose str() is
// "[Errno n] strerror: 'filename'".
func (m *Machine) osError(cls string, errno int, strerror string, filename Value) error {
	t := m.types.exceptions[cls]
	if t == nil {
		t = m.excType("OSError")
	}
	return m.raiseValue(m.makeException(t, m.NewInt(int64(errno)), m.NewStr(strerror), filename))
}

// fileReadLine reads a line of a file opened for reading.
func (m *Machine) fileReadLine(f *openFile, limit int64) (string, error) {
	if f.decodeErr != nil {
		return "", m.textError(f.decodeErr)
	}
	rest := f.text[f.pos:]
	end := strings.IndexByte(rest, '\n') + 1
	if end == 0 {
		end = len(rest)
	}
	line := rest[:end]
	if limit >= 0 && int64(text.Len(line)) > limit {
		line = prefixCodePoints(line, int(limit))
	}
	f.pos += len(line)
	return line, nil
}

// fileRead reads size code points (all when negative) of a file.
func (m *Machine) fileRead(f *openFile, size int64) (string, error) {
	if f.decodeErr != nil {
		return "", m.textError(f.decodeErr)
	}
	rest := f.text[f.pos:]
	if size >= 0 && int64(text.Len(rest)) > size {
		rest = prefixCodePoints(rest, int(size))
	}
	f.pos += len(rest)
	return rest, nil
}

// prefixCodePoints returns the first n code points of s.
func prefixCodePoints(s string, n int) string {
	cps := text.CodePoints(s)
	return text.FromCodePoints(cps[:n])
}
