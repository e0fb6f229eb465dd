package vm

import (
	"github.com/quicken-py/quicken/vm/text"
)

// sys.stdin, sys.stdout and sys.stderr are _io.TextIOWrapper objects
// over the Machine's streams (stream.go), UTF-8 with CPython's error
// handlers under a C.UTF-8 locale (surrogateescape for stdin and stdout,
// backslashreplace for stderr) and newline "\n": stdin's lines end at
// "\n" and keep any "\r".

// textError raises the Python exception a vm/text error stands for: a
// *text.Error by its class name (MemoryError without a message), a
// *text.UnicodeError as UnicodeEncodeError or UnicodeDecodeError made by
// calling the class, so that it has its attributes.
func (m *Machine) textError(err error) error {
	switch e := err.(type) {
	case *text.UnicodeError:
		t := m.types.exceptions[e.Type]
		if t == nil {
			t = m.types.ValueError
		}
		obj := m.NewStr(e.Object)
		if e.Type == "UnicodeDecodeError" {
			obj = m.NewBytes([]byte(e.Object))
		}
		exc, cerr := m.Call(t.self, []Value{m.NewStr(e.Encoding), obj,
			m.NewInt(int64(e.Start)), m.NewInt(int64(e.End)), m.NewStr(e.Reason)}, nil)
		if cerr != nil {
			return cerr
		}
		return m.raiseValue(exc)
	case *text.Error:
		if e.Type == "MemoryError" {
			return m.noMemory()
		}
		t := m.types.exceptions[e.Type]
		if t == nil {
			t = m.types.SystemError
		}
		return m.Raisef(t, "%s", e.Msg)
	}
	return err
}

// sizeArg is the optional size of read and readline: -1 (all) when
// omitted or None (read only), else an int by __index__.
func (m *Machine) sizeArg(v Value, noneOK bool) (int64, error) {
	if v == Null || noneOK && v == None {
		return -1, nil
	}
	return m.ArgSsize(v)
}
