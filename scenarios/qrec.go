package scenarios

import (
	"bytes"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A recording (a .qrec file, docs/recordings.md) holds an explorer
// session: the program and everything that decides its run, the commands
// the user gave and where each landed, and checksums of the VM's state
// along the way, so that a replay can prove it is seeing the same run.
//
// The file is a header line, a JSON body of the length the header gives,
// and a SHA-256 line over both:
//
//	quicken-recording 1 4711
//	{ …4711 bytes of JSON… }
//	sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08

// RecordingFormat is the format version this quicken writes. It reads
// every version from 1 to this one.
const RecordingFormat = 1

// RecordingExt is a recording's file name extension.
const RecordingExt = ".qrec"

const recordingMagic = "quicken-recording"

// Limits a decoder enforces, so that a hostile file cannot make it
// allocate without bound.
const (
	MaxRecordingSize   = 256 << 20
	MaxRecordedCmds    = 1 << 20
	MaxRecordedEvents  = 200_000
	MaxCheckpoints     = 1 << 20
	MaxRecordedNotes   = 1 << 16
	MaxRecordedBps     = 1 << 12
	maxRecordedArgs    = 1 << 12
	maxScreenDimension = 1000
	maxSumHex          = 64
)

// Recording is a decoded .qrec file.
type Recording struct {
	// Format is the version of the format the file was written in
	// (Encode always writes RecordingFormat).
	Format int `json:"-"`
	// Quicken is the version of quicken that wrote it.
	Quicken string          `json:"quicken"`
	VM      VMSettings      `json:"vm"`
	Program RecordedProgram `json:"program"`
	// Lesson is set when the program is a lesson's.
	Lesson *RecordedLesson `json:"lesson,omitempty"`
	// Screen is the explorer's size when it was recorded (nil:
	// recorded headless).
	Screen *Screen `json:"screen,omitempty"`
	// Commands are the user's commands in the order given.
	Commands []Command `json:"commands"`
	Notes    []Note    `json:"notes,omitempty"`
	// Checkpoints are checksums of the VM's state at steps of the run,
	// in ascending step order.
	Checkpoints []Checkpoint `json:"checkpoints"`
	// Events is the timeline of the run up to step EventsTo (the
	// furthest step the session reached), or its first
	// MaxRecordedEvents entries if it is longer (then EventsTo is the
	// step of the last one kept).
	Events   []RecordedEvent `json:"events"`
	EventsTo int64           `json:"events_to"`
}

// VMSettings are the interpreter's settings that change what a run does.
type VMSettings struct {
	// NoSpecialize runs generic 3.11 bytecode (quicken run
	// --no-specialize).
	NoSpecialize bool `json:"no_specialize"`
}

// RecordedProgram is the program run, byte for byte.
type RecordedProgram struct {
	Title    Text   `json:"title,omitempty"`
	Filename Text   `json:"filename"`
	Source   Text   `json:"source"`
	Stdin    Text   `json:"stdin,omitempty"`
	Argv     []Text `json:"argv,omitempty"`
}

// RecordedLesson is the lesson a recorded program came from.
type RecordedLesson struct {
	Name string `json:"name"`
	// Text is the .lesson file as it was.
	Text Text `json:"text"`
}

// Screen is a terminal size in cells.
type Screen struct {
	Width  int `json:"width"`
	Height int `json:"height"`
}

// Command ops: what the user asked the explorer to do.
const (
	// OpStart is where the recording began: the step the session was
	// at (N), then Breakpoints in force.
	OpStart       = "start"
	OpStep        = "step" // N instructions
	OpBack        = "back" // N steps back
	OpGoto        = "goto" // to step N
	OpOver        = "over"
	OpOut         = "out"
	OpContinue    = "continue"
	OpNextEvent   = "next-event" // Event: the kind ("" any)
	OpRestart     = "restart"
	OpPause       = "pause"       // interrupted the running command
	OpBreakpoints = "breakpoints" // Breakpoints replace those in force
)

var commandOps = map[string]bool{
	OpStart: true, OpStep: true, OpBack: true, OpGoto: true, OpOver: true, OpOut: true,
	OpContinue: true, OpNextEvent: true, OpRestart: true, OpPause: true, OpBreakpoints: true,
}

// Command is one command of the session.
type Command struct {
	Op          string       `json:"op"`
	N           int64        `json:"n,omitempty"`
	Event       string       `json:"event,omitempty"`
	Breakpoints []Breakpoint `json:"breakpoints,omitempty"`
	// From is the step the run was at when the command took effect;
	// Land the step where it stopped.
	From int64 `json:"from"`
	Land int64 `json:"land"`
	// Cut marks a command interrupted before it would have stopped by
	// itself (by pause or the next command): a replay goes to Land.
	Cut bool `json:"cut,omitempty"`
}

// Moves reports whether the command moves the run (and so is a position
// a replay can go to).
func (c Command) Moves() bool { return c.Op != OpPause && c.Op != OpBreakpoints }

// Breakpoint is a line breakpoint (Line > 0) or an instruction breakpoint
// (Code, the index of the code object in the explorer's order, and
// Offset, in code units).
type Breakpoint struct {
	Line   int `json:"line,omitempty"`
	Code   int `json:"code,omitempty"`
	Offset int `json:"offset,omitempty"`
}

// Note is the user's text at a step.
type Note struct {
	Step int64 `json:"step"`
	Text Text  `json:"text"`
}

// Checkpoint is the VM's state at a step, as checksums: the number of
// timeline events and of output bytes, and SHA-256 sums (hex, truncated)
// of the live code units of the program's code objects, of the events
// and of the output.
type Checkpoint struct {
	Step      int64  `json:"step"`
	Events    int    `json:"events"`
	Output    int    `json:"output"`
	Units     string `json:"units"`
	EventsSum string `json:"events_sum"`
	OutputSum string `json:"output_sum"`
}

// SameState reports whether c and o record the same state.
func (c Checkpoint) SameState(o Checkpoint) bool { return c == o }

// RecordedEvent is a timeline event (its kind as the explorer names it:
// EventNames).
type RecordedEvent struct {
	Step int64  `json:"step"`
	Kind string `json:"kind"`
	Text Text   `json:"text"`
}

func (e RecordedEvent) String() string {
	return fmt.Sprintf("%s event at step %d: %s", e.Kind, e.Step, e.Text)
}

// Positions returns the indices of the commands that move the run: the
// places a replay steps through.
func (r *Recording) Positions() []int {
	var p []int
	for i, c := range r.Commands {
		if c.Moves() {
			p = append(p, i)
		}
	}
	return p
}

// BreakpointsAt returns the breakpoints in force after command i.
func (r *Recording) BreakpointsAt(i int) []Breakpoint {
	var bps []Breakpoint
	for j := 0; j <= i && j < len(r.Commands); j++ {
		if c := r.Commands[j]; c.Op == OpBreakpoints || c.Op == OpStart {
			bps = c.Breakpoints
		}
	}
	return bps
}

// Text is a byte string that is written as a JSON string when it is
// valid UTF-8, else as {"base64": "…"}: a program's bytes (a Latin-1
// source, an undecodable path) survive exactly.
type Text string

// MarshalJSON implements json.Marshaler.
func (t Text) MarshalJSON() ([]byte, error) {
	if utf8.ValidString(string(t)) {
		return json.Marshal(string(t))
	}
	return json.Marshal(struct {
		Base64 string `json:"base64"`
	}{base64.StdEncoding.EncodeToString([]byte(t))})
}

// UnmarshalJSON implements json.Unmarshaler.
func (t *Text) UnmarshalJSON(b []byte) error {
	if len(b) > 0 && b[0] == '"' {
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*t = Text(s)
		return nil
	}
	var v struct {
		Base64 *string `json:"base64"`
	}
	if err := json.Unmarshal(b, &v); err != nil || v.Base64 == nil {
		return errors.New(`expected a string or {"base64": …}`)
	}
	raw, err := base64.StdEncoding.DecodeString(*v.Base64)
	if err != nil {
		return fmt.Errorf("base64: %v", err)
	}
	*t = Text(raw)
	return nil
}

// Encode writes the recording in the current format.
func (r *Recording) Encode() ([]byte, error) {
	if err := r.validate(); err != nil {
		return nil, err
	}
	body, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return nil, fmt.Errorf("encode recording: %w", err)
	}
	body = append(body, '\n')
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %d %d\n", recordingMagic, RecordingFormat, len(body))
	b.Write(body)
	sum := sha256.Sum256(b.Bytes())
	fmt.Fprintf(&b, "sha256 %x\n", sum)
	return b.Bytes(), nil
}

