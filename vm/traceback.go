package vm

import (
	"os"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/syntax"
	"github.com/quicken-py/quicken/vm/text"
)

// Traceback objects and the default excepthook: PrintException writes an
// uncaught exception to stderr exactly as CPython 3.11.7's C
// implementation (Python/pythonrun.c, Python/traceback.c) does.

// Traceback is a traceback entry (PyTracebackObject): the frame an
// exception passed through and the instruction it was at. The frame is
// kept as what the entry needs (the interpreter's frames are recycled);
// tb_frame makes a frame object from it on first access.
type Traceback struct {
	Header
	next     Value // the next (inner) entry, or Null
	code     *Code
	globals  *Dict
	builtins *Dict
	locals   Value // a module or class frame's namespace, else Null
	lasti    int   // code unit index of the instruction
	frame    Value // the frame object, made lazily
	// live is the frame the entry was made in and activation its
	// activation then: while the frame still runs that activation,
	// tb_frame is its live frame object.
	live       *Frame
	activation uint32
	// caller is the frame that called live, in activation callerAct;
	// back is the entry made when the exception passed out of that call
	// into it (Null if none). A finished frame object's f_back is
	// back's frame, or caller's while it still runs.
	caller    *Frame
	callerAct uint32
	back      Value
	fin       *frameFinal
}

// frameFinal is what the traceback entries of one activation of a frame
// share: the frame object made when the frame ended. CPython makes the
// frame object when the entry is made and it takes over the frame's
// locals and last instruction when the frame ends; here it is made then,
// only for frames an exception passed through.
type frameFinal struct {
	act uint32 // the Frame's activation
	obj Value  // the frame object, Null until the frame ended
}

func (tb *Traceback) traverse(visit func(Value)) {
	if tb.fin != nil && tb.fin.obj != Null {
		visit(tb.fin.obj)
	}
	for _, v := range [...]Value{tb.next, tb.locals, tb.frame, tb.back} {
		if v != Null {
			visit(v)
		}
	}
	visit(tb.code.self)
	visit(tb.globals.self)
	visit(tb.builtins.self)
}

// traceback returns the *Traceback behind v, or nil.
func (m *Machine) traceback(v Value) *Traceback {
	if !v.IsRef() {
		return nil
	}
	tb, _ := m.heap.objs[v].(*Traceback)
	return tb
}

// addTraceback prepends an entry for frame f to exc's traceback, as
// PyTraceBack_Here does when an exception is raised in or passes out of
// a frame. The traceback lives on the exception: raising an exception
// object again continues its traceback (CPython 3.11's _PyErr_SetObject
// restores it), so `raise e` shows the new line above the old ones.
func (m *Machine) addTraceback(exc Value, f *Frame) {
	e := m.exception(exc)
	if e == nil || f == nil {
		return
	}
	tb := &Traceback{code: f.Code, globals: f.Globals, builtins: f.Builtins, lasti: f.Lasti,
		live: f, activation: f.activation}
	if f.obj != Null {
		tb.frame = f.obj
	} else {
		if f.fin == nil || f.fin.act != f.activation {
			f.fin = &frameFinal{act: f.activation}
		}
		tb.fin = f.fin
	}
	if f.Func == nil {
		tb.locals = f.Locals
	}
	if f.Back != nil && f.Back.Code != nil {
		tb.caller, tb.callerAct = f.Back, f.Back.activation
	}
	old := m.traceback(e.Traceback)
	if old != nil {
		tb.next = e.Traceback
	}
	v := m.alloc(tb, m.types.Traceback)
	if old != nil && old.caller == f && old.callerAct == f.activation {
		old.back = v
	}
	e.Traceback = v
}

// exceptionTraceback is exc.__traceback__ (None when it has none).
func (m *Machine) exceptionTraceback(exc Value) Value {
	if e := m.exception(exc); e != nil && e.Traceback != Null {
		return e.Traceback
	}
	return None
}

// codeLine is PyCode_Addr2Line for a code unit index: the line of the
// instruction, -1 when it has none.
func codeLine(c *Code, lasti int) int {
	p := codePosition(c, lasti)
	return p.Line
}

