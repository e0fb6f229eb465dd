package vm

import (
	"os"
	"sort"
	"strings"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler"
	"github.com/quicken-py/quicken/vm/syntax"
)

// Builtins over code and namespaces: exec, eval, compile, globals,
// locals, vars and dir.

var (
	specExec    = &ArgSpec{Name: "exec", Kind: ArgsKeywords, Names: []string{"", "", "", "closure"}, PosOnly: 3, Min: 1, Max: 3}
	specEval    = &ArgSpec{Name: "eval", Kind: ArgsPositional, Min: 1, Max: 3}
	specCompile = &ArgSpec{Name: "compile", Kind: ArgsKeywords,
		Names: []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"},
		Min:   3, Max: 6}
	specGlobals = &ArgSpec{Name: "globals", Kind: ArgsNone}
	specLocals  = &ArgSpec{Name: "locals", Kind: ArgsNone}
	specVars    = &ArgSpec{Name: "vars", Kind: ArgsPositional, Min: 0, Max: 1}
	specDir     = &ArgSpec{Name: "dir", Kind: ArgsPositional, Min: 0, Max: 1}
)

func bltinGlobals(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specGlobals, args, kw, nil); err != nil {
		return Null, err
	}
	if m.frame == nil {
		return None, nil
	}
	return m.frame.Globals.self, nil
}

func bltinLocals(m *Machine, _ Value, args, kw []Value) (Value, error) {
	if err := m.ParseArgs(specLocals, args, kw, nil); err != nil {
		return Null, err
	}
	return m.frameLocals(m.frame)
}

// frameLocals is locals() in frame f: the namespace of a module or class
// body, or for a function the frame's one locals dict, first brought up
// to date with its bound local, cell and free variables
// (PyFrame_FastToLocals: an unbound one leaves the dict, other keys, such
// as names exec() bound there, stay).
func (m *Machine) frameLocals(f *Frame) (Value, error) {
	if f == nil {
		return None, nil
	}
	if f.Locals != Null {
		return f.Locals, nil
	}
	if f.localsDict == Null {
		f.localsDict = m.NewDict().self
	}
	d := m.dict(f.localsDict)
	c := f.Code
	for i := 0; i < c.NLocalsPlus; i++ {
		v := f.Vals[i]
		if v != Null {
			if k := c.LocalsPlusKinds[i]; k&(bytecode.FastCell|bytecode.FastFree) != 0 {
				if cell, ok := m.obj0(v).(*Cell); ok {
					v = cell.V
				} else if k&bytecode.FastLocal == 0 {
					continue
				}
			}
		}
		if v == Null {
			// An unbound local leaves the dict (PyFrame_FastToLocals).
			if _, err := m.DictDelete(d, c.LocalNames[i]); err != nil {
				return Null, err
			}
			continue
		}
		if err := m.DictSet(d, c.LocalNames[i], v); err != nil {
			return Null, err
		}
	}
	return d.self, nil
}

// isMapping is PyMapping_Check: the type has item access (and is not a
// sequence of CPython's, which our Slots cannot tell apart: any GetItem).
func (m *Machine) isMapping(v Value) bool { return m.TypeOf(v).GetItem != nil }

