package main

import (
	"os"
	"os/signal"
	"syscall"

	"github.com/quicken-py/quicken/vm"
)

// interruptOnSignal turns Ctrl-C (SIGINT) into KeyboardInterrupt in the
// running program, as CPython does. The returned function stops it.
func interruptOnSignal(m *vm.Machine) (stop func()) {
	c := make(chan os.Signal, 1)
	signal.Notify(c, os.Interrupt)
	done := make(chan struct{})
	go func() {
		for {
			select {
			case <-c:
				m.Interrupt()
			case <-done:
				return
			}
		}
	}()
	return func() {
		signal.Stop(c)
		close(done)
	}
}

// dieOfInterrupt ends the process by SIGINT, as CPython does after an
// uncaught KeyboardInterrupt, so a shell sees "interrupted" (status 130).
func dieOfInterrupt() {
	signal.Reset(os.Interrupt)
	syscall.Kill(os.Getpid(), syscall.SIGINT)
	os.Exit(exitInterrupted)
}