// codePosition is the location table entry of the instruction at code
// unit lasti, all -1 when there is none.
func codePosition(c *Code, lasti int) bytecode.Position {
	pos := c.Positions()
	if lasti < 0 || lasti >= len(pos) {
		return bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
	}
	return pos[lasti]
}

var tracebackSpec = typeSpec{name: "traceback", basicSize: 40, flags: FlagHaveGC | FlagImmutable,
	methods: []MethodDef{{Name: "__dir__", Fn: tracebackDir}},
	getsets: []GetSetDef{
		{Name: "tb_frame", Get: func(m *Machine, self Value) (Value, error) {
			tb, err := m.tbSelf(self)
			if err != nil {
				return Null, err
			}
			return m.tracebackFrame(tb), nil
		}},
		{Name: "tb_lasti", Get: func(m *Machine, self Value) (Value, error) {
			tb, err := m.tbSelf(self)
			if err != nil {
				return Null, err
			}
			// CPython 3.11 counts bytes: two per code unit.
			return m.NewInt(int64(2 * tb.lasti)), nil
		}},
		{Name: "tb_next", Get: tracebackNextGet, Set: tracebackNextSet},
		{Name: "tb_lineno", Get: func(m *Machine, self Value) (Value, error) {
			tb, err := m.tbSelf(self)
			if err != nil {
				return Null, err
			}
			return m.NewInt(int64(codeLine(tb.code, tb.lasti))), nil
		}},
	},
}

func (m *Machine) tbSelf(self Value) (*Traceback, error) {
	if tb := m.traceback(self); tb != nil {
		return tb, nil
	}
	return nil, m.typeError("descriptor for 'traceback' objects doesn't apply to a '%s' object", m.typeName(self))
}

func tracebackDir(m *Machine, self Value, args, kwnames []Value) (Value, error) {
	return m.NewList([]Value{m.Intern("tb_frame"), m.Intern("tb_next"), m.Intern("tb_lasti"), m.Intern("tb_lineno")}), nil
}

func tracebackNextGet(m *Machine, self Value) (Value, error) {
	tb, err := m.tbSelf(self)
	if err != nil {
		return Null, err
	}
	if tb.next == Null {
		return None, nil
	}
	return tb.next, nil
}

func tracebackNextSet(m *Machine, self, v Value) error {
	tb, err := m.tbSelf(self)
	if err != nil {
		return err
	}
	switch {
	case v == Null:
		return m.typeError("can't delete tb_next attribute")
	case v == None:
		tb.next = Null
		return nil
	case m.traceback(v) == nil:
		return m.typeError("expected traceback object, got '%s'", m.typeName(v))
	}
	for c := v; c != Null; c = m.traceback(c).next {
		if c == self {
			return m.Raisef(m.types.ValueError, "traceback loop detected")
		}
	}
	tb.next = v
	return nil
}

// ---- source lines ----

// tracebackState is the per-Machine state of traceback printing: the
// source files it has read (CPython re-reads them on every print; a run
// sees the same files).
type tracebackState struct {
	sources map[string]*sourceLines
	// finalizing is set while the main module is torn down at exit:
	// CPython's traceback printer cannot open source files then (io is
	// gone from sys.modules), so its entries show no line or carets.
	finalizing bool
}

type sourceLines struct {
	lines []string // without their line endings
	ok    bool
}

// SetSource registers the text of a source file (the main program, as
// given to RunMain), so tracebacks show its lines without reading the
// disk.
func (m *Machine) SetSource(filename string, src []byte) {
	if m.tb.sources == nil {
		m.tb.sources = map[string]*sourceLines{}
	}
	m.tb.sources[filename] = decodeSourceLines(src)
}

// sourceLine returns line lineno (1-based) of filename as CPython's
// display_source_line reads it: the file decoded by its coding cookie (or
// as UTF-8), split at universal newlines.
func (m *Machine) sourceLine(filename string, lineno int) (string, bool) {
	if m.tb.finalizing {
		return "", false
	}
	if m.tb.sources == nil {
		m.tb.sources = map[string]*sourceLines{}
	}
	s := m.tb.sources[filename]
	if s == nil {
		src, err := os.ReadFile(filename)
		if err != nil {
			s = &sourceLines{}
		} else {
			s = decodeSourceLines(src)
		}
		m.tb.sources[filename] = s
	}
	if !s.ok || lineno < 1 || lineno > len(s.lines) {
		return "", false
	}
	return s.lines[lineno-1], true
}

