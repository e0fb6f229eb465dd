package main

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"
	"time"
)

// result is the best times of one program and what went wrong, if anything.
type result struct {
	name          string
	python        time.Duration // best CPython time; 0 if CPython failed
	quicken       time.Duration // best quicken time; 0 if quicken failed or differed
	pythonProblem string
	quickProblem  string
}

// benchmark runs prog under both interpreters c.n times each, alternating,
// and keeps the best time of each. A quicken failure or output mismatch
// stops the quicken runs for this program; CPython's are still timed.
func benchmark(c config, prog, quicken string, buildErr error) result {
	r := result{name: strings.TrimSuffix(filepath.Base(prog), ".py")}
	if buildErr != nil {
		r.quickProblem = "quicken was not built"
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
		if r.quickProblem != "" {
			continue
		}
		q := runOnce([]string{quicken, "run", prog}, c.timeout)
		if f := q.failure(); f != "" {
			r.quickProblem, r.quicken = "quicken failed: "+f, 0
			continue
		}
		if q.status != want.status {
			r.quickProblem = fmt.Sprintf("quicken failed: exit status %d (CPython %d)%s", q.status, want.status, firstLine(q.stderr))
			r.quicken = 0
			continue
		}
		if d := q.sameAs(want); d != "" {
			r.quickProblem, r.quicken = "quicken output differs: "+d, 0
			continue
		}
		if t := q.elapsed(c.cpu); r.quicken == 0 || t < r.quicken {
			r.quicken = t
		}
	}
	return r
}

// printProgress writes one line as each program finishes, so that a long
// run shows where it is.
func (r result) printProgress(w io.Writer) {
	line := fmt.Sprintf("%-22s CPython %s  quicken %s", r.name, seconds(r.python), seconds(r.quicken))
	if r.pythonProblem != "" {
		line += "  (" + r.pythonProblem + ")"
	} else if r.quickProblem != "" {
		line += "  (" + r.quickProblem + ")"
	}
	fmt.Fprintln(w, line)
}

// report prints the table and the geometric mean of the ratios over the
// programs both interpreters ran alike, and returns the exit status.
func report(w io.Writer, results []result) int {
	fmt.Fprintf(w, "%-22s %12s %12s %8s\n", "program", "CPython (s)", "quicken (s)", "ratio")
	var logSum float64
	var ok int
	status := 0
	for _, r := range results {
		ratio := "-"
		if r.python > 0 && r.quicken > 0 {
			q := r.quicken.Seconds() / r.python.Seconds()
			ratio = fmt.Sprintf("%.2f", q)
			logSum += math.Log(q)
			ok++
		} else {
			status = 1
		}
		fmt.Fprintf(w, "%-22s %12s %12s %8s\n", r.name, seconds(r.python), seconds(r.quicken), ratio)
	}
	if ok > 0 {
		fmt.Fprintf(w, "%-22s %12s %12s %8.2f  (%d of %d programs; ratio = quicken time / CPython time)\n",
			"geometric mean", "", "", math.Exp(logSum/float64(ok)), ok, len(results))
	} else {
		fmt.Fprintf(w, "%-22s %12s %12s %8s  (no program ran under both)\n", "geometric mean", "", "", "-")
	}
	var problems []string
	for _, r := range results {
		for _, p := range []string{r.pythonProblem, r.quickProblem} {
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