// evalNamespaces resolves exec and eval's globals and locals arguments:
// the caller's when omitted, locals defaulting to globals, and
// __builtins__ added to globals that lack it.
func (m *Machine) evalNamespaces(globals, locals Value, isExec bool) (*Dict, Value, error) {
	if globals == Null {
		globals = None
	}
	if locals == Null {
		locals = None
	}
	var g *Dict
	if globals != None {
		d, ok := m.obj0(globals).(*Dict)
		if !ok {
			if isExec {
				return nil, Null, m.typeError("exec() globals must be a dict, not %s", m.typeName(globals))
			}
			if m.isMapping(globals) {
				return nil, Null, m.typeError("globals must be a real dict; try eval(expr, {}, mapping)")
			}
			return nil, Null, m.typeError("globals must be a dict")
		}
		g = d
	}
	if locals != None && !m.isMapping(locals) {
		if isExec {
			return nil, Null, m.typeError("locals must be a mapping or None, not %s", m.typeName(locals))
		}
		return nil, Null, m.typeError("locals must be a mapping")
	}
	if g == nil {
		if m.frame == nil {
			return nil, Null, m.Raisef(m.types.SystemError, "globals and locals cannot be NULL")
		}
		g = m.frame.Globals
		if locals == None {
			l, err := m.frameLocals(m.frame)
			if err != nil {
				return nil, Null, err
			}
			locals = l
		}
	} else if locals == None {
		locals = g.self
	}
	if m.dictGetStr(g, "__builtins__") == Null {
		b := m.builtins
		if m.frame != nil {
			b = m.frame.Builtins
		}
		if err := m.DictSet(g, m.Intern("__builtins__"), b.self); err != nil {
			return nil, Null, err
		}
	}
	return g, locals, nil
}

// sourceText returns the text of exec/eval/compile's source argument: a
// str, or bytes (read through the buffer-less item protocol); ok is false
// for other types.
func (m *Machine) sourceText(v Value) (string, bool, error) {
	if s := m.str(v); s != nil {
		return s.S, true, nil
	}
	t := m.TypeOf(v)
	if m.types.Bytes != nil && t.IsSubtype(m.types.Bytes) || m.types.ByteArray != nil && t.IsSubtype(m.types.ByteArray) {
		items, err := m.iterateAll(v)
		if err != nil {
			return "", false, err
		}
		b := make([]byte, len(items))
		for i, it := range items {
			n, _ := m.Int64(it)
			b[i] = byte(n)
		}
		return string(b), true, nil
	}
	return "", false, nil
}

// compileSource compiles program text as compile() does (isStr: the
// text was a str, not bytes), raising the SyntaxError a compile error is.
func (m *Machine) compileSource(src string, isStr bool, filename string, mode syntax.Mode) (*Code, error) {
	if strings.IndexByte(src, 0) >= 0 {
		return nil, m.raiseValue(m.makeException(m.excType("SyntaxError"), m.NewStr("source code string cannot contain null bytes")))
	}
	bc, warnings, err := compiler.CompileWarnings([]byte(src), filename, compiler.Options{Mode: mode, Context: compiler.ContextRun,
		Input: &syntax.StringInput{Str: isStr}})
	m.printCompileWarnings(warnings)
	if err != nil {
		if se, ok := err.(*syntax.Error); ok {
			if se.Lineno > 0 && !se.Located {
				// The compiler's: PyErr_ProgramTextObject reads the
				// line from the file filename names, if there is one
				// ("<string>" usually is not).
				se.Text, se.EmptyText = "", false
				if data, err := os.ReadFile(filename); err == nil {
					se.Text, _ = syntax.ProgramText(data, se.Lineno)
				}
			}
			return nil, m.syntaxError(se)
		}
		return nil, m.Raisef(m.types.SystemError, "compile: %v", err)
	}
	return m.LoadCode(bc), nil
}

// printCompileWarnings shows the SyntaxWarnings compile() issued as the
// warnings module does (each time: the compiler passes no registry), with
// the line linecache finds for it, none for a "<string>".
func (m *Machine) printCompileWarnings(warnings []compiler.Warning) {
	var data []byte
	for i, w := range warnings {
		if i == 0 {
			data, _ = os.ReadFile(w.Filename)
		}
		sw := syntax.Warning{Category: w.Category, Msg: w.Msg, Filename: w.Filename, Lineno: w.Lineno}
		if data != nil {
			sw.Line, _ = syntax.ProgramText(data, w.Lineno)
		}
		m.writeStderr(sw.Format())
	}
}

