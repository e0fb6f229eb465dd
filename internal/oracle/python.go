package oracle

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"sync"
	"time"
)

// timeout bounds every python3 invocation, so a wedged child fails one
// test instead of hanging the whole run.
const timeout = 2 * time.Minute

// Interpreter returns the command used as the oracle: $QUICKEN_PYTHON if
// set, else "python3".
func Interpreter() string {
	if p := os.Getenv("QUICKEN_PYTHON"); p != "" {
		return p
	}
	return "python3"
}

var availability struct {
	once    sync.Once
	ok      bool
	reason  string
	version string
}

// Available reports whether the oracle can be used: python3 runs and is
// CPython 3.11.x. When it cannot, reason says why, in a form fit for
// t.Skip.
func Available() (ok bool, reason string) {
	a := &availability
	a.once.Do(func() {
		out, err := Command("--version").CombinedOutput()
		if err != nil {
			a.reason = fmt.Sprintf("oracle %s unavailable: %v", Interpreter(), err)
			return
		}
		v := strings.TrimSpace(string(out))
		a.version = v
		if !strings.HasPrefix(v, "Python 3.11.") {
			a.reason = fmt.Sprintf("oracle %s is %q; differential tests need CPython 3.11.x", Interpreter(), v)
			return
		}
		a.ok = true
	})
	return a.ok, a.reason
}

// Version returns the oracle's `--version` text ("Python 3.11.7"), or ""
// if it could not be run.
func Version() string {
	Available()
	return availability.version
}

// Env returns the environment every oracle process runs with.
func Env() []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		// Variables that would change what CPython prints or which
		// modules it finds are dropped; ours are set below.
		if strings.HasPrefix(k, "PYTHON") {
			continue
		}
		env = append(env, kv)
	}
	return append(env,
		"PYTHONHASHSEED=0",
		"PYTHONUTF8=1",
		"PYTHONIOENCODING=utf-8",
		"PYTHONDONTWRITEBYTECODE=1",
		"PYTHONNOUSERSITE=1",
	)
}

// Command returns an *exec.Cmd that runs the oracle interpreter with args,
// in the oracle environment and the current directory, stdin empty.
func Command(args ...string) *exec.Cmd {
	cmd := exec.Command(Interpreter(), args...)
	cmd.Env = Env()
	return cmd
}

// Result is the outcome of one oracle process.
type Result struct {
	Stdout, Stderr string
	Exit           int
}

// Run runs the oracle interpreter with args and returns what it printed and
// its exit status. A non-zero exit is not an error; failing to start or
// being killed by the timeout is.
func Run(args ...string) (Result, error) {
	return runInput(nil, args...)
}

// runInput is Run with stdin.
func runInput(stdin []byte, args ...string) (Result, error) {
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, Interpreter(), args...)
	cmd.Env = Env()
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if stdin != nil {
		cmd.Stdin = bytes.NewReader(stdin)
	}
	err := cmd.Run()
	res := Result{Stdout: stdout.String(), Stderr: stderr.String()}
	var exit *exec.ExitError
	switch {
	case err == nil:
	case ctx.Err() != nil:
		return res, fmt.Errorf("%s %s: timed out after %v", Interpreter(), strings.Join(args, " "), timeout)
	case errors.As(err, &exit) && exit.Exited():
		res.Exit = exit.ExitCode()
	default:
		return res, fmt.Errorf("%s %s: %w", Interpreter(), strings.Join(args, " "), err)
	}
	return res, nil
}
