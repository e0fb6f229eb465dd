//go:build !linux

package vm

import "os"

// isTerminal is false where quicken does not ask the terminal driver.
func isTerminal(*os.File) bool { return false }

// fileBlockSize is unknown here: CPython's default buffer size is used.
func fileBlockSize(*os.File) int { return 0 }