// syntaxError makes the SyntaxError (or IndentationError, TabError) of a
// compile error, with the attributes CPython gives it.
func (m *Machine) syntaxError(se *syntax.Error) error {
	t := m.types.exceptions[se.Kind]
	if t == nil {
		t = m.types.exceptions["SyntaxError"]
	}
	if t == nil {
		t = m.types.ValueError
	}
	if se.Kind == "MemoryError" {
		return m.noMemory()
	}
	text := None
	if se.Text != "" || se.EmptyText {
		text = m.NewStr(se.Text)
	}
	intOrNone := func(i int) Value {
		if i == 0 && !se.Located {
			return None
		}
		return m.NewInt(int64(i))
	}
	details := m.NewTuple([]Value{m.NewStr(se.Filename), intOrNone(se.Lineno), intOrNone(se.Offset), text,
		intOrNone(se.EndLineno), intOrNone(se.EndOffset)})
	return m.raiseValue(m.makeException(t, m.NewStr(se.Msg), details))
}

// runCode runs a code object as exec and eval do: a new frame with the
// given namespaces, in a nested eval loop.
func (m *Machine) runCode(c *Code, globals *Dict, locals Value, what string) (Value, error) {
	if c.NFree > 0 {
		return Null, m.typeError("code object passed to %s() may not contain free variables", what)
	}
	if err := m.enterFrame(); err != nil {
		return Null, err
	}
	f := m.newFrame(nil, c, globals, m.builtinsOf(globals), locals)
	f.Back = m.frame
	return m.runNested(f)
}

func bltinExec(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [4]Value
	if err := m.ParseArgs(specExec, args, kw, a[:]); err != nil {
		return Null, err
	}
	g, l, err := m.evalNamespaces(a[1], a[2], true)
	if err != nil {
		return Null, err
	}
	var c *Code
	if co, ok := m.obj0(a[0]).(*Code); ok {
		c = co
	} else {
		src, ok, err := m.sourceText(a[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, m.typeError("exec() arg 1 must be a string, bytes or code object")
		}
		if c, err = m.compileSource(src, m.str(a[0]) != nil, "<string>", syntax.ModeExec); err != nil {
			return Null, err
		}
	}
	if _, err := m.runCode(c, g, l, "exec"); err != nil {
		return Null, err
	}
	return None, nil
}

func bltinEval(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [3]Value
	if err := m.ParseArgs(specEval, args, kw, a[:]); err != nil {
		return Null, err
	}
	g, l, err := m.evalNamespaces(a[1], a[2], false)
	if err != nil {
		return Null, err
	}
	var c *Code
	if co, ok := m.obj0(a[0]).(*Code); ok {
		c = co
	} else {
		src, ok, err := m.sourceText(a[0])
		if err != nil {
			return Null, err
		}
		if !ok {
			return Null, m.typeError("eval() arg 1 must be a string, bytes or code object")
		}
		// CPython strips leading spaces and tabs from an eval() string.
		src = strings.TrimLeft(src, " \t")
		if c, err = m.compileSource(src, m.str(a[0]) != nil, "<string>", syntax.ModeEval); err != nil {
			return Null, err
		}
	}
	return m.runCode(c, g, l, "eval")
}

func bltinCompile(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [7]Value
	if err := m.ParseArgs(specCompile, args, kw, a[:]); err != nil {
		return Null, err
	}
	filename := m.str(a[1])
	if filename == nil {
		// PyUnicode_FSDecoder's message.
		return Null, m.typeError("expected str, bytes or os.PathLike object, not %s", m.typeName(a[1]))
	}
	modeStr := m.str(a[2])
	if modeStr == nil {
		return Null, m.typeError("compile() argument 'mode' must be str, not %s", m.badArgumentName(a[2]))
	}
	var mode syntax.Mode
	switch modeStr.S {
	case "exec":
		mode = syntax.ModeExec
	case "eval":
		mode = syntax.ModeEval
	case "single":
		mode = syntax.ModeSingle
	default:
		return Null, m.Raisef(m.types.ValueError, "compile() mode must be 'exec', 'eval' or 'single'")
	}
	if a[3] != Null {
		flags, err := m.ArgCInt(a[3])
		if err != nil {
			return Null, err
		}
		if flags&0x400 != 0 {
			return Null, m.Raisef(m.types.ValueError, "compile() to an AST is not supported by quicken")
		}
	}
	src, ok, err := m.sourceText(a[0])
	if err != nil {
		return Null, err
	}
	if !ok {
		return Null, m.typeError("compile() arg 1 must be a string, bytes or AST object")
	}
	c, err := m.compileSource(src, m.str(a[0]) != nil, filename.S, mode)
	if err != nil {
		return Null, err
	}
	return c.self, nil
}

func bltinVars(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specVars, args, kw, a[:]); err != nil {
		return Null, err
	}
	if a[0] == Null {
		return m.frameLocals(m.frame)
	}
	d, err := m.GetAttr(a[0], m.Intern("__dict__"))
	if err != nil {
		if m.isRaise(err, m.types.exceptions["AttributeError"]) {
			return Null, m.typeError("vars() argument must have __dict__ attribute")
		}
		return Null, err
	}
	return d, nil
}

