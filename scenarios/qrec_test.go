package scenarios

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sampleRecording has a field of every kind, and bytes that are not
// UTF-8.
func sampleRecording() *Recording {
	return &Recording{
		Quicken: "quicken test",
		VM:      VMSettings{NoSpecialize: true},
		Program: RecordedProgram{
			Title: "t", Filename: "/tmp/caf\xe9.py",
			Source: "# -*- coding: latin-1 -*-\nprint('caf\xe9')\n",
			Stdin:  "line\n", Argv: []Text{"caf\xe9.py", "-v"},
		},
		Lesson: &RecordedLesson{Name: "mul", Text: "title: x\n"},
		Screen: &Screen{Width: 120, Height: 36},
		Commands: []Command{
			{Op: OpStart, From: 0, Land: 0, Breakpoints: []Breakpoint{{Line: 2}}},
			{Op: OpStep, N: 3, From: 0, Land: 3},
			{Op: OpBreakpoints, Breakpoints: []Breakpoint{{Code: 1, Offset: 4}}, From: 3, Land: 3},
			{Op: OpContinue, From: 3, Land: 40, Cut: true},
			{Op: OpPause, From: 40, Land: 40},
			{Op: OpNextEvent, Event: "deopt", From: 40, Land: 57},
			{Op: OpBack, N: 1, From: 57, Land: 56},
		},
		Notes:       []Note{{Step: 3, Text: "here"}},
		Checkpoints: []Checkpoint{{Step: 0, Units: "00", EventsSum: "01", OutputSum: "02"}, {Step: 57, Events: 2, Output: 5, Units: "a0", EventsSum: "b1", OutputSum: "c2"}},
		Events:      []RecordedEvent{{Step: 4, Kind: "quicken", Text: "f quickened"}, {Step: 57, Kind: "deopt", Text: "x"}},
		EventsTo:    57,
	}
}

func TestRecordingRoundTrip(t *testing.T) {
	r := sampleRecording()
	b, err := r.Encode()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(b, []byte("quicken-recording 1 ")) || !bytes.Contains(b, []byte(`"base64"`)) {
		t.Errorf("encoding:\n%s", b)
	}
	back, err := DecodeRecording(b)
	if err != nil {
		t.Fatal(err)
	}
	if back.Format != RecordingFormat {
		t.Errorf("format %d", back.Format)
	}
	back.Format = 0
	if !reflect.DeepEqual(back, r) {
		t.Errorf("round trip:\n got %+v\nwant %+v", back, r)
	}
	if got := back.Positions(); !reflect.DeepEqual(got, []int{0, 1, 3, 5, 6}) {
		t.Errorf("positions %v", got)
	}
	if bps := back.BreakpointsAt(1); !reflect.DeepEqual(bps, []Breakpoint{{Line: 2}}) {
		t.Errorf("breakpoints at 1: %v", bps)
	}
	if bps := back.BreakpointsAt(3); !reflect.DeepEqual(bps, []Breakpoint{{Code: 1, Offset: 4}}) {
		t.Errorf("breakpoints at 3: %v", bps)
	}
	// Encoding is deterministic.
	again, _ := back.Encode()
	if !bytes.Equal(again, b) {
		t.Error("re-encoding differs")
	}
}

// reseal recomputes a body's header and checksum, as a hostile writer
// would.
func reseal(body string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s %d %d\n%s", recordingMagic, RecordingFormat, len(body), body)
	return sealed(b.Bytes())
}

func sealed(b []byte) []byte {
	return append(b, []byte(fmt.Sprintf("sha256 %x\n", sha256.Sum256(b)))...)
}