// decodeSourceLines decodes a source file the way the traceback printer
// opens it: TextIOWrapper with the encoding the tokenizer finds (a
// coding cookie on line 1 or 2, else UTF-8), strict errors.
func decodeSourceLines(src []byte) *sourceLines {
	enc := sourceCookie(src)
	var txt string
	switch enc {
	case "", "utf-8", "utf8":
		if !utf8.Valid(src) {
			return &sourceLines{}
		}
		txt = string(src)
	default:
		s, err := text.Decode(string(src), enc, "strict")
		if err != nil {
			return &sourceLines{}
		}
		txt = s
	}
	var lines []string
	for len(txt) > 0 {
		i := strings.IndexAny(txt, "\r\n")
		if i < 0 {
			lines = append(lines, txt)
			break
		}
		lines = append(lines, txt[:i])
		if txt[i] == '\r' && i+1 < len(txt) && txt[i+1] == '\n' {
			i++
		}
		txt = txt[i+1:]
	}
	return &sourceLines{lines: lines, ok: true}
}

// sourceCookie finds a PEP 263 coding cookie in the first two lines
// (the second only when the first is a comment or blank).
func sourceCookie(src []byte) string {
	if len(src) >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF {
		return "utf-8"
	}
	rest := string(src)
	for n := 0; n < 2 && rest != ""; n++ {
		line := rest
		if i := strings.IndexAny(rest, "\r\n"); i >= 0 {
			line, rest = rest[:i], rest[i+1:]
		} else {
			rest = ""
		}
		t := strings.TrimLeft(line, " \t\f")
		if !strings.HasPrefix(t, "#") {
			if t != "" {
				return ""
			}
			continue
		}
		if i := strings.Index(t, "coding"); i >= 0 && i+6 < len(t) && (t[i+6] == ':' || t[i+6] == '=') {
			name := strings.TrimLeft(t[i+7:], " \t")
			j := 0
			for j < len(name) && (isAlnumByte(name[j]) || name[j] == '-' || name[j] == '_' || name[j] == '.') {
				j++
			}
			name = strings.ToLower(strings.ReplaceAll(name[:j], "_", "-"))
			switch {
			case name == "utf-8" || strings.HasPrefix(name, "utf-8-"):
				return "utf-8"
			case name == "latin-1" || name == "iso-8859-1" || name == "iso-latin-1" ||
				strings.HasPrefix(name, "latin-1-") || strings.HasPrefix(name, "iso-8859-1-") || strings.HasPrefix(name, "iso-latin-1-"):
				return "iso-8859-1"
			}
			return name
		}
	}
	return ""
}