// RecordingError is a file that is not a valid recording.
type RecordingError struct {
	// Kind is "not a recording", "truncated", "corrupt", "newer
	// format" or "invalid".
	Kind string
	Msg  string
}

func (e *RecordingError) Error() string { return e.Kind + ": " + e.Msg }

func recErr(kind, format string, args ...any) error {
	return &RecordingError{Kind: kind, Msg: fmt.Sprintf(format, args...)}
}

// DecodeRecording reads a recording. A truncated, corrupt or hostile
// input gives a *RecordingError; it never panics, and it allocates in
// proportion to the input's size.
func DecodeRecording(data []byte) (*Recording, error) {
	if len(data) > MaxRecordingSize {
		return nil, recErr("invalid", "%d bytes: a recording is at most %d", len(data), MaxRecordingSize)
	}
	if !bytes.HasPrefix(data, []byte(recordingMagic+" ")) {
		if len(data) < len(recordingMagic)+1 && bytes.HasPrefix([]byte(recordingMagic+" "), data) {
			return nil, recErr("truncated", "the file ends inside its header (%d bytes)", len(data))
		}
		return nil, recErr("not a recording", "it does not start with %q", recordingMagic)
	}
	nl := bytes.IndexByte(data, '\n')
	if nl < 0 || nl > 64 {
		if nl < 0 && len(data) <= 64 {
			return nil, recErr("truncated", "the file ends inside its header (%d bytes)", len(data))
		}
		return nil, recErr("corrupt", "malformed header line")
	}
	fields := strings.Fields(string(data[len(recordingMagic):nl]))
	if len(fields) != 2 {
		return nil, recErr("corrupt", "malformed header line %q", data[:nl])
	}
	version, err := strconv.Atoi(fields[0])
	if err != nil || version < 1 {
		return nil, recErr("corrupt", "malformed format version %q", fields[0])
	}
	if version > RecordingFormat {
		return nil, recErr("newer format", "format version %d was written by a newer quicken (this one reads versions 1 to %d)", version, RecordingFormat)
	}
	n, err := strconv.ParseInt(fields[1], 10, 64)
	if err != nil || n < 0 || n > MaxRecordingSize {
		return nil, recErr("corrupt", "malformed body length %q", fields[1])
	}
	head := nl + 1
	if rest := int64(len(data) - head); rest < n {
		return nil, recErr("truncated", "the header promises %d bytes of body, only %d follow", n, rest)
	}
	end := head + int(n)
	trailer := data[end:]
	const sumLine = len("sha256 \n") + 2*sha256.Size
	switch {
	case len(trailer) == 0:
		return nil, recErr("truncated", "the checksum line is missing")
	case len(trailer) < sumLine && bytes.HasPrefix([]byte("sha256 "), trailer[:min(len(trailer), 7)]):
		return nil, recErr("truncated", "the checksum line is cut short")
	case len(trailer) != sumLine || !bytes.HasPrefix(trailer, []byte("sha256 ")) || trailer[sumLine-1] != '\n':
		return nil, recErr("corrupt", "malformed checksum line after the body")
	}
	want, err := hex.DecodeString(string(trailer[7 : sumLine-1]))
	if err != nil {
		return nil, recErr("corrupt", "malformed checksum line after the body")
	}
	if got := sha256.Sum256(data[:end]); !bytes.Equal(got[:], want) {
		return nil, recErr("corrupt", "the checksum does not match: the file was changed or damaged after it was written")
	}
	r := &Recording{}
	dec := json.NewDecoder(bytes.NewReader(data[head:end]))
	if err := dec.Decode(r); err != nil {
		return nil, recErr("corrupt", "body: %v", err)
	}
	if dec.More() {
		return nil, recErr("corrupt", "body: data after the recording")
	}
	r.Format = version
	if err := r.validate(); err != nil {
		return nil, err
	}
	return r, nil
}

