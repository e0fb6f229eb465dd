package compiler

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/syntax"
)

// testdata/fold.golden holds, for every case of fold_test.go, what
// CPython 3.11 compiles it to (the instruction summary of
// fold_oracle_test.go). TestFoldGolden parses each source with
// syntax.Parse, folds it and compares, so the optimizer is checked without
// python3. `go test -run TestFoldGolden -update-fold` rewrites the file
// from python3.

var foldUpdate = flag.Bool("update-fold", false, "rewrite testdata/fold.golden from python3")

const foldGoldenFile = "testdata/fold.golden"

func foldGoldenCases() []foldCase {
	var all []foldCase
	for _, list := range [][]foldCase{foldUnaryCases, foldIntCases, foldFloatCases, foldComplexCases,
		foldSequencesCases, foldDisplaysCases, foldFormatCases, foldStatementsCases} {
		all = append(all, list...)
	}
	return all
}

// The file is a sequence of entries: the source as a Go string literal
// after "src", "opt N" when optimizing, and the summary after "=>".
func writeFoldGolden(t *testing.T, cases []foldCase) {
	res := foldOracle(t, cases)
	var b strings.Builder
	b.WriteString("# CPython 3.11 constant folding, one case per entry; see fold_golden_test.go.\n")
	for i, c := range cases {
		if res[i].Error != "" {
			t.Fatalf("%q: python3: %s", c.Src, res[i].Error)
		}
		fmt.Fprintf(&b, "\nsrc %s\n", strconv.Quote(c.Src))
		if c.Opt != 0 {
			fmt.Fprintf(&b, "opt %d\n", c.Opt)
		}
		fmt.Fprintf(&b, "=> %s\n", strings.Join(res[i].Tokens, " "))
	}
	if err := os.MkdirAll(filepath.Dir(foldGoldenFile), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(foldGoldenFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
}

type foldGoldenEntry struct {
	foldCase
	want string
}

func readFoldGolden(t *testing.T) []foldGoldenEntry {
	data, err := os.ReadFile(foldGoldenFile)
	if err != nil {
		t.Fatalf("%v (run go test -run TestFoldGolden -update-fold)", err)
	}
	var out []foldGoldenEntry
	for n, line := range strings.Split(string(data), "\n") {
		switch {
		case strings.HasPrefix(line, "src "):
			src, err := strconv.Unquote(line[4:])
			if err != nil {
				t.Fatalf("%s:%d: %v", foldGoldenFile, n+1, err)
			}
			out = append(out, foldGoldenEntry{foldCase: foldCase{Src: src}})
		case strings.HasPrefix(line, "opt "):
			out[len(out)-1].Opt, _ = strconv.Atoi(line[4:])
		case strings.HasPrefix(line, "=> "):
			out[len(out)-1].want = line[3:]
		}
	}
	return out
}

func TestFoldGolden(t *testing.T) {
	cases := foldGoldenCases()
	if *foldUpdate {
		writeFoldGolden(t, cases)
	}
	entries := readFoldGolden(t)
	if len(entries) != len(cases) {
		t.Fatalf("%s has %d cases, fold_test.go %d (run go test -run TestFoldGolden -update-fold)",
			foldGoldenFile, len(entries), len(cases))
	}
	for i, e := range entries {
		if e.foldCase != cases[i] {
			t.Fatalf("%s entry %d is %q, fold_test.go has %q (run go test -run TestFoldGolden -update-fold)",
				foldGoldenFile, i, e.Src, cases[i].Src)
		}
		mod, err := syntax.Parse([]byte(e.Src), "<s>", syntax.ModeExec)
		if err != nil {
			t.Errorf("%q: parse: %v", e.Src, err)
			continue
		}
		if err := optimizeAST(mod, e.Opt, hasFutureAnnotations(mod)); err != nil {
			t.Errorf("%q: optimizeAST: %v", e.Src, err)
			continue
		}
		w := &foldTokens{}
		w.module(mod.(*syntax.Module))
		if w.err != nil {
			t.Errorf("%q: %v", e.Src, w.err)
			continue
		}
		if got := strings.Join(w.out, " "); got != e.want {
			t.Errorf("%q:\n got  %s\n want %s", e.Src, got, e.want)
		}
	}
}
