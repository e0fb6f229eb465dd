package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// config is what the command line asks for.
type config struct {
	n        int
	quicken  string
	python   string
	dir      string
	cpu      bool
	timeout  time.Duration
	programs []string
}

func parseFlags(args []string, stderr io.Writer) (config, error) {
	var c config
	fs := flag.NewFlagSet("bench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.IntVar(&c.n, "n", 5, "runs of each program under each interpreter; the best is kept")
	fs.StringVar(&c.quicken, "quicken", "", "quicken binary to time (default: build ./cmd/quicken)")
	fs.StringVar(&c.python, "python", "/usr/bin/python3.11", "CPython interpreter to compare against")
	fs.StringVar(&c.dir, "dir", "bench", "directory holding the benchmark programs")
	fs.BoolVar(&c.cpu, "cpu", false, "compare user+system CPU time instead of wall-clock time")
	fs.DurationVar(&c.timeout, "timeout", 2*time.Minute, "limit for a single run")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: go run ./bench [-n 5] [-quicken PATH] [-python /usr/bin/python3.11] [-cpu] [programs...]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return c, err
	}
	if c.n < 1 {
		return c, fmt.Errorf("-n must be at least 1, got %d", c.n)
	}
	c.programs = fs.Args()
	return c, nil
}

func run(args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if err != nil {
		if err != flag.ErrHelp {
			fmt.Fprintln(stderr, "bench:", err)
		}
		return 2
	}
	programs, err := findPrograms(c.dir, c.programs)
	if err != nil {
		fmt.Fprintln(stderr, "bench:", err)
		return 2
	}

	quicken := c.quicken
	var buildErr error
	if quicken == "" {
		tmp, err := os.MkdirTemp("", "quicken-bench-")
		if err != nil {
			fmt.Fprintln(stderr, "bench:", err)
			return 1
		}
		defer os.RemoveAll(tmp)
		quicken = filepath.Join(tmp, "quicken")
		fmt.Fprintln(stdout, "building ./cmd/quicken ...")
		buildErr = build(quicken)
		if buildErr != nil {
			fmt.Fprintf(stdout, "building quicken failed; timing CPython only:\n%s\n", indent(buildErr.Error()))
		}
	}

	mode := "wall-clock"
	if c.cpu {
		mode = "user+system CPU"
	}
	shown := quicken
	if buildErr != nil {
		shown = "(not built)"
	}
	fmt.Fprintf(stdout, "best of %d runs each, %s time; CPython: %s; quicken: %s\n\n", c.n, mode, c.python, shown)

	results := make([]result, 0, len(programs))
	for _, prog := range programs {
		r := benchmark(c, prog, quicken, buildErr)
		results = append(results, r)
		r.printProgress(stdout)
	}
	fmt.Fprintln(stdout)
	return report(stdout, results)
}

// build compiles ./cmd/quicken to path.
func build(path string) error {
	cmd := exec.Command("go", "build", "-o", path, "./cmd/quicken")
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("go build ./cmd/quicken: %v\n%s", err, strings.TrimRight(string(out), "\n"))
	}
	return nil
}

// findPrograms turns the command-line names into paths: every dir/*.py when
// none are given; a bare name means dir/NAME.py; anything with a slash or a
// .py suffix is a path as given.
func findPrograms(dir string, names []string) ([]string, error) {
	if len(names) == 0 {
		paths, err := filepath.Glob(filepath.Join(dir, "*.py"))
		if err != nil {
			return nil, err
		}
		if len(paths) == 0 {
			return nil, fmt.Errorf("no *.py programs in %s (run from the repository root or pass -dir)", dir)
		}
		sort.Strings(paths)
		return paths, nil
	}
	paths := make([]string, 0, len(names))
	for _, name := range names {
		path := name
		if !strings.Contains(name, "/") && !strings.HasSuffix(name, ".py") {
			path = filepath.Join(dir, name+".py")
		}
		if _, err := os.Stat(path); err != nil {
			return nil, err
		}
		paths = append(paths, path)
	}
	return paths, nil
}

func indent(s string) string {
	return "    " + strings.ReplaceAll(strings.TrimRight(s, "\n"), "\n", "\n    ")
}
