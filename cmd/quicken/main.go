package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// Exit statuses. 70 is EX_SOFTWARE from sysexits.h.
const (
	exitOK       = 0
	exitSyntax   = 1
	exitUsage    = 2
	exitInternal = 70
	// exitInterrupted is reported for an uncaught KeyboardInterrupt; main
	// then ends the process by SIGINT as CPython does.
	exitInterrupted = 130
)

const usageLine = "usage: quicken [explore [--no-specialize] [--stdin FILE] FILE.py [ARGS...] | run [--no-specialize] [--stats] FILE.py [ARGS...] | dis [--adaptive] [--show-caches] FILE.py | ast [--indent N] FILE.py | help]"

const helpText = `quicken explores how CPython 3.11 compiles and runs Python.

Usage:
  quicken                            open the explorer on the first lesson, the lesson picker
                                     over it
  quicken explore [flags] FILE|LESSON [ARGS...]
                                     open the explorer on FILE (or a built-in lesson): step
                                     CPython 3.11's VM one instruction at a time and watch it
                                     specialize
  quicken scenarios                  list the built-in lessons
  quicken run [flags] FILE [ARGS...] run the program as 'python3 FILE ARGS...' does, specializing
                                     its bytecode as CPython 3.11's adaptive interpreter does
  quicken dis [--show-caches] FILE   print what 'python3 -m dis FILE' prints
  quicken dis --adaptive [--show-caches] FILE
                                     run the program (its output discarded, stdin empty), then
                                     print dis.dis(f, adaptive=True) of its functions as CPython
                                     3.11 shows them after the same run
  quicken ast [--indent N] FILE      print the AST as ast.dump(ast.parse(source), indent=N)
  quicken record [flags] -o OUT.qrec FILE|LESSON [-- ARGS...]
                                     run the program headless as the explorer's continue does
                                     and write a recording (docs/recordings.md)
  quicken replay FILE.qrec           open the explorer on a recording, at its first recorded
                                     position (ctrl+n, ctrl+p: the next, previous one)
  quicken replay --check FILE.qrec   re-run a recording and verify it: prints "ok: ..." or the
                                     first divergence (exit status 1)
  quicken replay --export OUT.cast FILE.qrec
                                     write the replay as an asciicast v2 file
  quicken help                       show this help

Flags:
  --show-caches      also print each inline cache entry (dis.dis(show_caches=True))
  --adaptive         dis: the quickened, specialized code as the run left it
  --indent N         pretty-print the AST with N spaces per level (default: one line)
  --no-specialize    run, explore: generic 3.11 bytecode, nothing quickened or specialized
  --stdin FILE       explore: what the program reads from standard input (default: nothing;
                     the terminal belongs to the explorer)
  --stats            run: after the program, print specialization statistics on stderr
                     (summarize_stats.py's tables, then the same per instruction site)
  --max-memory N     run: raise MemoryError past N bytes of Python objects (default 1 GiB)
  -u                 run: unbuffered stdout and stderr, as 'python3 -u' (so does a non-empty
                     PYTHONUNBUFFERED); otherwise they buffer as python3's do
  -o FILE            record: the recording to write; it is never replaced without --force
  --steps N          record: run to step N instead of to the end (--to-end, the default)
  --every K          record: checksum the VM's state every K steps (default 10000)
  --force            record, replay --export: replace the output file if it exists

Flags of run come before FILE; what follows FILE is the program's sys.argv[1:].
A syntax error is reported as 'python3 FILE' reports it, with exit status 1.
`

func main() {
	status := runIO(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	if status == exitInterrupted {
		dieOfInterrupt()
	}
	os.Exit(status)
}

// command is one subcommand: its flags and what it does with the
// positional arguments left after them.
type command struct {
	name  string
	usage string
	flags func(fs *flag.FlagSet) func(args []string, stdout, stderr io.Writer) int
}

var commands = []command{
	{"dis", "quicken dis [--adaptive] [--show-caches] FILE.py", disFlags},
	{"ast", "quicken ast [--indent N] FILE.py", astFlags},
}

// run is runIO with an empty standard input.
func run(args []string, stdout, stderr io.Writer) int {
	return runIO(args, strings.NewReader(""), stdout, stderr)
}

// runIO is the whole program behind main, with its arguments, streams and
// exit status explicit so that tests can drive it in-process.
func runIO(args []string, stdin io.Reader, stdout, stderr io.Writer) (status int) {
	defer func() {
		// A bug must never show the user a Go stack trace: it becomes a
		// one-line report naming what quicken was doing.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "quicken: internal error: %s: %v\n", strings.Join(args, " "), r)
			status = exitInternal
		}
	}()
	if len(args) == 0 {
		return exploreDefault(stderr)
	}
	switch name := args[0]; name {
	case "help", "-h", "-help", "--help":
		fmt.Fprint(stdout, helpText)
		return exitOK
	case "run":
		return runCommand(args[1:], stdin, stdout, stderr)
	case "explore":
		return exploreCommand(args[1:], stdout, stderr)
	case "scenarios", "lessons":
		return scenariosCommand(stdout)
	case "record":
		return recordCommand(args[1:], stdout, stderr)
	case "replay":
		return replayCommand(args[1:], stdout, stderr)
	default:
		for _, c := range commands {
			if c.name == name {
				return c.run(args[1:], stdout, stderr)
			}
		}
		if strings.HasPrefix(name, "-") {
			return usageError(stderr, "", fmt.Sprintf("unknown flag %s (flags follow the command)", name))
		}
		return usageError(stderr, "", fmt.Sprintf("unknown command %q", name))
	}
}

func (c command) run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quicken "+c.name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	action := c.flags(fs)
	positional, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, helpText)
		return exitOK
	}
	if err != nil {
		return usageError(stderr, c.usage, err.Error())
	}
	switch len(positional) {
	case 0:
		return usageError(stderr, c.usage, "missing FILE.py")
	case 1:
		return action(positional, stdout, stderr)
	default:
		return usageError(stderr, c.usage, fmt.Sprintf("unexpected argument %q", positional[1]))
	}
}

// parseInterspersed parses flags wherever they appear among the
// positional arguments (the flag package stops at the first non-flag), so
// that `quicken dis FILE.py --show-caches` works too. After "--" every
// argument is positional.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for len(args) > 0 {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			break
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
	return positional, nil
}

func usageError(stderr io.Writer, usage, msg string) int {
	if usage == "" {
		usage = usageLine
	} else {
		usage = "usage: " + usage
	}
	fmt.Fprintf(stderr, "quicken: %s\n%s\n", msg, usage)
	return exitUsage
}
