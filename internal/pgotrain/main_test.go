package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/quicken-py/quicken/internal/oracle"
)

// TestProgramsMatchPython runs every training program under quicken, with
// and without specialization, and under python3: a profile trained on a
// program quicken gets wrong would optimise the wrong paths.
func TestProgramsMatchPython(t *testing.T) {
	if ok, why := oracle.Available(); !ok {
		t.Skip(why)
	}
	names, err := programNames()
	if err != nil {
		t.Fatal(err)
	}
	if len(names) < 5 {
		t.Fatalf("only %d training programs", len(names))
	}
	for _, name := range names {
		t.Run(name, func(t *testing.T) {
			t.Parallel()
			cmd := exec.Command(oracle.Interpreter(), filepath.Join("programs", name))
			cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
			want, err := cmd.Output()
			if err != nil {
				t.Fatalf("python3: %v", err)
			}
			for _, specialize := range []bool{true, false} {
				var got bytes.Buffer
				if _, err := runProgram(name, specialize, &got); err != nil {
					t.Fatal(err)
				}
				if got.String() != string(want) {
					t.Errorf("specialize=%v:\n%s", specialize, oracle.Diff("python3", string(want), "quicken", got.String(), 3, 40))
				}
			}
		})
	}
}

// TestTrainWritesProfile checks that a training run writes a CPU profile.
func TestTrainWritesProfile(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every training program")
	}
	path := filepath.Join(t.TempDir(), "default.pgo")
	var log bytes.Buffer
	if err := train(path, 1, &log); err != nil {
		t.Fatal(err)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// A pprof profile is gzip-compressed protobuf.
	if len(data) < 100 || data[0] != 0x1f || data[1] != 0x8b {
		t.Fatalf("not a gzipped profile: %d bytes", len(data))
	}
	if !bytes.Contains(log.Bytes(), []byte("round 1 of 1 done")) {
		t.Errorf("log: %q", log.String())
	}
}
