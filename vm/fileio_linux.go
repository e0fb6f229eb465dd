package vm

import (
	"os"

	"golang.org/x/sys/unix"
)

// isTerminal is isatty(fd).
func isTerminal(f *os.File) bool {
	_, err := unix.IoctlGetTermios(int(f.Fd()), unix.TCGETS)
	return err == nil
}

// fileBlockSize is the file's st_blksize (0 when unknown).
func fileBlockSize(f *os.File) int {
	var st unix.Stat_t
	if err := unix.Fstat(int(f.Fd()), &st); err != nil {
		return 0
	}
	return int(st.Blksize)
}