func bltinDir(m *Machine, _ Value, args, kw []Value) (Value, error) {
	var a [1]Value
	if err := m.ParseArgs(specDir, args, kw, a[:]); err != nil {
		return Null, err
	}
	var names []Value
	if a[0] == Null {
		l, err := m.frameLocals(m.frame)
		if err != nil {
			return Null, err
		}
		if names, err = m.mappingKeys(l); err != nil {
			return Null, err
		}
	} else {
		r, found, err := m.specialCall(a[0], "__dir__")
		if err != nil {
			return Null, err
		}
		if found {
			if names, err = m.iterateAll(r); err != nil {
				return Null, err
			}
		} else if names, err = m.defaultDir(a[0]); err != nil {
			return Null, err
		}
	}
	return m.sortedList(names)
}

// mappingKeys returns a mapping's keys (a dict's directly).
func (m *Machine) mappingKeys(v Value) ([]Value, error) {
	if d, ok := m.obj0(v).(*Dict); ok {
		var keys []Value
		d.Items(func(k, _ Value) bool {
			keys = append(keys, k)
			return true
		})
		return keys, nil
	}
	keys, err := m.CallMethod(v, "keys")
	if err != nil {
		return nil, err
	}
	return m.iterateAll(keys)
}

// sortedList returns the items as a new sorted list: strs sorted here
// (code point order), anything else by the list's sort method.
func (m *Machine) sortedList(items []Value) (Value, error) {
	allStr := true
	for _, v := range items {
		if !m.isExactStr(v) {
			allStr = false
			break
		}
	}
	if allStr {
		sort.SliceStable(items, func(i, j int) bool { return m.str(items[i]).S < m.str(items[j]).S })
		return m.NewList(items), nil
	}
	l := m.NewList(items)
	if _, err := m.CallMethod(l, "sort"); err != nil {
		return Null, err
	}
	return l, nil
}

// defaultDir is object.__dir__ and type.__dir__ for objects whose types
// do not define __dir__: the names in the instance's __dict__ and along
// the class's MRO, or a type's MRO.
func (m *Machine) defaultDir(v Value) ([]Value, error) {
	seen := map[string]bool{}
	var names []Value
	add := func(d *Dict) {
		if d == nil {
			return
		}
		d.Items(func(k, _ Value) bool {
			if s := m.str(k); s != nil && !seen[s.S] {
				seen[s.S] = true
				names = append(names, k)
			}
			return true
		})
	}
	if t := m.typeObj(v); t != nil {
		for _, b := range t.MRO {
			add(b.Dict)
		}
		return names, nil
	}
	if mod, ok := m.obj0(v).(*Module); ok {
		add(mod.Dict)
		return names, nil
	}
	if d, err := m.GetAttr(v, m.Intern("__dict__")); err == nil {
		if dd, ok := m.obj0(d).(*Dict); ok {
			add(dd)
		}
	}
	for _, b := range m.TypeOf(v).MRO {
		add(b.Dict)
	}
	return names, nil
}
