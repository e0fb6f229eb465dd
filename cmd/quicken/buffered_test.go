package main

import (
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestRunBuffered runs the programs of testdata/buffered with stdout and
// stderr sharing one file or one pipe (`2>&1`), as python3 buffers them
// without PYTHONUNBUFFERED (block buffered stdout, line buffered stderr)
// and with -u, and compares the combined output and exit status with
// python3's.
func TestRunBuffered(t *testing.T) {
	needOracle(t)
	t.Setenv("PYTHONUNBUFFERED", "")
	cases := loadRunCases(t, "../../testdata/buffered")
	if len(cases) == 0 {
		t.Fatal("no programs in testdata/buffered")
	}
	var env []string
	for _, kv := range os.Environ() {
		if !strings.HasPrefix(kv, "PYTHONUNBUFFERED=") {
			env = append(env, kv)
		}
	}
	env = append(env, "PYTHONHASHSEED=0")
	for _, c := range cases {
		for _, mode := range []string{"file", "pipe", "unbuffered"} {
			t.Run(filepath.Base(c.path)+"/"+mode, func(t *testing.T) {
				var flags []string
				if mode == "unbuffered" {
					flags = []string{"-u"}
				}
				wantOut, wantStatus := combinedOutput(t, mode == "pipe", func(w *os.File) int {
					cmd := exec.Command(oracle.Interpreter(), append(append(flags, c.path), c.args...)...)
					cmd.Env = env
					cmd.Stdin = bytes.NewReader(c.stdin)
					cmd.Stdout, cmd.Stderr = w, w
					err := cmd.Run()
					if ee, ok := err.(*exec.ExitError); ok {
						return ee.ExitCode()
					} else if err != nil {
						t.Fatal(err)
					}
					return 0
				})
				gotOut, gotStatus := combinedOutput(t, mode == "pipe", func(w *os.File) int {
					args := append(append(append([]string{"run"}, flags...), c.path), c.args...)
					return runIO(args, bytes.NewReader(c.stdin), w, w)
				})
				show := func(out string, status int) string {
					return addressRE.ReplaceAllString(out, "0x…") + "--- status " + strconv.Itoa(status) + "\n"
				}
				if want, got := show(wantOut, wantStatus), show(gotOut, gotStatus); got != want {
					t.Errorf("%s differs from python3:\n%s", c.path, oracle.Diff("python3", want, "quicken", got, diffContext, diffMaxLines))
				}
			})
		}
	}
}

// combinedOutput runs run with stdout and stderr on one file, or one
// pipe, and returns what was written there and run's exit status.
func combinedOutput(t *testing.T, pipe bool, run func(w *os.File) int) (string, int) {
	t.Helper()
	if !pipe {
		f, err := os.CreateTemp(t.TempDir(), "out")
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		status := run(f)
		b, err := os.ReadFile(f.Name())
		if err != nil {
			t.Fatal(err)
		}
		return string(b), status
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	done := make(chan []byte)
	go func() {
		b, _ := io.ReadAll(r)
		r.Close()
		done <- b
	}()
	status := run(w)
	w.Close()
	return string(<-done), status
}
