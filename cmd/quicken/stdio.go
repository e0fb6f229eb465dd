package main

import (
	"io"
	"os"
	"strings"

	"github.com/quicken-py/quicken/vm"
)

// stdioBuffering is how python3 would buffer its standard streams here
// (create_stdio): unbuffered under -u or a non-empty PYTHONUNBUFFERED,
// otherwise stdout line buffered on a terminal and block buffered
// elsewhere, with buffers of the files' block size.
func stdioBuffering(unbuffered bool, stdin io.Reader, stdout, stderr io.Writer) vm.Buffering {
	b := vm.Buffering{Buffered: !unbuffered && os.Getenv("PYTHONUNBUFFERED") == ""}
	b.Encoding, b.Errors = ioEncoding(os.Getenv("PYTHONIOENCODING"))
	b.StdinTTY, _ = fileInfo(stdin)
	b.StdoutTTY, b.StdoutBlockSize = fileInfo(stdout)
	b.StderrTTY, b.StderrBlockSize = fileInfo(stderr)
	return b
}

// ioEncoding splits PYTHONIOENCODING ("encoding[:errors]") as
// config_init_stdio_encoding does: an encoding without an error handler
// means strict.
func ioEncoding(env string) (encoding, errors string) {
	encoding, errors, _ = strings.Cut(env, ":")
	if encoding != "" && errors == "" {
		errors = "strict"
	}
	return encoding, errors
}

// fileInfo says whether v is an *os.File on a terminal, and its block
// size (0 when unknown).
func fileInfo(v any) (tty bool, blockSize int) {
	f, ok := v.(*os.File)
	if !ok {
		return false, 0
	}
	return isTerminal(f), blockSizeOf(f)
}
