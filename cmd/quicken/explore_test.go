package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// tmuxSession drives the real quicken binary in a detached tmux session.
type tmuxSession struct {
	t    *testing.T
	sock string
}

func (s *tmuxSession) tmux(args ...string) string {
	s.t.Helper()
	out, err := exec.Command("tmux", append([]string{"-S", s.sock}, args...)...).CombinedOutput()
	if err != nil {
		s.t.Fatalf("tmux %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

func (s *tmuxSession) keys(keys ...string) {
	s.tmux(append([]string{"send-keys", "-t", "e2e"}, keys...)...)
}

func (s *tmuxSession) screen() string { return s.tmux("capture-pane", "-p", "-t", "e2e") }

// waitFor polls the screen until ok accepts it.
func (s *tmuxSession) waitFor(what string, ok func(screen string) bool) string {
	s.t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	var screen string
	for time.Now().Before(deadline) {
		screen = s.screen()
		if ok(screen) {
			return screen
		}
		time.Sleep(50 * time.Millisecond)
	}
	s.t.Fatalf("timed out waiting for %s; the screen was:\n%s", what, screen)
	return ""
}

var stepRE = regexp.MustCompile(`step (\d+) ·`)

// siteRE finds mul's BINARY_OP (byte offset 6) in the bytecode pane.
var siteRE = regexp.MustCompile(`\s6 (BINARY_OP\w*)`)

func stepOf(screen string) string {
	if m := stepRE.FindStringSubmatch(screen); m != nil {
		return m[1]
	}
	return ""
}

// buildQuicken builds the command into a temporary directory.
func buildQuicken(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "quicken")
	cmd := exec.Command("go", "build", "-o", bin, ".")
	cmd.Env = append(os.Environ(), "CGO_ENABLED=0")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

func startExplorer(t *testing.T, width, height int, command string) *tmuxSession {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Skip("tmux is not installed: the end-to-end explorer test drives the real program through tmux")
	}
	if testing.Short() {
		t.Skip("-short: the end-to-end explorer test builds and runs the binary")
	}
	s := &tmuxSession{t: t, sock: filepath.Join(t.TempDir(), "tmux.sock")}
	s.tmux("-f", "/dev/null", "new-session", "-d", "-s", "e2e", "-x", strconv.Itoa(width), "-y", strconv.Itoa(height),
		"env TERM=xterm-256color "+command+"; echo EXITED $?; sleep 30")
	t.Cleanup(func() { exec.Command("tmux", "-S", s.sock, "kill-server").Run() })
	return s
}

// TestExploreEndToEnd drives the real explorer: it opens on the default
// lesson, steps until mul's BINARY_OP_ADAPTIVE has become a specialized
// form, steps back to see it adaptive again, and quits, leaving the
// terminal as it was.
func TestExploreEndToEnd(t *testing.T) {
	bin := buildQuicken(t)
	s := startExplorer(t, 100, 30, bin)
	s.waitFor("the lesson picker", func(sc string) bool {
		return strings.Contains(sc, "Lessons") && strings.Contains(sc, "▶  1  ")
	})
	s.keys("Enter") // the first lesson, already loaded behind the picker
	screen := s.waitFor("the explorer on the default lesson", func(sc string) bool {
		return strings.Contains(sc, "quicken · lesson 1/") && strings.Contains(sc, "step 0 ·") && strings.Contains(sc, "Bytecode")
	})
	if !strings.Contains(screen, "def mul(x, y):") || !strings.Contains(screen, "RESUME") {
		t.Fatalf("the first screen lacks the source or the bytecode:\n%s", screen)
	}
	// Step until the bytecode pane, following the current frame, shows
	// mul's BINARY_OP specialized: five at a time outside mul, one at a
	// time inside it.
	site := func(sc string) string {
		if m := siteRE.FindStringSubmatch(sc); m != nil {
			return m[1]
		}
		return ""
	}
	sc := screen
	for i := 0; i < 600 && site(sc) != "BINARY_OP_MULTIPLY_INT"; i++ {
		at := stepOf(sc)
		if site(sc) != "" {
			s.keys("s")
		} else {
			s.keys("-N", "5", "s")
		}
		sc = s.waitFor("the steps to land", func(sc string) bool { return stepOf(sc) != at && !strings.Contains(sc, "running") })
	}
	if site(sc) != "BINARY_OP_MULTIPLY_INT" {
		t.Fatalf("BINARY_OP_MULTIPLY_INT never appeared:\n%s", sc)
	}
	// Step back until it is adaptive again (the last step may have left
	// mul: then back through the caller into the call that specialized
	// it): a step back re-executes the program from its start to the
	// step before.
	for i := 0; i < 60 && site(sc) != "BINARY_OP_ADAPTIVE"; i++ {
		at := stepOf(sc)
		s.keys("b")
		sc = s.waitFor("a step back", func(sc string) bool { n := stepOf(sc); return n != "" && n != at })
	}
	if site(sc) != "BINARY_OP_ADAPTIVE" {
		t.Fatalf("stepping back did not show BINARY_OP_ADAPTIVE again:\n%s", sc)
	}
	// Help lists every binding; q quits and restores the screen.
	s.keys("?")
	s.waitFor("the help screen", func(sc string) bool {
		return strings.Contains(sc, "step back") && strings.Contains(sc, "toggle a breakpoint")
	})
	s.keys("?")
	s.keys("q")
	s.waitFor("the explorer to exit", func(sc string) bool { return strings.Contains(sc, "EXITED 0") })
	if sc := s.screen(); strings.Contains(sc, "Bytecode ·") {
		t.Fatalf("the explorer's screen is left behind after quitting:\n%s", sc)
	}
}

// TestExploreSIGTERM checks that SIGTERM ends the explorer with the
// terminal restored (the alternate screen left).
func TestExploreSIGTERM(t *testing.T) {
	if _, err := exec.LookPath("pgrep"); err != nil {
		t.Skip("pgrep is not installed: it finds the explorer's process to signal")
	}
	bin := buildQuicken(t)
	s := startExplorer(t, 80, 24, bin)
	s.waitFor("the explorer", func(sc string) bool { return strings.Contains(sc, "step 0 ·") })
	s.keys("c") // running or ended: either way it must stop cleanly
	// The pane runs a shell whose child is quicken.
	shell := strings.TrimSpace(s.tmux("display-message", "-p", "-t", "e2e", "#{pane_pid}"))
	out, err := exec.Command("pgrep", "-P", shell).Output()
	if err != nil {
		t.Fatalf("pgrep -P %s: %v", shell, err)
	}
	pid, err := strconv.Atoi(strings.Fields(string(out))[0])
	if err != nil {
		t.Fatal(err)
	}
	if err := syscall.Kill(pid, syscall.SIGTERM); err != nil {
		t.Fatal(err)
	}
	sc := s.waitFor("the explorer to exit", func(sc string) bool { return strings.Contains(sc, "EXITED") })
	if strings.Contains(sc, "Bytecode ·") {
		t.Fatalf("the screen is left behind after SIGTERM:\n%s", sc)
	}
}
