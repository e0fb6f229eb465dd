package main

import (
	"flag"
	"io"
	"strconv"

	"github.com/quicken-py/quicken/vm/syntax"
)

// indentFlag is --indent: unset means ast.dump's indent=None.
type indentFlag struct {
	n   int
	set bool
}

func (f *indentFlag) String() string {
	if !f.set {
		return "None"
	}
	return strconv.Itoa(f.n)
}

func (f *indentFlag) Set(s string) error {
	n, err := strconv.Atoi(s)
	if err != nil {
		return err
	}
	// CPython 3.11: ast.dump turns an int indent into ' ' * indent, so a
	// negative one behaves as 0 (newlines, no indentation).
	f.n, f.set = max(n, 0), true
	return nil
}

func astFlags(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) int {
	var indent indentFlag
	fs.Var(&indent, "indent", "indent the dump by N spaces per level")
	return func(args []string, stdout, stderr io.Writer) int {
		path := args[0]
		src, ok := readSource(path, stderr)
		if !ok {
			return exitUsage
		}
		mod, err := syntax.Parse(src, path, syntax.ModeExec)
		if err != nil {
			return reportError(err, path, func(filename string) error {
				_, err := syntax.Parse(src, filename, syntax.ModeExec)
				return err
			}, stderr)
		}
		n := -1 // syntax.Dump's spelling of indent=None
		if indent.set {
			n = indent.n
		}
		io.WriteString(stdout, syntax.Dump(mod, n)+"\n")
		return exitOK
	}
}
