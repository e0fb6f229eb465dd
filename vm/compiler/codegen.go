package compiler

import (
	"fmt"
	"unicode/utf8"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler/flowgraph"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// compiler is the state of one compilation (CPython's struct compiler):
// the symbol table, the future flags, and the stack of units being
// generated, innermost in u.
type compiler struct {
	filename string
	src      []byte
	st       *symtable
	// future holds the CO_FUTURE_* flags in effect (c_future->ff_features
	// merged with the compile flags).
	future      uint32
	optimize    int
	interactive bool
	// allowTopLevelAwait is PyCF_ALLOW_TOP_LEVEL_AWAIT.
	allowTopLevelAwait bool

	u         *unit
	stack     []*unit
	nestLevel int

	// intern models the interning of string constants (interned.go).
	intern *internModel

	// warnings collects the SyntaxWarnings of the compilation, in the
	// order CPython issues them.
	warnings []Warning
}

// pyCFMask is CPython 3.11's PyCF_MASK: the future flags every code object
// of a compilation inherits.
const pyCFMask = 0x20000 | 0x40000 | 0x80000 | 0x100000 | 0x200000 | 0x400000 | 0x800000 | 0x1000000

// coFutureAnnotations is CO_FUTURE_ANNOTATIONS.
const coFutureAnnotations = 0x1000000

// stackUseGuideline is CPython's STACK_USE_GUIDELINE: beyond it, displays
// and calls are built incrementally.
const stackUseGuideline = 30

// noneConst is the None constant.
var noneConst constant.Value = constant.None{}

// ---- blocks and instructions ----

// newBlock allocates a block (compiler_new_block). It is not placed in the
// layout until useNextBlock.
func (c *compiler) newBlock() *flowgraph.Block {
	return c.u.fu.NewBlock()
}

// useNextBlock makes b the fallthrough successor of the current block and
// the target of further instructions (compiler_use_next_block).
func (c *compiler) useNextBlock(b *flowgraph.Block) {
	c.u.cur.Next = b
	c.u.cur = b
	c.u.needNewBlock = false
}

// isBlockEnd reports whether op ends a basic block: a jump, a return, a
// raise or a reraise (is_end_of_basic_block). SETUP_* pseudo-ops do not.
func isBlockEnd(op bytecode.Opcode) bool {
	switch op {
	case bytecode.RETURN_VALUE, bytecode.RAISE_VARARGS, bytecode.RERAISE:
		return true
	}
	return op.IsJump()
}

// emit appends an instruction to the current block. CPython 3.11: after a
// block-ending instruction, the next one starts an implicit new block
// (compiler_use_new_implicit_block_if_needed).
func (c *compiler) emit(in flowgraph.Instr) {
	u := c.u
	if u.needNewBlock {
		c.useNextBlock(c.newBlock())
	}
	if in.Op == bytecode.KW_NAMES && c.intern != nil {
		// The keyword names tuple just registered holds identifiers.
		for _, s := range c.intern.lastNew {
			c.intern.identConst[s] = true
		}
	}
	b := u.cur
	b.Instrs = append(b.Instrs, in)
	if in.Op == bytecode.RETURN_VALUE {
		b.Return = true
	}
	if isBlockEnd(in.Op) {
		u.needNewBlock = true
	}
}

// addop emits op at the current location (compiler_addop).
func (c *compiler) addop(op bytecode.Opcode) {
	c.emit(flowgraph.Instr{Op: op, Loc: c.u.loc})
}

// addopI emits op with an argument (compiler_addop_i).
func (c *compiler) addopI(op bytecode.Opcode, arg int) {
	c.emit(flowgraph.Instr{Op: op, Arg: arg, Loc: c.u.loc})
}

// addopJ emits a jump or SETUP_* to target (compiler_addop_j).
func (c *compiler) addopJ(op bytecode.Opcode, target *flowgraph.Block) {
	c.emit(flowgraph.Instr{Op: op, Target: target, Loc: c.u.loc})
}

// addopNoLine emits an artificial instruction (compiler_addop_noline).
func (c *compiler) addopNoLine(op bytecode.Opcode) {
	c.emit(flowgraph.Instr{Op: op, Loc: flowgraph.NoLocation})
}

// addopINoLine emits an artificial instruction with an argument.
func (c *compiler) addopINoLine(op bytecode.Opcode, arg int) {
	c.emit(flowgraph.Instr{Op: op, Arg: arg, Loc: flowgraph.NoLocation})
}

// addopJNoLine emits an artificial jump (compiler_addop_j_noline).
func (c *compiler) addopJNoLine(op bytecode.Opcode, target *flowgraph.Block) {
	c.emit(flowgraph.Instr{Op: op, Target: target, Loc: flowgraph.NoLocation})
}

// addConstIndex returns v's index in co_consts, adding it if new
// (compiler_add_const).
func (c *compiler) addConstIndex(v constant.Value) int {
	if c.intern != nil {
		c.intern.lastNew = c.intern.lastNew[:0]
		v, _ = c.intern.register(v, false)
	}
	if constant.HasNaN(v) {
		// CPython keys constants by value, but a NaN equals nothing,
		// not even another NaN object: every NaN the optimizer folds
		// is a constant of its own. (Constant nodes and displays go
		// through addConstIndexIdentity, which also shares one slot
		// when the same node is compiled twice.)
		c.u.fu.Consts = append(c.u.fu.Consts, v)
		return len(c.u.fu.Consts) - 1
	}
	return c.u.fu.AddConst(v)
}

// addIdentConstIndex is addConstIndex for a constant made of identifiers
// (a class name, the names of a from-import, keyword names): CPython's
// constant is then the parser's interned string object, which matters to
// intern_string_constants (see interned.go).
func (c *compiler) addIdentConstIndex(v constant.Value) int {
	if c.intern != nil {
		c.intern.lastNew = c.intern.lastNew[:0]
		v, _ = c.intern.register(v, true)
	}
	return c.u.fu.AddConst(v)
}

// addopLoadIdentConst emits LOAD_CONST of a constant made of identifiers.
func (c *compiler) addopLoadIdentConst(v constant.Value) {
	c.addopI(bytecode.LOAD_CONST, c.addIdentConstIndex(v))
}

// addopLoadConst emits LOAD_CONST v (compiler_addop_load_const).
func (c *compiler) addopLoadConst(v constant.Value) {
	c.addopI(bytecode.LOAD_CONST, c.addConstIndex(v))
}

// addopName emits op with the co_names index of the mangled name
// (compiler_addop_name).
func (c *compiler) addopName(op bytecode.Opcode, name string) {
	c.addopI(op, c.u.addName(c.mangle(name)))
}

// addopNameRaw emits op with the co_names index of name, unmangled
// (ADDOP_N on u_names).
func (c *compiler) addopNameRaw(op bytecode.Opcode, name string) {
	c.addopI(op, c.u.addName(name))
}

// ---- locations ----

// setLoc makes p's span the location of the following instructions
// (SET_LOC).
func (c *compiler) setLoc(p syntax.Pos) {
	c.u.loc = locOf(p)
}

// unsetLoc makes the following instructions artificial (UNSET_LOC).
func (c *compiler) unsetLoc() {
	c.u.loc = flowgraph.NoLocation
}

// ---- errors ----

// errorAt returns the SyntaxError CPython's compiler_error raises with the
// location p. CPython 3.11 reports compiler errors with offset = UTF-8
// byte column + 1 (not a character column, unlike parser errors) and the
// source line as text.
func (c *compiler) errorAt(p syntax.Pos, msg string) error {
	return &syntax.Error{
		Kind:      "SyntaxError",
		Msg:       msg,
		Filename:  c.filename,
		Lineno:    p.Lineno,
		Offset:    p.ColOffset + 1,
		EndLineno: p.EndLineno,
		EndOffset: p.EndColOffset + 1,
		Text:      c.sourceLine(p.Lineno),
	}
}

// error reports msg at the current location, as compiler_error does.
func (c *compiler) error(msg string) error {
	l := c.u.loc
	return c.errorAt(syntax.Pos{Lineno: l.Line, ColOffset: l.Col, EndLineno: l.EndLine, EndColOffset: l.EndCol}, msg)
}

// sourceLine returns the text CPython puts in a compiler SyntaxError:
// PyErr_ProgramTextObject's reading of line n of the file (universal
// newlines, only the last 999-byte chunk of a longer line), or "" when it
// gets none.
func (c *compiler) sourceLine(n int) string {
	if c.src == nil {
		return ""
	}
	text, _ := syntax.ProgramText(c.src, n)
	return text
}

// Warning is a warning the compiler issues (compiler_warn): CPython
// prints it on stderr as
//
//	FILENAME:LINENO: SyntaxWarning: MSG
//	  SOURCE LINE, STRIPPED
//
// and compiles on.
type Warning struct {
	Category string // "SyntaxWarning"
	Msg      string
	Filename string
	Lineno   int
}

// warn issues a SyntaxWarning at the current line (compiler_warn).
func (c *compiler) warn(msg string) {
	c.warnings = append(c.warnings, Warning{Category: "SyntaxWarning", Msg: msg, Filename: c.filename, Lineno: c.u.loc.Line})
}

// internalError reports a broken invariant (CPython's SystemError).
func (c *compiler) internalError(format string, args ...any) error {
	return fmt.Errorf("compiler internal error: "+format, args...)
}

// ---- names ----

// mangle applies private name mangling with the current class name
// (_Py_Mangle): inside class C, __x becomes _C__x.
func (c *compiler) mangle(name string) string {
	return mangle(c.u.private, name)
}

// forbiddenName reports the errors for storing or deleting __debug__
// (forbidden_name).
func (c *compiler) forbiddenName(name string, ctx syntax.ExprContext) error {
	if name != "__debug__" {
		return nil
	}
	switch ctx {
	case syntax.Store:
		return c.error("cannot assign to __debug__")
	case syntax.Del:
		return c.error("cannot delete __debug__")
	}
	return nil
}

// nameop emits the load, store or delete of a variable
// (compiler_nameop): *_FAST for function locals, *_DEREF for cells and
// free variables (LOAD_CLASSDEREF in a class body), *_GLOBAL for globals
// declared or (in functions) implicit, *_NAME otherwise. LOAD_GLOBAL's
// argument is the name index shifted left by one.
func (c *compiler) nameop(name string, ctx syntax.ExprContext) error {
	if err := c.forbiddenName(name, ctx); err != nil {
		return err
	}
	u := c.u
	mangled := c.mangle(name)
	const (
		opName = iota
		opFast
		opGlobal
		opDeref
	)
	optype := opName
	isFunc := u.ste.Type == FunctionBlock
	scope := u.ste.scope(mangled)
	cell := false
	switch scope {
	case ScopeFree:
		optype = opDeref
	case ScopeCell:
		optype = opDeref
		cell = true
	case ScopeLocal:
		if isFunc {
			optype = opFast
		}
	case ScopeGlobalImplicit:
		if isFunc {
			optype = opGlobal
		}
	case ScopeGlobalExplicit:
		optype = opGlobal
	}
	pick := func(load, store, del bytecode.Opcode) bytecode.Opcode {
		switch ctx {
		case syntax.Store:
			return store
		case syntax.Del:
			return del
		}
		return load
	}
	switch optype {
	case opDeref:
		load := bytecode.LOAD_DEREF
		if u.ste.Type == ClassBlock {
			load = bytecode.LOAD_CLASSDEREF
		}
		op := pick(load, bytecode.STORE_DEREF, bytecode.DELETE_DEREF)
		var arg int
		if cell {
			arg = u.addCellvar(mangled)
		} else {
			arg = u.addFreevar(mangled)
		}
		c.addopI(op, arg)
	case opFast:
		c.addopI(pick(bytecode.LOAD_FAST, bytecode.STORE_FAST, bytecode.DELETE_FAST), u.addVarname(mangled))
	case opGlobal:
		op := pick(bytecode.LOAD_GLOBAL, bytecode.STORE_GLOBAL, bytecode.DELETE_GLOBAL)
		arg := u.addName(mangled)
		if op == bytecode.LOAD_GLOBAL {
			arg <<= 1
		}
		c.addopI(op, arg)
	default:
		c.addopI(pick(bytecode.LOAD_NAME, bytecode.STORE_NAME, bytecode.DELETE_NAME), u.addName(mangled))
	}
	return nil
}

// ---- scopes ----

// enterScope starts a new code object for the symbol-table block of key
// (compiler_enter_scope): it pushes the current unit, computes the
// qualified name and emits RESUME 0. Modules get RESUME on line 0 and then
// an unset line, as CPython 3.11 does.
func (c *compiler) enterScope(name string, st scopeType, key syntax.Node, lineno int) error {
	ste := c.st.lookup(key)
	if ste == nil {
		return c.internalError("no symbol table block for %s", name)
	}
	u := newUnit(name, st, ste, lineno)
	if c.u != nil {
		c.stack = append(c.stack, c.u)
		u.private = c.u.private
	}
	c.u = u
	c.nestLevel++

	b := c.newBlock()
	u.cur = b
	u.fu.Entry = b

	if st == scopeModule {
		u.loc.Line = 0
	} else {
		c.setQualname()
	}
	c.addopI(bytecode.RESUME, 0)
	if st == scopeModule {
		u.loc.Line = -1
	}
	return nil
}

// exitScope returns to the parent unit (compiler_exit_scope).
func (c *compiler) exitScope() {
	c.nestLevel--
	if n := len(c.stack); n > 0 {
		c.u = c.stack[n-1]
		c.stack = c.stack[:n-1]
	} else {
		c.u = nil
	}
}

// setQualname computes the unit's __qualname__ (compiler_set_qualname):
// a def or class declared global in its parent gets its bare name;
// otherwise the parent's qualname is prefixed, with ".<locals>" after a
// function or lambda. Children of the module get their bare name.
func (c *compiler) setQualname() {
	u := c.u
	base := ""
	hasBase := false
	if n := len(c.stack); n > 1 {
		parent := c.stack[n-1]
		forceGlobal := false
		if u.scopeType == scopeFunction || u.scopeType == scopeAsyncFunction || u.scopeType == scopeClass {
			mangled := mangle(parent.private, u.name)
			if parent.ste.scope(mangled) == ScopeGlobalExplicit {
				forceGlobal = true
			}
		}
		if !forceGlobal {
			hasBase = true
			switch parent.scopeType {
			case scopeFunction, scopeAsyncFunction, scopeLambda:
				base = parent.qualname + ".<locals>"
			default:
				base = parent.qualname
			}
		}
	}
	if hasBase {
		u.qualname = base + "." + u.name
	} else {
		u.qualname = u.name
	}
}

// isTopLevelAwait reports whether await is allowed at module level here
// (IS_TOP_LEVEL_AWAIT).
func (c *compiler) isTopLevelAwait() bool {
	return c.allowTopLevelAwait && c.u.ste.Type == ModuleBlock
}

// codeFlags computes co_flags of the current unit (compute_code_flags).
func (c *compiler) codeFlags() uint32 {
	ste := c.u.ste
	var flags uint32
	if ste.Type == FunctionBlock {
		flags |= bytecode.CoNewLocals | bytecode.CoOptimized
		if ste.Nested {
			flags |= bytecode.CoNested
		}
		switch {
		case ste.Generator && !ste.Coroutine:
			flags |= bytecode.CoGenerator
		case !ste.Generator && ste.Coroutine:
			flags |= bytecode.CoCoroutine
		case ste.Generator && ste.Coroutine:
			flags |= bytecode.CoAsyncGenerator
		}
		if ste.Varargs {
			flags |= bytecode.CoVarargs
		}
		if ste.Varkeywords {
			flags |= bytecode.CoVarkeywords
		}
	}
	flags |= c.future & pyCFMask
	if c.isTopLevelAwait() && ste.Coroutine && !ste.Generator {
		flags |= bytecode.CoCoroutine
	}
	return flags
}

// assemble finishes the current unit into a code object: it appends the
// implicit "return None" when the last block does not return (assemble()'s
// first step), fills in the unit's names and flags, and hands the CFG to
// the assembler.
func (c *compiler) assemble(addNone bool) (*bytecode.Code, error) {
	u := c.u
	if !u.cur.Return {
		c.unsetLoc()
		if addNone {
			c.addopLoadConst(noneConst)
		}
		c.addop(bytecode.RETURN_VALUE)
	}
	fu := u.fu
	fu.Flags = c.codeFlags()
	fu.Name = u.name
	fu.QualName = u.qualname
	if u.scopeType == scopeModule {
		fu.QualName = u.name
	}
	fu.Filename = c.filename
	fu.FirstLineNo = u.firstLineno
	co, err := flowgraph.Assemble(fu)
	if err != nil {
		return nil, err
	}
	if c.intern != nil {
		c.intern.internCode(co)
	}
	return co, nil
}

// makeClosure emits the creation of a function object from co
// (compiler_make_closure): for a closure, LOAD_CLOSURE of each of co's free
// variables (from this unit's cells or free variables) and BUILD_TUPLE,
// then LOAD_CONST co and MAKE_FUNCTION flags.
func (c *compiler) makeClosure(co *bytecode.Code, flags int, qualname string) error {
	nfree := 0
	for i, kind := range co.LocalsPlusKinds {
		if kind&bytecode.FastFree == 0 {
			continue
		}
		name := co.LocalsPlusNames[i]
		nfree++
		// A class may use a name both as a local and free in a method:
		// the closure takes the cell or free variable.
		var arg int
		var ok bool
		if c.refType(name) == ScopeCell {
			arg, ok = c.u.cellvars[name]
		} else {
			arg, ok = c.u.freevars[name]
		}
		if !ok {
			return c.internalError("lookup of closure variable %q failed in %s", name, c.u.name)
		}
		c.addopI(bytecode.LOAD_CLOSURE, arg)
	}
	if nfree > 0 {
		flags |= 0x08
		c.addopI(bytecode.BUILD_TUPLE, nfree)
	}
	c.addopLoadConst(co)
	c.addopI(bytecode.MAKE_FUNCTION, flags)
	return nil
}

// refType is get_ref_type: __class__ in a class body is always its cell.
func (c *compiler) refType(name string) Scope {
	if c.u.scopeType == scopeClass && name == "__class__" {
		return ScopeCell
	}
	return c.u.ste.scope(name)
}

// updateStartLocationToMatchAttr moves the start of the current location
// to the attribute name when an attribute expression spans lines
// (update_start_location_to_match_attr), so LOAD_ATTR, STORE_ATTR,
// LOAD_METHOD and the calls of a method point at the name. Columns are
// UTF-8 byte offsets; the attribute's length is counted in code points as
// CPython does (PyUnicode_GET_LENGTH).
func (c *compiler) updateStartLocationToMatchAttr(attr *syntax.Attribute) {
	l := &c.u.loc
	if l.Line == attr.EndLineno {
		return
	}
	l.Line = attr.EndLineno
	n := utf8.RuneCountInString(attr.Attr)
	if n <= attr.EndColOffset {
		l.Col = attr.EndColOffset - n
	} else {
		// GH-94694: odd ASTs; drop the columns.
		l.Col = -1
		l.EndCol = -1
	}
	if l.EndLine < l.Line {
		l.EndLine = l.Line
	}
	if l.Line == l.EndLine && l.EndCol < l.Col {
		l.EndCol = l.Col
	}
}
