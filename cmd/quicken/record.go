package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/quicken-py/quicken/scenarios"
	"github.com/quicken-py/quicken/tui"
	"github.com/quicken-py/quicken/vm"
)

const recordUsage = "quicken record [--steps N | --to-end] [--every K] [--no-specialize] [--stdin FILE] [--force] -o OUT.qrec FILE.py|LESSON [-- ARGS...]"

const replayUsage = "quicken replay [--check | --export OUT.cast [--size WxH] [--force]] FILE.qrec"

// recordCommand is `quicken record`: run a program (or a built-in
// lesson) headless, as the explorer's continue does, and write the
// recording.
func recordCommand(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("quicken record", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	out := flags.String("o", "", "the recording to write (FILE.qrec)")
	steps := flags.Int64("steps", 0, "run to step N instead of to the end")
	toEnd := flags.Bool("to-end", false, "run to the end of the program (the default)")
	every := flags.Int64("every", tui.DefaultCheckpointEvery, "checksum the VM's state every K steps")
	timeout := flags.Duration("timeout", time.Minute, "pause a run to the end that has not ended by then")
	force := flags.Bool("force", false, "replace OUT.qrec if it exists")
	noSpecialize := flags.Bool("no-specialize", false, "run generic 3.11 bytecode: never quicken or specialize")
	stdinPath := flags.String("stdin", "", "what the program reads from standard input (default: nothing)")
	positional, err := parseInterspersed(flags, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, helpText)
		return exitOK
	}
	switch {
	case err != nil:
		return usageError(stderr, recordUsage, err.Error())
	case len(positional) == 0:
		return usageError(stderr, recordUsage, "missing FILE.py or LESSON")
	case *out == "":
		return usageError(stderr, recordUsage, "missing -o OUT.qrec")
	case *steps < 0:
		return usageError(stderr, recordUsage, "--steps must not be negative")
	case *steps > 0 && *toEnd:
		return usageError(stderr, recordUsage, "--steps and --to-end exclude each other")
	case *every <= 0:
		return usageError(stderr, recordUsage, "--every must be positive")
	}
	if !*force {
		if _, err := os.Lstat(*out); err == nil {
			fmt.Fprintf(stderr, "quicken: %s exists (use --force to replace it)\n", *out)
			return exitUsage
		}
	}
	opts := tui.RecordOptions{Steps: *steps, Every: *every, Timeout: *timeout}
	var p *tui.Program
	if l, _, ok, err := lessonNamed(positional[0]); err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: %v\n", err)
		return exitInternal
	} else if ok {
		if len(positional) > 1 {
			return usageError(stderr, recordUsage, "a lesson takes no program arguments")
		}
		p = l.Program()
		opts.Lesson = &scenarios.RecordedLesson{Name: l.Lesson.Name}
		if text, err := scenarios.LessonText(l.Lesson.Name); err == nil {
			opts.Lesson.Text = scenarios.Text(text)
		}
	} else {
		src, ok := readSource(positional[0], stderr)
		if !ok {
			return exitUsage
		}
		p = &tui.Program{Filename: scriptPath(positional[0]), Source: src, Argv: positional}
		if *stdinPath != "" {
			b, err := os.ReadFile(*stdinPath)
			if err != nil {
				fmt.Fprintf(stderr, "quicken: can't read --stdin file: %v\n", err)
				return exitUsage
			}
			p.Stdin = b
		}
	}
	p.NoSpecialize = *noSpecialize
	if _, err := vm.Compile(p.Source, p.Filename); err != nil {
		return reportError(err, positional[0], func(name string) error {
			_, err := vm.Compile(p.Source, name)
			return err
		}, stderr)
	}
	r, err := tui.Record(p, opts)
	if err != nil {
		fmt.Fprintf(stderr, "quicken: record %s: %v\n", positional[0], err)
		return exitInternal
	}
	if err := scenarios.WriteRecording(*out, r, *force); err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		if errors.Is(err, fs.ErrExist) {
			return exitUsage
		}
		return exitInternal
	}
	pos := r.Positions()
	last := r.Commands[pos[len(pos)-1]]
	how := "to the end"
	switch {
	case last.Cut:
		how = fmt.Sprintf("paused after %v: the program had not ended", *timeout)
	case *steps > 0 && last.Land == *steps:
		how = fmt.Sprintf("to step %d", *steps)
	}
	fmt.Fprintf(stdout, "recorded %s (%s): %d steps, %d checkpoints, %d events → %s\n",
		displayName(p), how, last.Land, len(r.Checkpoints), len(r.Events), *out)
	return exitOK
}

