package compiler

import (
	"strings"

	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/constant"
	"github.com/quicken-py/quicken/vm/syntax"
)

// coFutureBarryAsBDFL is CO_FUTURE_BARRY_AS_BDFL, the one future flag
// besides annotations that CPython 3.11 still sets (it lets the parser
// accept "<>"); the other features are mandatory and set nothing.
const coFutureBarryAsBDFL uint32 = 0x400000

// futureFeatures are the __future__ features CPython 3.11 knows, with the
// CO_FUTURE_* flag each one sets (0 for those now always on).
var futureFeatures = map[string]uint32{
	"nested_scopes":    0,
	"generators":       0,
	"division":         0,
	"absolute_import":  0,
	"with_statement":   0,
	"print_function":   0,
	"unicode_literals": 0,
	"barry_as_FLUFL":   coFutureBarryAsBDFL,
	"generator_stop":   0,
	"annotations":      bytecode.CoFutureAnnots,
}

// parseFuture reads the __future__ imports at the start of a module the way
// CPython 3.11's future.c does (_PyFuture_FromAST): the leading run of
// "from __future__ import ..." statements, after an optional docstring. It
// returns the CO_FUTURE_* flags they set and the line of the last one (-1
// if none).
//
// Errors, with CPython's positions: an unknown feature ("future feature X
// is not defined") and "braces" ("not a chance") point at the statement;
// a __future__ import that follows another statement on the same line as
// the leading ones is "from __future__ imports must occur at the beginning
// of the file", at the statement's 0-based column (CPython passes the
// column unadjusted here). Later __future__ imports on later lines are the
// code generator's to reject (lateFutureImport).
func parseFuture(mod syntax.Mod, filename string) (flags uint32, lineno int, err error) {
	lineno = -1
	var body []syntax.Stmt
	switch m := mod.(type) {
	case *syntax.Module:
		body = m.Body
	case *syntax.Interactive:
		body = m.Body
	default:
		return 0, lineno, nil
	}
	i := 0
	if docString(body) {
		i++
	}
	done := false
	prevLine := 0
	for ; i < len(body); i++ {
		s := body[i]
		pos := s.Span()
		// Statements joined by semicolons share a line: a future import
		// after a plain statement on the last line of the leading run is
		// caught here rather than by the code generator.
		if done && pos.Lineno > prevLine {
			return flags, lineno, nil
		}
		prevLine = pos.Lineno
		imp, ok := s.(*syntax.ImportFrom)
		if !ok || imp.Module == nil || *imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			return 0, -1, &syntax.Error{
				Kind:      "SyntaxError",
				Msg:       "from __future__ imports must occur at the beginning of the file",
				Filename:  filename,
				Lineno:    pos.Lineno,
				Offset:    pos.ColOffset,
				EndLineno: pos.Lineno,
			}
		}
		for _, alias := range imp.Names {
			flag, known := futureFeatures[alias.Name]
			if !known {
				msg := "future feature " + truncateBytes(alias.Name, 100) + " is not defined"
				if alias.Name == "braces" {
					msg = "not a chance"
				}
				return 0, -1, &syntax.Error{
					Kind:      "SyntaxError",
					Msg:       msg,
					Filename:  filename,
					Lineno:    pos.Lineno,
					Offset:    pos.ColOffset + 1,
					EndLineno: pos.Lineno,
				}
			}
			flags |= flag
		}
		lineno = pos.Lineno
	}
	return flags, lineno, nil
}

// lateFutureImport returns the error CPython 3.11's compiler raises for a
// "from __future__ import" that is not among a module's leading imports
// (compiler_from_import: its line is after ff_lineno), or nil. The code
// generator calls it for every ImportFrom it compiles, in its own order;
// the error spans the statement.
func (st *symtable) lateFutureImport(s *syntax.ImportFrom) error {
	if s.Module == nil || *s.Module != "__future__" || s.Lineno <= st.FutureLineno {
		return nil
	}
	return &syntax.Error{
		Kind:      "SyntaxError",
		Msg:       "from __future__ imports must occur at the beginning of the file",
		Filename:  st.filename,
		Lineno:    s.Lineno,
		Offset:    s.ColOffset + 1,
		EndLineno: s.EndLineno,
		EndOffset: s.EndColOffset + 1,
	}
}

// docString reports whether a body starts with a docstring: an expression
// statement that is a str constant (_PyAST_GetDocString).
func docString(body []syntax.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	e, ok := body[0].(*syntax.ExprStmt)
	if !ok {
		return false
	}
	c, ok := e.Value.(*syntax.Constant)
	if !ok {
		return false
	}
	_, ok = c.Value.(constant.Str)
	return ok
}

// truncateBytes cuts s to at most n bytes, as C's "%.100s" does, and turns
// a character cut in half into U+FFFD, as CPython's UTF-8 decoder does
// when it formats the message.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "\uFFFD")
}