func isAlnumByte(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

// ---- printing ----

// The printer's fixed texts (CPython 3.11).
const (
	tbHeader      = "Traceback (most recent call last):\n"
	tbGroupHeader = "Exception Group Traceback (most recent call last):\n"
	causeMessage  = "The above exception was the direct cause of the following exception:\n"
	contextMsg    = "During handling of the above exception, another exception occurred:\n"
	tbLimit       = 1000 // PyTraceBack_LIMIT
	tbCutoff      = 3    // TB_RECURSIVE_CUTOFF
	maxGroupWidth = 15
	maxGroupDepth = 10
	maxChainDepth = 200 // stands in for the C recursion limit of print_chained
)

// excPrinter is exception_print_context: it writes to stderr through a
// buffer that is flushed before any Python code runs (str() of the
// exception, notes), so output interleaves as CPython's does.
type excPrinter struct {
	m          *Machine
	buf        strings.Builder
	seen       map[Value]bool
	groupDepth int
	needClose  bool
	chainDepth int
	positions  map[*Code][]bytecode.Position
}

// PrintException prints exc (an uncaught exception) with its chain of
// causes and contexts to stderr, as sys.excepthook does in CPython 3.11.7.
func (m *Machine) PrintException(exc Value) {
	m.out.Flush()
	p := &excPrinter{m: m, seen: map[Value]bool{}, positions: map[*Code][]bytecode.Position{}}
	p.printRecursive(exc)
	p.flush()
}

func (p *excPrinter) write(s string) { p.buf.WriteString(s) }

func (p *excPrinter) flush() {
	if p.buf.Len() > 0 {
		p.m.writeStderr(backslashSurrogates(p.buf.String()))
		p.buf.Reset()
	}
}

// backslashSurrogates applies sys.stderr's error handler, backslashreplace,
// to the lone surrogates a str may hold (3-byte form): each is written
// as \udXXX.
func backslashSurrogates(s string) string {
	i := strings.IndexByte(s, 0xED)
	if i < 0 {
		return s
	}
	var b strings.Builder
	for i >= 0 {
		b.WriteString(s[:i])
		if i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF {
			r, _ := decodeSurrogateUTF8(s[i : i+3])
			b.WriteString(badCharEscape(r))
			s = s[i+3:]
		} else {
			b.WriteByte(s[i])
			s = s[i+1:]
		}
		i = strings.IndexByte(s, 0xED)
	}
	b.WriteString(s)
	return b.String()
}

// margin is EXC_MARGIN and indent EXC_INDENT.
func (p *excPrinter) margin() string {
	if p.groupDepth > 0 {
		return "| "
	}
	return ""
}

func (p *excPrinter) indent() string { return strings.Repeat(" ", 2*p.groupDepth) }

func (p *excPrinter) writeIndentedMargin() { p.write(p.indent() + p.margin()) }

func (p *excPrinter) printRecursive(v Value) {
	p.causeAndContext(v)
	if e := p.m.exception(v); e != nil && e.kind == kindGroup {
		p.printGroup(v)
		return
	}
	p.printOne(v)
}

// causeAndContext prints the exception's cause, or else its context
// unless suppressed, each followed by its banner; seen breaks cycles.
func (p *excPrinter) causeAndContext(v Value) {
	p.seen[v] = true
	e := p.m.exception(v)
	if e == nil {
		return
	}
	if c := e.Cause; c != Null && c != None {
		if !p.seen[c] {
			p.printChained(c, causeMessage)
		}
		return
	}
	if e.SuppressContext {
		return
	}
	if c := e.Context; c != Null && c != None && !p.seen[c] {
		p.printChained(c, contextMsg)
	}
}

func (p *excPrinter) printChained(v Value, message string) {
	if p.chainDepth >= maxChainDepth {
		return
	}
	p.chainDepth++
	needClose := p.needClose
	p.printRecursive(v)
	p.needClose = needClose
	p.chainDepth--
	p.writeIndentedMargin()
	p.write("\n")
	p.writeIndentedMargin()
	p.write(message)
	p.writeIndentedMargin()
	p.write("\n")
}

// printOne is print_exception: traceback, then for a SyntaxError its
// file, line and carets, then the message line and the notes.
func (p *excPrinter) printOne(v Value) {
	m := p.m
	e := m.exception(v)
	if e == nil {
		p.write(p.indent() + "TypeError: print_exception(): Exception expected for value, " + m.typeName(v) + " found\n")
		return
	}
	if tb := m.traceback(e.Traceback); tb != nil {
		header, headerMargin := tbHeader, p.margin()
		if e.kind == kindGroup {
			header = tbGroupHeader
			if p.groupDepth == 1 {
				headerMargin = "+ "
			}
		}
		p.printTraceback(e.Traceback, header, headerMargin)
	}
	t := m.TypeOf(v)
	value := p.fileAndLine(v)
	p.message(t, value)
	if value == v {
		p.suggestions(v)
	}
	p.write("\n")
	if value == v {
		p.notes(v)
	}
}

// printTraceback is _PyTraceBack_Print_Indented: the header, then the
// entries oldest first, with runs of the same line collapsed.
func (p *excPrinter) printTraceback(tbv Value, header, headerMargin string) {
	limit := int64(tbLimit)
	if sys := p.m.sysMod; sys != nil && sys.Dict != nil {
		if lv := p.m.dictGetStr(sys.Dict, "tracebacklimit"); lv != Null && (lv.IsSmallInt() || p.m.intObj(lv) != nil) {
			n, ok := p.m.Int64(lv)
			if !ok {
				if b, _ := p.m.BigInt(lv); b == nil || b.Sign() > 0 {
					n = 1<<63 - 1
				}
			}
			if n <= 0 {
				return
			}
			limit = n
		}
	}
	p.write(p.indent() + headerMargin + header)
	var entries []*Traceback
	for v := tbv; v != Null; {
		tb := p.m.traceback(v)
		if tb == nil {
			break
		}
		entries = append(entries, tb)
		v = tb.next
	}
	if int64(len(entries)) > limit {
		entries = entries[int64(len(entries))-limit:]
	}
	var lastFile, lastName string
	lastLine := -1
	first := true
	cnt := 0
	for _, tb := range entries {
		c := tb.code
		line := p.lineOf(tb)
		if first || c.Filename != lastFile || lastLine == -1 || line != lastLine || c.Name != lastName {
			if cnt > tbCutoff {
				p.lineRepeated(cnt)
			}
			lastFile, lastLine, lastName = c.Filename, line, c.Name
			first = false
			cnt = 0
		}
		cnt++
		if cnt <= tbCutoff {
			p.displayLine(tb, line)
		}
	}
	if cnt > tbCutoff {
		p.lineRepeated(cnt)
	}
}

func (p *excPrinter) lineRepeated(cnt int) {
	cnt -= tbCutoff
	if cnt > 1 {
		p.write("  [Previous line repeated " + itoa(cnt) + " more times]\n")
	} else {
		p.write("  [Previous line repeated " + itoa(cnt) + " more time]\n")
	}
}

func (p *excPrinter) position(tb *Traceback) bytecode.Position {
	pos, ok := p.positions[tb.code]
	if !ok {
		pos = tb.code.Positions()
		p.positions[tb.code] = pos
	}
	if tb.lasti < 0 || tb.lasti >= len(pos) {
		return bytecode.Position{Line: -1, EndLine: -1, Col: -1, EndCol: -1}
	}
	return pos[tb.lasti]
}

func (p *excPrinter) lineOf(tb *Traceback) int { return p.position(tb).Line }

// displayLine is tb_displayline: the File line, the source line and the
// caret line.
func (p *excPrinter) displayLine(tb *Traceback, lineno int) {
	c := tb.code
	p.writeIndentedMargin()
	p.write("  File \"" + c.Filename + "\", line " + itoa(lineno) + ", in " + c.Name + "\n")
	fn := c.Filename
	if strings.HasPrefix(fn, "<") && strings.HasSuffix(fn, ">") {
		return
	}
	line, ok := p.m.sourceLine(fn, lineno)
	if !ok {
		return
	}
	lead := 0
	for lead < len(line) && (line[lead] == ' ' || line[lead] == '\t' || line[lead] == '\f') {
		lead++
	}
	p.writeIndentedMargin()
	p.write("    " + line[lead:] + "\n")
	if carets, ok := caretLine(line, lead, p.position(tb), fn); ok {
		p.writeIndentedMargin()
		p.write(carets)
	}
}

// fileAndLine is print_exception_file_and_line: a SyntaxError (anything
// with print_file_and_line) prints its file, line, text and carets, and
// the message line then shows its msg instead of str(exc). It returns the
// value the message line shows.
func (p *excPrinter) fileAndLine(v Value) Value {
	m := p.m
	e := m.exception(v)
	if e.kind != kindSyntaxError {
		if e.dict == nil || m.dictGetStr(e.dict, "print_file_and_line") == Null {
			if !m.TypeOf(v).IsHeap() {
				return v
			}
			if _, err := p.lookupAttr(v, "print_file_and_line"); err != nil {
				return v
			}
		}
	}
	info, ok := p.parseSyntaxError(v)
	if !ok {
		return v
	}
	p.writeIndentedMargin()
	p.write("  File \"" + info.filename + "\", line " + itoa(int(info.lineno)) + "\n")
	if info.text != Null {
		txt := m.str(info.text).S
		endOffset := info.endOffset
		if info.endLineno > info.lineno {
			endOffset = int64(len(txt))
		}
		if endOffset > int64(len(txt))+1 {
			endOffset = int64(len(txt)) + 1
		}
		p.write(errorText(info.offset, endOffset, txt))
	}
	return info.msg
}

// lookupAttr is _PyObject_LookupAttr: the attribute or an error (after
// flushing, since a __getattr__ may print).
func (p *excPrinter) lookupAttr(v Value, name string) (Value, error) {
	p.flush()
	return p.m.GetAttr(v, p.m.Intern(name))
}

type syntaxInfo struct {
	msg                                  Value
	filename                             string
	lineno, offset, endLineno, endOffset int64
	text                                 Value // a str, or Null
}

// parseSyntaxError is parse_syntax_error: the attributes the printer
// needs, any failure giving up the file-and-line part.
func (p *excPrinter) parseSyntaxError(v Value) (syntaxInfo, bool) {
	m := p.m
	var info syntaxInfo
	get := func(name string) (Value, bool) {
		x, err := p.lookupAttr(v, name)
		return x, err == nil
	}
	asSsize := func(x Value) (int64, bool) {
		n, err := m.excSsize(x)
		return n, err == nil
	}
	var ok bool
	if info.msg, ok = get("msg"); !ok {
		return info, false
	}
	fv, ok := get("filename")
	if !ok {
		return info, false
	}
	if fv == None {
		info.filename = "<string>"
	} else {
		p.flush()
		s, err := m.StrString(fv)
		if err != nil {
			return info, false
		}
		info.filename = s
	}
	lv, ok := get("lineno")
	if !ok {
		return info, false
	}
	if info.lineno, ok = asSsize(lv); !ok {
		return info, false
	}
	ov, ok := get("offset")
	if !ok {
		return info, false
	}
	if ov == None {
		info.offset = -1
	} else if info.offset, ok = asSsize(ov); !ok {
		return info, false
	}
	info.endLineno, info.endOffset = info.lineno, -1
	if m.TypeOf(v) == m.types.exceptions["SyntaxError"] {
		if x, ok := get("end_lineno"); ok && x != None {
			if info.endLineno, ok = asSsize(x); !ok {
				return info, false
			}
		}
		if x, ok := get("end_offset"); ok && x != None {
			if info.endOffset, ok = asSsize(x); !ok {
				return info, false
			}
		}
	}
	tv, ok := get("text")
	if !ok {
		return info, false
	}
	info.text = Null
	if tv != None {
		if m.str(tv) == nil {
			return info, false
		}
		info.text = tv
	}
	return info, true
}

// errorText is print_error_text: the SyntaxError's text line (leading
// whitespace removed) and a caret line under offset..end_offset (1-based
// byte offsets).
func errorText(offset, endOffset int64, txt string) string {
	reps := int64(1)
	if endOffset > 0 && endOffset > offset {
		reps = endOffset - offset
	}
	if i := strings.IndexByte(txt, 0); i >= 0 {
		txt = txt[:i] // written as a C string
	}
	offset--
	for len(txt) > 0 && (txt[0] == ' ' || txt[0] == '\t' || txt[0] == '\f') {
		txt = txt[1:]
		offset--
	}
	n := int64(len(txt))
	if n > 0 && txt[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	for {
		nl := strings.IndexByte(txt, '\n')
		if nl < 0 || int64(nl) >= offset {
			break
		}
		txt = txt[nl+1:]
		n -= int64(nl + 1)
		offset -= int64(nl + 1)
	}
	var b strings.Builder
	b.WriteString("    " + txt)
	if n >= int64(len(txt)) || txt[n] != '\n' {
		b.WriteString("\n")
	}
	if offset < 0 {
		return b.String()
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", int(offset)))
	b.WriteString(strings.Repeat("^", int(reps)))
	b.WriteString("\n")
	return b.String()
}

// message is print_exception_message: module.qualname, then ": " and
// str(value) when that is not empty.
func (p *excPrinter) message(t *Type, value Value) {
	m := p.m
	p.writeIndentedMargin()
	mod, ok := p.typeModule(t)
	switch {
	case !ok:
		p.write("<unknown>.")
	case mod != "builtins" && mod != "__main__":
		p.write(mod + ".")
	}
	if t.IsHeap() {
		p.write(t.QualName)
	} else {
		p.write(t.Name)
	}
	if value == None {
		return
	}
	p.flush()
	s, err := m.StrOf(value)
	if err != nil {
		p.write(": <exception str() failed>")
		return
	}
	if str := m.str(s); str != nil {
		if str.S != "" {
			p.write(": ")
		}
		p.write(str.S)
	}
}

// typeModule is type.__module__ as the printer reads it: a builtin type's
// is "builtins" (or what its tp_name says); a class's is its
// namespace's __module__, which must be a str.
func (p *excPrinter) typeModule(t *Type) (string, bool) {
	if !t.IsHeap() {
		if t.Module != "" {
			return t.Module, true
		}
		return "builtins", true
	}
	if t.Dict == nil {
		return "", false
	}
	v := p.m.dictGetStr(t.Dict, "__module__")
	if s := p.m.str(v); s != nil {
		return s.S, true
	}
	return "", false
}

// suggestions appends ". Did you mean: 'x'?" for NameError and
// AttributeError.
func (p *excPrinter) suggestions(v Value) {
	p.flush()
	if s, ok := p.m.offerSuggestions(v); ok {
		p.write(". Did you mean: '" + s + "'?")
	}
}

// notes is print_exception_notes: each note of __notes__ on its own
// lines; a __notes__ that is not a sequence is shown by its repr.
func (p *excPrinter) notes(v Value) {
	m := p.m
	e := m.exception(v)
	if e.dict == nil && !m.TypeOf(v).IsHeap() {
		return
	}
	notes, err := p.lookupAttr(v, "__notes__")
	if err != nil {
		return
	}
	nt := m.TypeOf(notes)
	if nt.GetItem == nil || nt.IsSubtype(m.types.Dict) {
		p.writeIndentedMargin()
		s, err := m.Repr(notes)
		if err != nil {
			p.write("<__notes__ repr() failed>")
		} else {
			p.write(m.str(s).S)
		}
		return
	}
	n, err := m.Len(notes)
	if err != nil {
		return
	}
	for i := 0; i < n; i++ {
		p.flush()
		note, err := m.GetItem(notes, m.NewInt(int64(i)))
		if err != nil {
			return
		}
		s, err := m.StrOf(note)
		if err != nil {
			p.write("<note str() failed>")
		} else {
			for _, line := range text.SplitLines(m.str(s).S, true) {
				p.writeIndentedMargin()
				p.write(line)
			}
		}
		p.write("\n")
	}
}

// printGroup is print_exception_group: the group's own traceback and
// message, then each sub-exception in a box.
func (p *excPrinter) printGroup(v Value) {
	m := p.m
	if p.groupDepth > maxGroupDepth {
		p.writeIndentedMargin()
		p.write("... (max_group_depth is " + itoa(maxGroupDepth) + ")\n")
		return
	}
	if p.groupDepth == 0 {
		p.groupDepth++
	}
	p.printOne(v)
	var excs []Value
	if t := m.tuple(m.exception(v).field(kindGroup, fGroupExcs)); t != nil {
		excs = t.Items
	}
	n := len(excs)
	if n > maxGroupWidth {
		n = maxGroupWidth + 1
	}
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		truncated := i >= maxGroupWidth
		if !truncated {
			p.write(p.indent() + lead + "+---------------- " + itoa(i+1) + " ----------------\n")
		} else {
			p.write(p.indent() + lead + "+---------------- ... ----------------\n")
		}
		p.groupDepth++
		if !truncated {
			p.printRecursive(excs[i])
		} else {
			rem := len(excs) - maxGroupWidth
			p.writeIndentedMargin()
			s := "s"
			if rem == 1 {
				s = ""
			}
			p.write("and " + itoa(rem) + " more exception" + s + "\n")
		}
		if last && p.needClose {
			p.write(p.indent() + "+------------------------------------\n")
			p.needClose = false
		}
		p.groupDepth--
	}
	if p.groupDepth == 1 {
		p.groupDepth--
	}
}

// ---- carets ----

// caretLine computes the caret line of one traceback entry (CPython
// 3.11.7's tb_displayline), ok false when there is none. line is the
// source line without its newline, lead the number of leading
// whitespace characters the printed line omits.
func caretLine(line string, lead int, pos bytecode.Position, filename string) (string, bool) {
	if pos.Line < 0 || pos.EndLine < 0 || pos.Col < 0 || pos.EndCol < 0 {
		return "", false
	}
	chars := []rune(line)
	start := byteToCharOffset(line, pos.Col)
	end := byteToCharOffset(line, pos.EndCol)
	left, right := -1, -1
	primary, secondary := '^', '^'
	if pos.Line == pos.EndLine {
		if start <= end && end <= len(chars) {
			if l, r, ok := extractAnchors(string(chars[start:end])); ok {
				left, right = l+start, r+start
				primary, secondary = '~', '^'
			}
		}
	} else {
		// A multi-line span is underlined to the last non-whitespace
		// character of its first line. CPython 3.11.7 scans the UTF-8
		// bytes with a character index, which this reproduces.
		i := len(chars)
		for i--; i >= 0; i-- {
			if i >= len(line) {
				break
			}
			if c := line[i]; c != ' ' && c != '\t' && c != '\f' {
				break
			}
		}
		end = i + 1
	}
	hasSecondary := left != -1 || right != -1
	if end-start == len(chars)-lead && !hasSecondary {
		return "", false
	}
	// Markers from the first printed character to end; characters of
	// East Asian width W or F take two columns (3.11.7).
	var b strings.Builder
	b.WriteString("    ")
	for i := lead; i < end; i++ {
		w := 1
		if i < len(chars) && isWide(chars[i]) {
			w = 2
		}
		var c rune
		switch {
		case i < start:
			c = ' '
		case hasSecondary && left <= i && i < right:
			c = secondary
		default:
			c = primary
		}
		for ; w > 0; w-- {
			b.WriteRune(c)
		}
	}
	b.WriteString("\n")
	return b.String(), true
}

// byteToCharOffset is _PyPegen_byte_offset_to_character_offset: the
// number of characters in the first col bytes of line (decoded with
// replacement; the C string's terminating NUL counts when col is one past
// the end).
func byteToCharOffset(line string, col int) int {
	if col > len(line)+1 {
		col = len(line) + 1
	}
	extra := 0
	if col == len(line)+1 {
		col, extra = len(line), 1
	}
	n := 0
	for i := 0; i < col; {
		_, size := utf8.DecodeRuneInString(line[i:])
		if i+size > col {
			size = col - i // a truncated sequence: one replacement character
		}
		i += size
		n++
	}
	return n + extra
}

// isWide reports whether c has East Asian Width W or F.
func isWide(c rune) bool {
	if c < 0x1100 {
		return false
	}
	i := sort.Search(len(wideRanges), func(i int) bool { return wideRanges[i][1] >= c })
	return i < len(wideRanges) && wideRanges[i][0] <= c
}

// extractAnchors is CPython 3.11.7's extract_anchors_from_line: it parses
// the span's text, and if that is one expression statement holding a
// binary operation or a subscript, returns the character range
// [left, right) to mark with '^' (the operator, or the brackets and
// what they hold) while '~' marks the rest. Offsets are worked out in
// UTF-8 bytes, then turned into characters.
func extractAnchors(seg string) (left, right int, ok bool) {
	mod, err := syntax.Parse([]byte(seg), "<traceback>", syntax.ModeExec)
	if err != nil {
		return 0, 0, false
	}
	body, _ := mod.(*syntax.Module)
	if body == nil || len(body.Body) != 1 {
		return 0, 0, false
	}
	stmt, _ := body.Body[0].(*syntax.ExprStmt)
	if stmt == nil {
		return 0, 0, false
	}
	ws := func(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == '\n' || c == '\r' }
	var l, r int
	switch x := stmt.Value.(type) {
	case *syntax.BinOp:
		lend, rstart := x.Left.Span().EndColOffset, x.Right.Span().ColOffset
		if lend < 0 || rstart > len(seg) || lend > rstart {
			return 0, 0, false
		}
		op := seg[lend:rstart]
		k := 0
		for k < len(op) && ws(op[k]) {
			k++
		}
		l = lend + k
		r = l + 1
		if k+1 < len(op) && !ws(op[k+1]) {
			r++ // a two-character operator (//, **, <<…)
		}
		for l < len(seg) && (ws(seg[l]) || seg[l] == ')' || seg[l] == '#') {
			l++
			r++
		}
	case *syntax.Subscript:
		l = x.Value.Span().EndColOffset
		r = x.Slice.Span().EndColOffset + 1
		for l < len(seg) && seg[l] != '[' {
			l++
		}
		for r < len(seg) && seg[r] != ']' {
			r++
		}
		if r < len(seg) {
			r++
		}
	default:
		return 0, 0, false
	}
	return byteToCharOffset(seg, l), byteToCharOffset(seg, r), true
}