// validate checks what a replay relies on.
func (r *Recording) validate() error {
	bad := func(format string, args ...any) error { return recErr("invalid", format, args...) }
	switch {
	case len(r.Commands) > MaxRecordedCmds:
		return bad("%d commands (at most %d)", len(r.Commands), MaxRecordedCmds)
	case len(r.Events) > MaxRecordedEvents:
		return bad("%d events (at most %d)", len(r.Events), MaxRecordedEvents)
	case len(r.Checkpoints) > MaxCheckpoints:
		return bad("%d checkpoints (at most %d)", len(r.Checkpoints), MaxCheckpoints)
	case len(r.Notes) > MaxRecordedNotes:
		return bad("%d notes (at most %d)", len(r.Notes), MaxRecordedNotes)
	case len(r.Program.Argv) > maxRecordedArgs:
		return bad("%d program arguments (at most %d)", len(r.Program.Argv), maxRecordedArgs)
	case r.Program.Filename == "":
		return bad("the program has no file name")
	case r.EventsTo < 0:
		return bad("events_to %d is negative", r.EventsTo)
	}
	if s := r.Screen; s != nil && (s.Width < 1 || s.Height < 1 || s.Width > maxScreenDimension || s.Height > maxScreenDimension) {
		return bad("screen size %d×%d", s.Width, s.Height)
	}
	if l := r.Lesson; l != nil && l.Name == "" {
		return bad("the lesson has no name")
	}
	for i, c := range r.Commands {
		if !commandOps[c.Op] {
			return bad("command %d: unknown op %q", i+1, c.Op)
		}
		if c.N < 0 || c.From < 0 || c.Land < 0 {
			return bad("command %d (%s): negative step", i+1, c.Op)
		}
		if c.Event != "" && !knownEvent(c.Event) {
			return bad("command %d: unknown event kind %q", i+1, c.Event)
		}
		if len(c.Breakpoints) > MaxRecordedBps {
			return bad("command %d: %d breakpoints (at most %d)", i+1, len(c.Breakpoints), MaxRecordedBps)
		}
		for _, b := range c.Breakpoints {
			if b.Line < 0 || b.Code < 0 || b.Offset < 0 {
				return bad("command %d: breakpoint %+v", i+1, b)
			}
		}
	}
	for i, n := range r.Notes {
		if n.Step < 0 {
			return bad("note %d: negative step", i+1)
		}
	}
	var last int64 = -1
	for i, c := range r.Checkpoints {
		if c.Step <= last {
			return bad("checkpoint %d: step %d is not after step %d", i+1, c.Step, last)
		}
		last = c.Step
		if c.Events < 0 || c.Output < 0 || !isHexSum(c.Units) || !isHexSum(c.EventsSum) || !isHexSum(c.OutputSum) {
			return bad("checkpoint %d (step %d): malformed", i+1, c.Step)
		}
	}
	last = 0
	for i, e := range r.Events {
		if e.Step < last || !knownEvent(e.Kind) {
			return bad("event %d: %s at step %d", i+1, e.Kind, e.Step)
		}
		last = e.Step
	}
	return nil
}

