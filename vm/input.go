package vm

// input(): CPython 3.11's builtin_input_impl on a stdin that is not a
// terminal (quicken's never is): stderr flushed, the prompt written to
// sys.stdout and flushed, then a line read with sys.stdin.readline().

var specInput = &ArgSpec{Name: "input", Kind: ArgsPositional, Min: 0, Max: 1}

func bltinInput(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specInput, args, kw, a[:]); err != nil {
		return Null, err
	}
	streams := [3]Value{}
	for i, name := range [...]string{"stdin", "stdout", "stderr"} {
		v, err := m.sysStream(name)
		if err != nil {
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "input(): lost sys.%s", name)
		}
		if v == None {
			return Null, m.Raisef(m.types.exceptions["RuntimeError"], "input(): lost sys.%s", name)
		}
		streams[i] = v
	}
	fin, fout, ferr := streams[0], streams[1], streams[2]
	// Errors of both flushes are ignored, as CPython clears them.
	_ = m.flushFile(ferr)
	if a[0] != Null {
		if err := m.fileWriter(fout).writeObject(a[0]); err != nil {
			return Null, err
		}
	}
	_ = m.flushFile(fout)
	var line string
	if t, ok := m.obj0(fin).(*textIO); ok && t.typ == m.types.TextIO {
		var err error
		if err = m.textCheckAttached(t); err != nil {
			return Null, err
		}
		if line, err = m.textReadline(t, -1); err != nil {
			return Null, err
		}
	} else {
		r, err := m.CallMethod(fin, "readline")
		if err != nil {
			return Null, err
		}
		str := m.str(r)
		if str == nil {
			return Null, m.typeError("object.readline() returned non-string")
		}
		line = str.S
	}
	if line == "" {
		return Null, m.Raisef(m.excType("EOFError"), "EOF when reading a line")
	}
	if line[len(line)-1] == '\n' {
		line = line[:len(line)-1]
	}
	return m.NewStr(line), nil
}
