//go:build !(linux || darwin || freebsd || netbsd || openbsd)

package main

import "os"

// isTerminal is false where terminals cannot be told apart: the
// streams are then buffered as for files.
func isTerminal(*os.File) bool { return false }

// blockSizeOf is unknown here: CPython's default buffer size is used.
func blockSizeOf(*os.File) int { return 0 }
