package tui

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/quicken-py/quicken/scenarios"
)

// CastOptions configure ExportCast.
type CastOptions struct {
	// Width and Height are the terminal's size in cells (0: the
	// recorded size, else 120×36).
	Width, Height int
	// Interval is the time between two positions, in seconds (0: 1).
	Interval float64
	NoColor  bool
	// Lesson opens the lesson pane, as in the replay.
	Lesson *Lesson
}

// ExportCast writes the replay of r as an asciicast v2 file
// (https://docs.asciinema.org/manual/asciicast/v2/): a JSON header line,
// then one output event per recorded position, each clearing the screen
// and drawing the explorer as it shows that position. Timestamps are
// fixed (a position every Interval seconds), so the same recording always
// gives the same file.
func ExportCast(w io.Writer, r *scenarios.Recording, opts CastOptions) error {
	width, height := opts.Width, opts.Height
	if width <= 0 || height <= 0 {
		width, height = 120, 36
		if s := r.Screen; s != nil {
			width, height = s.Width, s.Height
		}
	}
	interval := opts.Interval
	if interval <= 0 {
		interval = 1
	}
	d := NewDriver(RecordedProgram(r))
	defer d.Close()
	m := NewReplayModel(d, r, Options{NoColor: opts.NoColor, Lesson: opts.Lesson})
	m.resize(width, height)
	m.setSnapshot(d.Wait())

	bw := bufio.NewWriter(w)
	header := struct {
		Version int               `json:"version"`
		Width   int               `json:"width"`
		Height  int               `json:"height"`
		Title   string            `json:"title,omitempty"`
		Env     map[string]string `json:"env"`
	}{2, width, height, "quicken replay · " + m.title(), map[string]string{"TERM": "xterm-256color"}}
	if err := writeJSONLine(bw, header); err != nil {
		return err
	}
	for i := range m.pos {
		m.goTo(i)
		m.setSnapshot(d.Wait())
		// Hide the cursor, home, clear, draw.
		frame := "\x1b[?25l\x1b[H\x1b[2J" + strings.ReplaceAll(m.Render(), "\n", "\r\n")
		if err := writeJSONLine(bw, []any{json.RawMessage(strconv.FormatFloat(float64(i)*interval, 'f', 6, 64)), "o", frame}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

// writeJSONLine writes v as one line of JSON.
func writeJSONLine(w *bufio.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("asciicast: %w", err)
	}
	return nil
}
