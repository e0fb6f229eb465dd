package main

import (
	"flag"
	"fmt"
	"io"

	"github.com/quicken-py/quicken/scenarios"
	"github.com/quicken-py/quicken/vm/bytecode"
	"github.com/quicken-py/quicken/vm/compiler"
)

func disFlags(fs *flag.FlagSet) func([]string, io.Writer, io.Writer) int {
	showCaches := fs.Bool("show-caches", false, "print inline cache entries")
	return func(args []string, stdout, stderr io.Writer) int {
		path := args[0]
		src, ok := readSource(path, stderr)
		if !ok {
			return exitUsage
		}
		return disassemble(src, path, *showCaches, stdout, stderr)
	}
}

// disassemble compiles src as `python3 -m dis` does (exec mode, the file's
// bytes, the path exactly as given, which appears in code object reprs)
// and prints the disassembly.
func disassemble(src []byte, path string, showCaches bool, stdout, stderr io.Writer) int {
	code, err := compiler.Compile(src, path)
	if err != nil {
		return reportError(err, path, func(filename string) error {
			_, err := compiler.Compile(src, filename)
			return err
		}, stderr)
	}
	if err := bytecode.Dis(stdout, code, bytecode.DisOptions{ShowCaches: showCaches}); err != nil {
		fmt.Fprintf(stderr, "quicken: %v\n", err)
		return exitInternal
	}
	return exitOK
}

// runDefault is `quicken` with no arguments: until the explorer exists,
// it disassembles the bundled default example and says how to do more.
func runDefault(stdout, stderr io.Writer) int {
	src, err := scenarios.Source(scenarios.Default)
	if err != nil {
		fmt.Fprintf(stderr, "quicken: internal error: bundled example: %v\n", err)
		return exitInternal
	}
	status := disassemble(src, scenarios.Default, false, stdout, stderr)
	fmt.Fprintf(stderr, "\n(disassembly of the bundled example %s)\n%s\n", scenarios.Default, usageLine)
	return status
}