func TestRecordingErrors(t *testing.T) {
	good, err := sampleRecording().Encode()
	if err != nil {
		t.Fatal(err)
	}
	// Every truncation is reported, as a truncation or (cut inside the
	// checksum's hex) a corruption.
	for n := 0; n < len(good); n++ {
		_, err := DecodeRecording(good[:n])
		var re *RecordingError
		if !errors.As(err, &re) || re.Kind != "truncated" && re.Kind != "corrupt" && re.Kind != "not a recording" {
			t.Fatalf("cut at %d of %d: %v", n, len(good), err)
		}
		if n > len(recordingMagic)+30 && re.Kind == "not a recording" {
			t.Fatalf("cut at %d: %v", n, err)
		}
	}
	flip := bytes.Clone(good)
	flip[len(flip)/2] ^= 0x20
	newer := sealed([]byte(strings.Replace(string(good[:bytes.LastIndex(good, []byte("sha256 "))]), "quicken-recording 1 ", "quicken-recording 7 ", 1)))
	for _, tc := range []struct {
		name string
		data []byte
		kind string
		has  string
	}{
		{"empty", nil, "truncated", "header"},
		{"python", []byte("print(1)\n"), "not a recording", `"quicken-recording"`},
		{"flipped", flip, "corrupt", "checksum does not match"},
		{"trailing", append(bytes.Clone(good), 'x'), "corrupt", "malformed checksum line"},
		{"newer", newer, "newer format", "version 7"},
		{"bad length", []byte("quicken-recording 1 -4\n"), "corrupt", "body length"},
		{"huge length", []byte("quicken-recording 1 99999999999999999999\n"), "corrupt", "body length"},
		{"not json", reseal("{]"), "corrupt", "body"},
		{"two values", reseal(`{"program":{"filename":"a.py"}} {}`), "corrupt", "data after"},
		{"no filename", reseal(`{}`), "invalid", "no file name"},
		{"unknown op", reseal(`{"program":{"filename":"a.py"},"commands":[{"op":"jump"}]}`), "invalid", `unknown op "jump"`},
		{"negative step", reseal(`{"program":{"filename":"a.py"},"commands":[{"op":"step","n":-1}]}`), "invalid", "negative"},
		{"step overflow", reseal(`{"program":{"filename":"a.py"},"commands":[{"op":"step","n":1e40}]}`), "corrupt", "body"},
		{"unordered checkpoints", reseal(`{"program":{"filename":"a.py"},"checkpoints":[{"step":5,"units":"a","events_sum":"a","output_sum":"a"},{"step":5,"units":"a","events_sum":"a","output_sum":"a"}]}`), "invalid", "not after"},
		{"bad sum", reseal(`{"program":{"filename":"a.py"},"checkpoints":[{"step":5,"units":"zz","events_sum":"a","output_sum":"a"}]}`), "invalid", "malformed"},
		{"bad event", reseal(`{"program":{"filename":"a.py"},"events":[{"step":1,"kind":"boom"}]}`), "invalid", "event 1"},
		{"bad base64", reseal(`{"program":{"filename":{"base64":"%%%"}}}`), "corrupt", "base64"},
		{"bad screen", reseal(`{"program":{"filename":"a.py"},"screen":{"width":0,"height":5}}`), "invalid", "screen"},
		{"deep", reseal(strings.Repeat("[", 20000)), "corrupt", "body"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := DecodeRecording(tc.data)
			var re *RecordingError
			if !errors.As(err, &re) || re.Kind != tc.kind || !strings.Contains(err.Error(), tc.has) {
				t.Fatalf("got %v, want %s: …%s…", err, tc.kind, tc.has)
			}
		})
	}
}

func TestReadRecordingNamesTheFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "cut.qrec")
	good, _ := sampleRecording().Encode()
	os.WriteFile(path, good[:len(good)-10], 0o644)
	_, err := ReadRecording(path)
	if err == nil || !strings.Contains(err.Error(), "cut.qrec: truncated") {
		t.Fatalf("got %v", err)
	}
}

