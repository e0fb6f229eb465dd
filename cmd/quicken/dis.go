package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"regexp"
	"strings"
	"unicode/utf8"

	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler"
	"github.com/quicken-py/quicken/vm/syntax"
)

func disFlags(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) int {
	showCaches := fs.Bool("show-caches", false, "print inline cache entries")
	adaptive := fs.Bool("adaptive", false, "run the program, then disassemble its functions as the run left them")
	return func(args []string, stdout, stderr io.Writer) int {
		path := args[0]
		src, ok := readSource(path, stderr)
		if !ok {
			return exitUsage
		}
		if *adaptive {
			return disAdaptive(src, path, *showCaches, stdout, stderr)
		}
		return disassemble(src, path, *showCaches, stdout, stderr)
	}
}

// disassemble compiles src as `python3 -m dis` does (exec mode, the file's
// bytes, the path exactly as given, which appears in code object reprs)
// and prints the disassembly, after the SyntaxWarnings compiling it
// issues, which CPython prints on stderr.
func disassemble(src []byte, path string, showCaches bool, stdout, stderr io.Writer) int {
	code, warnings, err := compileWarned(src, path)
	if err != nil {
		return reportError(err, path, func(filename string) error {
			_, _, err := compileWarned(src, filename)
			return err
		}, stderr)
	}
	for _, w := range warnings {
		io.WriteString(stderr, w.Format())
	}
	if err := bytecode.Dis(stdout, code, bytecode.DisOptions{ShowCaches: showCaches}); err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		return exitInternal
	}
	return exitOK
}

// disAdaptive is `quicken dis --adaptive`: it runs the program to the
// end as `python3 FILE < /dev/null` would (the absolute path as __file__
// and co_filename, sys.argv == [FILE], empty standard input, the
// specializer attached), discarding everything the program prints, then
// prints "== qualname" and dis.dis(func, adaptive=True[,
// show_caches=True]) for the module's functions and the functions of its
// classes' bodies, as CPython 3.11 shows them after the same run
// (specializer.DisAdaptive). An uncaught exception or sys.exit in the
// program ends the run, not the command: the functions are disassembled
// as that run left them. A syntax error is reported as `quicken dis`
// reports it.
func disAdaptive(src []byte, path string, showCaches bool, stdout, stderr io.Writer) int {
	code, err := vm.Compile(src, scriptPath(path))
	if err != nil {
		if _, _, derr := compileWarned(src, path); derr != nil {
			err = derr
		}
		return reportError(err, path, func(filename string) error {
			_, _, err := compileWarned(src, filename)
			return err
		}, stderr)
	}
	m := vm.New(vm.Options{
		Stdin: strings.NewReader(""), Stdout: io.Discard, Stderr: io.Discard,
		Argv:        []string{path},
		MemoryLimit: vm.DefaultMemoryLimit,
		NoShutdown:  true, // CPython's walk runs before its shutdown
		WriteFiles:  true, // the program runs as under quicken run
	})
	specializer.Attach(m)
	stop := interruptOnSignal(m)
	_, err = m.RunMain(code)
	stop()
	if err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: run %s: %v\n", path, err)
		return exitInternal
	}
	if err := specializer.DisAdaptive(stdout, m, showCaches); err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		return exitInternal
	}
	return exitOK
}

// compileWarned compiles src as compile(src, filename, "exec") and returns
// the SyntaxWarnings CPython 3.11 prints while doing so, in its order: the
// tokenizer's, then the code generator's (each as often as CPython issues
// it: the warnings module shows a compiler warning every time, so a while
// loop's test, compiled twice, warns twice). A compile error carries the
// warnings printed before it.
func compileWarned(src []byte, filename string) (*bytecode.Code, []*syntax.Warning, error) {
	return compileWarnedIn(src, filename, compiler.ContextDis)
}