func displayName(p *tui.Program) string {
	if p.Title != "" {
		return p.Title
	}
	return p.Filename
}

// replayCommand is `quicken replay`: the explorer on a recording, or
// (--check) its verification, or (--export) an asciicast of it.
func replayCommand(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("quicken replay", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	check := fs.Bool("check", false, "re-run the recording headless and verify every checkpoint and landing step")
	export := fs.String("export", "", "write the replay as an asciicast v2 file")
	size := fs.String("size", "", "--export: the terminal size WxH (default: the recorded size, else 120x36)")
	force := fs.Bool("force", false, "--export: replace the file if it exists")
	positional, err := parseInterspersed(fs, args)
	if errors.Is(err, flag.ErrHelp) {
		fmt.Fprint(stdout, helpText)
		return exitOK
	}
	switch {
	case err != nil:
		return usageError(stderr, replayUsage, err.Error())
	case len(positional) == 0:
		return usageError(stderr, replayUsage, "missing FILE.qrec")
	case len(positional) > 1:
		return usageError(stderr, replayUsage, fmt.Sprintf("unexpected argument %q", positional[1]))
	case *check && *export != "":
		return usageError(stderr, replayUsage, "--check and --export exclude each other")
	}
	var w, h int
	if *size != "" {
		ws, hs, ok := strings.Cut(*size, "x")
		w, _ = strconv.Atoi(ws)
		h, _ = strconv.Atoi(hs)
		if !ok || w < 20 || h < 8 || w > 1000 || h > 1000 {
			return usageError(stderr, replayUsage, fmt.Sprintf("--size %q: expected WxH, at least 20x8", *size))
		}
	}
	path := positional[0]
	r, err := scenarios.ReadRecording(path)
	if err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		return exitUsage
	}
	switch {
	case *check:
		res, err := tui.Check(r)
		var dv *tui.Divergence
		if errors.As(err, &dv) {
			fmt.Fprintf(stdout, "%s: %v\n", path, dv)
			if v := tui.Version(); r.Quicken != v {
				fmt.Fprintf(stdout, "(recorded by %s; this is %s)\n", r.Quicken, v)
			}
			return 1
		}
		if err != nil {
			fmt.Fprintf(stderr, "quicken: %s: %v\n", path, err)
			return exitInternal
		}
		fmt.Fprintf(stdout, "ok: %d positions, %d checksums verified\n", res.Positions, res.Checkpoints)
		return exitOK
	case *export != "":
		if !*force {
			if _, err := os.Lstat(*export); err == nil {
				fmt.Fprintf(stderr, "quicken: %s exists (use --force to replace it)\n", *export)
				return exitUsage
			}
		}
		var b bytes.Buffer
		opts := tui.CastOptions{Width: w, Height: h, NoColor: os.Getenv("NO_COLOR") != "", Lesson: tui.ReplayLesson(r)}
		if err := tui.ExportCast(&b, r, opts); err != nil {
			fmt.Fprintf(stderr, "quicken: export %s: %v\n", *export, err)
			return exitInternal
		}
		if err := scenarios.WriteFileAtomic(*export, b.Bytes(), *force); err != nil {
			fmt.Fprintf(stderr, "quicken: %v\n", err)
			return exitUsage
		}
		fmt.Fprintf(stdout, "wrote %s: %d positions\n", *export, len(r.Positions()))
		return exitOK
	}
	err = tui.RunReplay(r, tui.Options{NoColor: os.Getenv("NO_COLOR") != "", Lesson: tui.ReplayLesson(r)})
	if errors.Is(err, tui.ErrNoTerminal) {
		fmt.Fprintf(stderr, "quicken: the replay needs a terminal (stdin and stdout); without one, try\n  quicken replay --check %s\n", path)
		return exitUsage
	}
	if err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		return exitInternal
	}
	return exitOK
}
