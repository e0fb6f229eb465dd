package tui

import (
	"bufio"
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/scenarios"
)

// The export is an asciicast v2 file: a header object, then one
// [time, "o", data] event per recorded position, each a whole frame.
func TestExportCast(t *testing.T) {
	r, err := scenarios.ReadRecording("../scenarios/testdata/qrec/v1-session-particles.qrec")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := ExportCast(&out, r, CastOptions{Width: 100, Height: 30}); err != nil {
		t.Fatal(err)
	}
	sc := bufio.NewScanner(&out)
	sc.Buffer(nil, 1<<20)
	if !sc.Scan() {
		t.Fatal("empty")
	}
	var header struct {
		Version, Width, Height int
		Title                  string
	}
	if err := json.Unmarshal(sc.Bytes(), &header); err != nil || header.Version != 2 || header.Width != 100 || header.Height != 30 {
		t.Fatalf("header %s: %+v %v", sc.Bytes(), header, err)
	}
	pos := r.Positions()
	n := 0
	last := -1.0
	for sc.Scan() {
		var ev []any
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil || len(ev) != 3 {
			t.Fatalf("event %d: %s: %v", n, sc.Bytes(), err)
		}
		at, ok1 := ev[0].(float64)
		kind, ok2 := ev[1].(string)
		data, ok3 := ev[2].(string)
		if !ok1 || !ok2 || !ok3 || kind != "o" || at <= last && n > 0 {
			t.Fatalf("event %d: %v", n, ev)
		}
		last = at
		if !strings.HasPrefix(data, "\x1b[?25l\x1b[H\x1b[2J") {
			t.Fatalf("event %d does not clear the screen: %q", n, data[:min(20, len(data))])
		}
		lines := strings.Split(strings.TrimPrefix(data, "\x1b[?25l\x1b[H\x1b[2J"), "\r\n")
		if len(lines) != 30 {
			t.Fatalf("event %d: %d lines", n, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > 100 {
				t.Fatalf("event %d line %d: width %d", n, i, w)
			}
		}
		text := ansi.Strip(data)
		for _, want := range []string{"quicken · particles.py", "replay " + itoa(n+1) + "/" + itoa(len(pos)), "Source", "Bytecode"} {
			if !strings.Contains(text, want) {
				t.Fatalf("event %d lacks %q:\n%s", n, want, text)
			}
		}
		if want := "step " + itoa(int(r.Commands[pos[n]].Land)); !strings.Contains(lines[0], want) {
			t.Fatalf("event %d header %q lacks %q", n, ansi.Strip(lines[0]), want)
		}
		n++
	}
	if n != len(pos) {
		t.Fatalf("%d events for %d positions", n, len(pos))
	}
	// The same recording gives the same file.
	var again bytes.Buffer
	ExportCast(&again, r, CastOptions{Width: 100, Height: 30})
	var first bytes.Buffer
	ExportCast(&first, r, CastOptions{Width: 100, Height: 30})
	if !bytes.Equal(again.Bytes(), first.Bytes()) {
		t.Fatal("two exports differ")
	}
}