// compileWarnedIn is compileWarned for the command ctx reproduces.
func compileWarnedIn(src []byte, filename string, ctx compiler.Context) (*bytecode.Code, []*syntax.Warning, error) {
	code, cws, err := compiler.CompileWarnings(src, filename, compiler.Options{Mode: syntax.ModeExec, Context: ctx})
	var se *syntax.Error
	if err != nil && (!errors.As(err, &se) || len(se.Warnings) > 0) {
		// Not a syntax error, or a parse error that has its warnings.
		return nil, nil, err
	}
	// The tokenizer's warnings are not part of CompileWarnings' answer:
	// parse again for them.
	_, warnings, _ := syntax.ParseWithWarnings(src, filename, syntax.ModeExec)
	var lines [][]byte
	for _, w := range cws {
		if lines == nil {
			lines = linecacheLines(src)
		}
		sw := &syntax.Warning{Category: w.Category, Msg: w.Msg, Filename: w.Filename, Lineno: w.Lineno}
		if w.Lineno >= 1 && w.Lineno <= len(lines) {
			sw.Line = string(lines[w.Lineno-1])
		}
		warnings = append(warnings, sw)
	}
	if err != nil {
		if len(warnings) == 0 {
			return nil, nil, err
		}
		e := *se
		e.Warnings = warnings
		return nil, nil, &e
	}
	return code, warnings, nil
}

// cookieRE is tokenize's cookie_re, the coding declaration.
var cookieRE = regexp.MustCompile(`^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)`)

// blankRE is tokenize's blank_re: a line that lets the declaration be on
// line 2.
var blankRE = regexp.MustCompile(`^[ \t\f]*(?:[#\r\n]|$)`)

// linecacheLines returns the lines of the file as linecache gives them to
// the warnings module, which echoes the warned line: the file decoded
// with tokenize.open's encoding (a BOM, a coding declaration, else UTF-8)
// and split with universal newlines. A file that does not decode has no
// lines (linecache returns none), and neither, here, does one in an
// encoding other than UTF-8, Latin-1 and ASCII with non-ASCII bytes.
func linecacheLines(src []byte) [][]byte {
	enc := "utf-8"
	rest := src
	if bytes.HasPrefix(rest, []byte("\xef\xbb\xbf")) {
		rest = rest[3:]
	} else {
		first, second, _ := firstTwoLines(rest)
		if m := cookieRE.FindSubmatch(first); m != nil {
			enc = normalEncoding(string(m[1]))
		} else if blankRE.Match(first) {
			if m := cookieRE.FindSubmatch(second); m != nil {
				enc = normalEncoding(string(m[1]))
			}
		}
	}
	ascii := true
	for _, b := range rest {
		if b >= 0x80 {
			ascii = false
			break
		}
	}
	var text []byte
	switch {
	case enc == "utf-8":
		if !utf8.Valid(rest) {
			return [][]byte{}
		}
		text = rest
	case enc == "iso-8859-1":
		for _, b := range rest {
			text = utf8.AppendRune(text, rune(b))
		}
	case ascii:
		text = rest
	default:
		return [][]byte{}
	}
	lines := [][]byte{}
	for len(text) > 0 {
		i := bytes.IndexAny(text, "\r\n")
		if i < 0 {
			lines = append(lines, text)
			break
		}
		lines = append(lines, append(append([]byte{}, text[:i]...), '\n'))
		if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
			i++
		}
		text = text[i+1:]
	}
	return lines
}

// firstTwoLines returns the file's first two lines as tokenize's
// detect_encoding reads them (readline splits at "\n" only).
func firstTwoLines(b []byte) (first, second []byte, ok bool) {
	i := bytes.IndexByte(b, '\n')
	if i < 0 {
		return b, nil, true
	}
	first, b = b[:i+1], b[i+1:]
	if j := bytes.IndexByte(b, '\n'); j >= 0 {
		b = b[:j+1]
	}
	return first, b, true
}

// normalEncoding is tokenize's _get_normal_name on the first 12
// characters of the declared name, lowercased with "_" as "-".
func normalEncoding(name string) string {
	enc := name
	if len(enc) > 12 {
		enc = enc[:12]
	}
	enc = strings.ReplaceAll(strings.ToLower(enc), "_", "-")
	if enc == "utf-8" || strings.HasPrefix(enc, "utf-8-") {
		return "utf-8"
	}
	for _, latin := range []string{"latin-1", "iso-8859-1", "iso-latin-1"} {
		if enc == latin || strings.HasPrefix(enc, latin+"-") {
			return "iso-8859-1"
		}
	}
	// Other spellings of the same codecs (codecs.lookup aliases).
	switch strings.ReplaceAll(strings.ToLower(name), "_", "-") {
	case "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "latin1", "latin", "l1", "iso8859-1", "8859", "cp819", "iso-ir-100", "csisolatin1":
		return "iso-8859-1"
	}
	return name
}