func knownEvent(k string) bool {
	for _, n := range EventNames {
		if n == k {
			return true
		}
	}
	return false
}

func isHexSum(s string) bool {
	if s == "" || len(s) > maxSumHex {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// ReadRecording reads and decodes the recording at path.
func ReadRecording(path string) (*Recording, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, MaxRecordingSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	r, err := DecodeRecording(data)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return r, nil
}

// WriteRecording writes r to path atomically: to a temporary file in the
// same directory, synced, then moved into place, so that path never holds
// half a recording. An existing file is replaced only if overwrite is
// set; otherwise the result is an error wrapping fs.ErrExist.
func WriteRecording(path string, r *Recording, overwrite bool) error {
	data, err := r.Encode()
	if err != nil {
		return err
	}
	return WriteFileAtomic(path, data, overwrite)
}

// CreateRecording writes r to dir/prefix-N.qrec for the first N from 1
// that names no existing file, and returns that path.
func CreateRecording(dir, prefix string, r *Recording) (string, error) {
	data, err := r.Encode()
	if err != nil {
		return "", err
	}
	for n := 1; n < 100_000; n++ {
		path := filepath.Join(dir, fmt.Sprintf("%s-%d%s", prefix, n, RecordingExt))
		if _, err := os.Lstat(path); err == nil {
			continue
		}
		err := WriteFileAtomic(path, data, false)
		if errors.Is(err, fs.ErrExist) {
			continue // taken meanwhile
		}
		return path, err
	}
	return "", fmt.Errorf("write recording: no free name %s-N%s in %s", prefix, RecordingExt, dir)
}

// writeTemp is where WriteFileAtomic writes before moving the file into place
// (a variable so that tests can make the write fail).
var writeTemp = func(f *os.File, data []byte) error {
	if _, err := f.Write(data); err != nil {
		return err
	}
	return f.Sync()
}

// WriteFileAtomic writes data to path as WriteRecording writes a
// recording: all or nothing, and replacing a file only if overwrite is
// set.
func WriteFileAtomic(path string, data []byte, overwrite bool) (err error) {
	if !overwrite {
		if _, err := os.Lstat(path); err == nil {
			return fmt.Errorf("write %s: %w (use --force to replace it)", path, fs.ErrExist)
		}
	}
	dir, base := filepath.Split(path)
	if dir == "" {
		dir = "."
	}
	f, err := os.CreateTemp(dir, "."+base+".*.tmp")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	tmp := f.Name()
	defer func() {
		if err != nil {
			os.Remove(tmp)
		}
	}()
	if err := writeTemp(f, data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Chmod(0o644); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if overwrite {
		if err := os.Rename(tmp, path); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
	} else {
		// A hard link fails if path exists, even if it appeared after
		// the check above: nothing is ever replaced silently.
		err := os.Link(tmp, path)
		if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("write %s: %w (use --force to replace it)", path, fs.ErrExist)
		}
		if err != nil {
			// A file system without hard links: check, then rename
			// (a file created in between would be replaced).
			if _, err := os.Lstat(path); err == nil {
				return fmt.Errorf("write %s: %w (use --force to replace it)", path, fs.ErrExist)
			}
			if err := os.Rename(tmp, path); err != nil {
				return fmt.Errorf("write %s: %w", path, err)
			}
		} else {
			os.Remove(tmp)
		}
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // best effort: the new name survives a crash
		d.Close()
	}
	return nil
}

// LessonText returns the text of the built-in lesson called name, as its
// file holds it.
func LessonText(name string) ([]byte, error) {
	l, err := LessonByName(name)
	if err != nil {
		return nil, err
	}
	entries, err := fs.ReadDir(files, "lessons")
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		n := strings.TrimSuffix(e.Name(), ".lesson")
		if n == l.Name || len(n) > 3 && n[2] == '-' && n[3:] == l.Name {
			return files.ReadFile("lessons/" + e.Name())
		}
	}
	return nil, fmt.Errorf("no lesson %q", name)
}
