package compiler

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm/syntax"
)

// FuzzCompile compiles arbitrary source: whatever the input, Compile must
// return a code object or an error, and the only errors are CPython's
// (a *syntax.Error or the compiler's recursion limit), never an internal
// failure.
func FuzzCompile(f *testing.F) {
	for _, tc := range codegenCases {
		f.Add([]byte(tc.src))
	}
	for _, src := range codegenErrorCases {
		f.Add([]byte(src))
	}
	paths, _ := filepath.Glob("../../testdata/*.py")
	for _, p := range paths {
		if src, err := os.ReadFile(p); err == nil {
			f.Add(src)
		}
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		co, err := Compile(src, "<fuzz>")
		if err == nil {
			if co == nil {
				t.Fatal("no code object and no error")
			}
			return
		}
		var se *syntax.Error
		if errors.As(err, &se) || errors.Is(err, ErrCompileRecursion) {
			if se != nil && strings.HasPrefix(se.Msg, "internal error") {
				t.Fatalf("%q: %v", src, err)
			}
			return
		}
		t.Fatalf("%q: %v", src, err)
	})
}
