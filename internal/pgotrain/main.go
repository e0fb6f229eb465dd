// Command pgotrain writes the CPU profile that Go's profile-guided
// optimisation builds quicken with (cmd/quicken/default.pgo, which go
// build and go run pick up by themselves).
//
// It runs the training programs in programs/ in this process, as `quicken
// run` runs them, specializing and (with --no-specialize's generic
// bytecode) not, several times each, under the CPU profiler. The programs
// are not the benchmark's: bench/ measures what the profile did not see.
// Regenerate the profile after large changes to the VM:
//
//	go generate ./cmd/quicken
//
// or, from the repository root, go run ./internal/pgotrain -o cmd/quicken/default.pgo.
package main

import (
	"embed"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"sort"
	"strings"

	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
)

//go:embed programs/*.py
var programs embed.FS

func main() {
	out := flag.String("o", "default.pgo", "the profile to write")
	rounds := flag.Int("n", 3, "how many times each program runs in each mode")
	flag.Parse()
	if err := train(*out, *rounds, os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "pgotrain:", err)
		os.Exit(1)
	}
}

// train runs every program rounds times in each mode under the CPU
// profiler and writes the profile to path.
func train(path string, rounds int, log io.Writer) error {
	names, err := programNames()
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	// As `quicken run` sets them, so that the profile sees its collector.
	debug.SetGCPercent(400)
	debug.SetMemoryLimit(2*vm.DefaultMemoryLimit + 256<<20)
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return err
	}
	for r := 0; r < rounds; r++ {
		for _, name := range names {
			for _, specialize := range []bool{true, false} {
				if _, err := runProgram(name, specialize, io.Discard); err != nil {
					pprof.StopCPUProfile()
					f.Close()
					return err
				}
			}
		}
		fmt.Fprintf(log, "pgotrain: round %d of %d done\n", r+1, rounds)
	}
	pprof.StopCPUProfile()
	return f.Close()
}

// programNames lists the training programs, sorted.
func programNames() ([]string, error) {
	entries, err := programs.ReadDir("programs")
	if err != nil {
		return nil, err
	}
	var names []string
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".py") {
			names = append(names, e.Name())
		}
	}
	sort.Strings(names)
	return names, nil
}

// runProgram runs one training program as `quicken run` does (with
// --no-specialize when specialize is false), its output to stdout, and
// returns its exit status.
func runProgram(name string, specialize bool, stdout io.Writer) (int, error) {
	src, err := programs.ReadFile("programs/" + name)
	if err != nil {
		return 0, err
	}
	code, err := vm.Compile(src, name)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", name, err)
	}
	var stderr strings.Builder
	m := vm.New(vm.Options{Stdout: stdout, Stderr: &stderr, Argv: []string{name}, MemoryLimit: vm.DefaultMemoryLimit})
	m.SetSource(name, src)
	if specialize {
		specializer.Attach(m)
	}
	res, err := m.RunMain(code)
	if err != nil {
		return 0, fmt.Errorf("%s: %v", name, err)
	}
	if res.ExitStatus != 0 {
		return res.ExitStatus, fmt.Errorf("%s: exit status %d: %s", name, res.ExitStatus, stderr.String())
	}
	return 0, nil
}