func TestWriteRecordingAtomic(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "s.qrec")
	r := sampleRecording()
	if err := WriteRecording(path, r, false); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	// Never replaced without overwrite.
	r2 := sampleRecording()
	r2.Quicken = "other"
	if err := WriteRecording(path, r2, false); !errors.Is(err, fs.ErrExist) {
		t.Fatalf("second write: %v", err)
	}
	if now, _ := os.ReadFile(path); !bytes.Equal(now, first) {
		t.Fatal("the file changed")
	}
	if err := WriteRecording(path, r2, true); err != nil {
		t.Fatal(err)
	}
	if back, err := ReadRecording(path); err != nil || back.Quicken != "other" {
		t.Fatalf("after overwrite: %v %v", back, err)
	}
	// A failed write leaves nothing behind: neither the file nor a
	// temporary one.
	old := writeTemp
	defer func() { writeTemp = old }()
	writeTemp = func(f *os.File, data []byte) error {
		f.Write(data[:len(data)/2])
		return errors.New("disk full")
	}
	failed := filepath.Join(dir, "failed.qrec")
	if err := WriteRecording(failed, r, false); err == nil || !strings.Contains(err.Error(), "disk full") {
		t.Fatalf("failing write: %v", err)
	}
	if err := WriteRecording(path, r, true); err == nil {
		t.Fatal("failing overwrite succeeded")
	}
	if now, _ := os.ReadFile(path); !bytes.Contains(now, []byte(`"other"`)) {
		t.Fatal("a failed overwrite changed the file")
	}
	writeTemp = old
	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	if !reflect.DeepEqual(names, []string{"s.qrec"}) {
		t.Fatalf("directory holds %v", names)
	}
	// CreateRecording numbers files and never reuses a name.
	for i := 1; i <= 3; i++ {
		p, err := CreateRecording(dir, "quicken-mul", r)
		if err != nil || filepath.Base(p) != fmt.Sprintf("quicken-mul-%d.qrec", i) {
			t.Fatalf("create %d: %s %v", i, p, err)
		}
	}
	// An unencodable recording writes nothing.
	if err := WriteRecording(filepath.Join(dir, "bad.qrec"), &Recording{}, false); err == nil {
		t.Fatal("wrote a recording without a program")
	}
	if _, err := os.Stat(filepath.Join(dir, "bad.qrec")); err == nil {
		t.Fatal("bad.qrec exists")
	}
}

// The recordings in testdata/qrec were written by earlier versions of
// quicken: every later version must read them (tui's tests also replay
// them).
func TestRecordingCompatibility(t *testing.T) {
	files, _ := filepath.Glob("testdata/qrec/*.qrec")
	if len(files) < 2 {
		t.Fatalf("testdata/qrec holds %d recordings", len(files))
	}
	for _, f := range files {
		r, err := ReadRecording(f)
		if err != nil {
			t.Errorf("%v", err)
			continue
		}
		if r.Format < 1 || len(r.Positions()) == 0 || len(r.Checkpoints) == 0 || r.Program.Source == "" {
			t.Errorf("%s: format %d, %d positions, %d checkpoints", f, r.Format, len(r.Positions()), len(r.Checkpoints))
		}
	}
}

func TestLessonText(t *testing.T) {
	b, err := LessonText("mul")
	if err != nil || !bytes.HasPrefix(b, []byte("title:")) {
		t.Fatalf("%q %v", b, err)
	}
	if _, err := LessonText("nope"); err == nil {
		t.Fatal("no error for a missing lesson")
	}
}

func FuzzDecodeRecording(f *testing.F) {
	good, err := sampleRecording().Encode()
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add(reseal(`{"program":{"filename":"a.py"},"commands":[{"op":"step","n":1}]}`))
	files, _ := filepath.Glob("testdata/qrec/*.qrec")
	for _, p := range files {
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		r, err := DecodeRecording(data)
		if err != nil {
			var re *RecordingError
			if !errors.As(err, &re) {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		// What decodes re-encodes, and decodes to the same.
		b, err := r.Encode()
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		back, err := DecodeRecording(b)
		if err != nil {
			t.Fatalf("decode of re-encoding: %v", err)
		}
		if b2, _ := back.Encode(); !bytes.Equal(b2, b) {
			t.Fatalf("re-encoding differs")
		}
	})
}
