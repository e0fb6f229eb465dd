package main

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"time"
)

// quickenModes are the two ways the runner times quicken: `quicken run`
// (the specializing adaptive interpreter, as CPython 3.11 runs) and
// `quicken run --no-specialize` (generic 3.11 bytecode, nothing
// quickened).
var quickenModes = []struct {
	name  string
	flags []string
}{
	{"spec", nil},
	{"nospec", []string{"--no-specialize"}},
}

// result is the best times of one program and what went wrong, if anything.
type result struct {
	name          string
	python        time.Duration // best CPython time; 0 if CPython failed
	pythonProblem string
	// quicken and quickProblem are per quicken mode (quickenModes): the
	// best time (0 if that mode failed or differed) and its problem.
	quicken      [2]time.Duration
	quickProblem [2]string
}

// benchmark runs prog c.n times under CPython and under both quicken
// modes, alternating (CPython, spec, nospec, CPython, …), and keeps the
// best time of each. A failure or output mismatch stops that mode's runs
// for this program; the others are still timed.
func benchmark(c config, prog, quicken string, buildErr error) result {
	r := result{name: strings.TrimSuffix(filepath.Base(prog), ".py")}
	if buildErr != nil {
		for m := range quickenModes {
			r.quickProblem[m] = "quicken was not built"
		}
	}
	var want outcome
	for i := 0; i < c.n; i++ {
		py := runOnce([]string{c.python, prog}, c.timeout)
		if f := py.failure(); f != "" {
			r.pythonProblem = "CPython failed: " + f
			return r
		}
		if i == 0 {
			want = py
		} else if d := py.sameAs(want); d != "" {
			r.pythonProblem = "CPython is not deterministic: " + d
			return r
		}
		if t := py.elapsed(c.cpu); r.python == 0 || t < r.python {
			r.python = t
		}
		for m, mode := range quickenModes {
			if r.quickProblem[m] != "" {
				continue
			}
			argv := append(append([]string{quicken, "run"}, mode.flags...), prog)
			q := runOnce(argv, c.timeout)
			what := strings.Join(argv[1:len(argv)-1], " ")
			if f := q.failure(); f != "" {
				r.quickProblem[m], r.quicken[m] = "quicken "+what+" failed: "+f, 0
				continue
			}
			if q.status != want.status {
				r.quickProblem[m] = fmt.Sprintf("quicken %s failed: exit status %d (CPython %d)%s", what, q.status, want.status, firstLine(q.stderr))
				r.quicken[m] = 0
				continue
			}
			if d := q.sameAs(want); d != "" {
				r.quickProblem[m], r.quicken[m] = "quicken "+what+" output differs: "+d, 0
				continue
			}
			if t := q.elapsed(c.cpu); r.quicken[m] == 0 || t < r.quicken[m] {
				r.quicken[m] = t
			}
		}
	}
	return r
}

// printProgress writes one line as each program finishes, so that a long
// run shows where it is.
func (r result) printProgress(w io.Writer) {
	line := fmt.Sprintf("%-22s CPython %s  spec %s  nospec %s", r.name, seconds(r.python), seconds(r.quicken[0]), seconds(r.quicken[1]))
	if r.pythonProblem != "" {
		line += "  (" + r.pythonProblem + ")"
	}
	for _, p := range r.quickProblem {
		if p != "" {
			line += "  (" + p + ")"
		}
	}
	fmt.Fprintln(w, line)
}

// ratio returns a/b, or 0 if either is missing.
func ratio(a, b time.Duration) float64 {
	if a <= 0 || b <= 0 {
		return 0
	}
	return a.Seconds() / b.Seconds()
}

// geomean accumulates the geometric mean of a column of ratios.
type geomean struct {
	logSum float64
	n      int
}

func (g *geomean) add(x float64) {
	if x > 0 {
		g.logSum += math.Log(x)
		g.n++
	}
}

func (g geomean) String() string {
	if g.n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", math.Exp(g.logSum/float64(g.n)))
}

func ratioText(x float64) string {
	if x == 0 {
		return "-"
	}
	return fmt.Sprintf("%.2f", x)
}

const rowFormat = "%-22s %11s %9s %11s %9s %11s %12s\n"

// report prints the table (times of CPython, `quicken run` and `quicken
// run --no-specialize`; ratios spec/CPython, nospec/CPython and the
// speedup nospec/spec) and the geometric mean of each ratio column over
// the programs that ran alike, and returns the exit status.
func report(w io.Writer, results []result) int {
	fmt.Fprintf(w, rowFormat, "program", "CPython (s)", "spec (s)", "nospec (s)", "spec/CPy", "nospec/CPy", "nospec/spec")
	var means [3]geomean
	status := 0
	for _, r := range results {
		ratios := [3]float64{
			ratio(r.quicken[0], r.python),
			ratio(r.quicken[1], r.python),
			ratio(r.quicken[1], r.quicken[0]),
		}
		for i, x := range ratios {
			if x == 0 {
				status = 1
			}
			means[i].add(x)
		}
		fmt.Fprintf(w, rowFormat, r.name, seconds(r.python), seconds(r.quicken[0]), seconds(r.quicken[1]),
			ratioText(ratios[0]), ratioText(ratios[1]), ratioText(ratios[2]))
	}
	fmt.Fprintf(w, rowFormat, "geometric mean", "", "", "", means[0], means[1], means[2])
	fmt.Fprintf(w, "(programs in each mean: %d, %d, %d of %d; spec = quicken run, nospec = quicken run --no-specialize;\n"+
		" x/CPy = quicken time / CPython time, below 1 is faster than CPython; nospec/spec = the specializer's speedup)\n",
		means[0].n, means[1].n, means[2].n, len(results))
	var problems []string
	for _, r := range results {
		for _, p := range append([]string{r.pythonProblem}, r.quickProblem[:]...) {
			if p != "" {
				problems = append(problems, r.name+": "+p)
			}
		}
	}
	if len(problems) > 0 {
		fmt.Fprintln(w, "\nproblems:")
		for _, p := range problems {
			fmt.Fprintln(w, "  "+p)
		}
	}
	return status
}

func seconds(d time.Duration) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", d.Seconds())
}
