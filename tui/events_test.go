package tui

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// endedDefault runs the default program to its end.
func endedDefault(t testing.TB) (*Driver, *Snapshot) {
	d := newTestDriver(t, defaultProgram(t))
	d.Continue()
	s := d.Wait()
	if s.State != Ended || len(s.Events) == 0 {
		t.Fatalf("state %v, %d events", s.State, len(s.Events))
	}
	return d, s
}

func countKind(evs []Event, k EventKind) int {
	n := 0
	for _, e := range evs {
		if k == 0 || e.Kind == k {
			n++
		}
	}
	return n
}

func TestEventsPaneGoldens(t *testing.T) {
	_, s := endedDefault(t)
	checkPaneGoldens(t, "events_all", newEventsPane(paneCommon(s)))
	// The misses of BINARY_OP_MULTIPLY_INT on floats, the cursor on the
	// third newest.
	c := paneCommon(s)
	c.sel.EventFilter = EvMiss
	p := newEventsPane(c)
	p.SetSize(76, 8)
	p.Refresh()
	for _, k := range []string{"down", "down", "down"} {
		p.Update(paneKey(k))
	}
	checkGolden(t, "events_miss_76x8", "── "+p.Title()+" ──\n"+paneView(t, p, 76, 8)+"\n")
}

// f cycles the filter through every kind and back to all; the title
// counts what passes.
func TestEventsPaneFilter(t *testing.T) {
	_, s := endedDefault(t)
	c := paneCommon(s)
	p := newEventsPane(c)
	p.SetSize(76, 8)
	p.Refresh()
	if want := "Events · " + itoa(len(s.Events)); p.Title() != want {
		t.Errorf("title %q, want %q", p.Title(), want)
	}
	for _, k := range append(EventKinds, 0) {
		if cmd := p.Update(paneKey("f")); cmd != nil {
			t.Errorf("f sends %v", paneMsgs(cmd))
		}
		if c.sel.EventFilter != k {
			t.Fatalf("filter %v, want %v", c.sel.EventFilter, k)
		}
		want := "Events · " + itoa(countKind(s.Events, k))
		if k != 0 {
			want += " (" + k.String() + ")"
		}
		if p.Title() != want {
			t.Errorf("title %q, want %q", p.Title(), want)
		}
		// Every row shown is of the kind.
		for _, l := range strings.Split(ansi.Strip(p.View()), "\n") {
			if f := strings.Fields(l); k != 0 && len(f) > 1 && f[1] != k.String() {
				t.Errorf("filter %v shows %q", k, l)
			}
		}
	}
}

func TestEventsPaneCursor(t *testing.T) {
	_, s := endedDefault(t)
	c := paneCommon(s)
	p := newEventsPane(c)
	p.SetSize(76, 8)
	p.Refresh()
	// No cursor yet: enter does nothing, the newest is on top.
	if cmd := p.Update(paneKey("enter")); cmd != nil {
		t.Errorf("enter without a cursor: %v", paneMsgs(cmd))
	}
	n := len(s.Events)
	rows := []struct {
		key string
		row int // from the newest
	}{
		{"down", 0}, {"j", 1}, {"down", 2}, {"up", 1}, {"k", 0}, {"up", 0},
		{"pgdown", 7}, {"end", n - 1}, {"down", n - 1}, {"pgup", n - 8}, {"home", 0},
	}
	for _, r := range rows {
		p.Update(paneKey(r.key))
		msgs := paneMsgs(p.Update(paneKey("enter")))
		want := GoToStepMsg{Step: s.Events[n-1-r.row].Step}
		if len(msgs) != 1 || msgs[0] != want {
			t.Fatalf("%s: %v, want %v", r.key, msgs, want)
		}
		v := strings.Split(ansi.Strip(p.View()), "\n")
		marked := 0
		for _, l := range v {
			if strings.HasPrefix(l, "▸") {
				marked++
			}
		}
		if marked != 1 {
			t.Errorf("%s: %d rows marked:\n%s", r.key, marked, strings.Join(v, "\n"))
		}
	}
	// esc follows the newest again.
	p.Update(paneKey("esc"))
	if cmd := p.Update(paneKey("enter")); cmd != nil || strings.Contains(ansi.Strip(p.View()), "▸") {
		t.Errorf("esc kept a cursor")
	}
}

// Enter on a rewrite lands just after the instruction that made it: the
// site shows its new form and the frame stands past it; a step earlier
// the site is about to run in its old form.
func TestEventsPaneGoToRewrite(t *testing.T) {
	d, s := endedDefault(t)
	c := paneCommon(s)
	c.sel.EventFilter = EvSpecialize
	p := newEventsPane(c)
	p.SetSize(76, 8)
	p.Refresh()
	var ev *Event
	var msgs []tea.Msg
	for i := 0; i < countKind(s.Events, EvSpecialize); i++ {
		p.Update(paneKey("down"))
		if e := p.event(p.cursor); e.Rewrite != nil && e.Rewrite.To == bytecode.BINARY_OP_MULTIPLY_FLOAT {
			ev, msgs = e, paneMsgs(p.Update(paneKey("enter")))
			break
		}
	}
	if ev == nil {
		t.Fatal("no rewrite to BINARY_OP_MULTIPLY_FLOAT")
	}
	msg, ok := msgs[0].(GoToStepMsg)
	if !ok || msg.Step != ev.Step {
		t.Fatalf("enter on the event of step %d: %v", ev.Step, msgs)
	}
	d.GoTo(msg.Step)
	s = d.Wait()
	if f := s.Frames[0]; s.Step != msg.Step || opAt(s, "mul", 3) != bytecode.BINARY_OP_MULTIPLY_FLOAT || f.Name != "mul" || f.PC != 5 {
		t.Errorf("at step %d: %v, %s at %d", s.Step, opAt(s, "mul", 3), f.Name, f.PC)
	}
	d.GoTo(msg.Step - 1)
	s = d.Wait()
	if f := s.Frames[0]; opAt(s, "mul", 3) != bytecode.BINARY_OP_ADAPTIVE || f.Name != "mul" || f.PC != 3 {
		t.Errorf("a step earlier (%d): %v, %s at %d", s.Step, opAt(s, "mul", 3), f.Name, f.PC)
	}
}

// The filtered index grows with the timeline and starts over with a new
// run.
func TestEventsPaneIncremental(t *testing.T) {
	d := newTestDriver(t, defaultProgram(t))
	d.Step(1000)
	mid := d.Wait()
	d.Continue()
	end := d.Wait()
	if len(mid.Events) == 0 || len(mid.Events) >= len(end.Events) || mid.Run != end.Run {
		t.Fatalf("events %d then %d", len(mid.Events), len(end.Events))
	}
	c := paneCommon(mid)
	c.sel.EventFilter = EvMiss
	p := newEventsPane(c)
	p.SetSize(76, 8)
	p.Refresh()
	if p.count() != countKind(mid.Events, EvMiss) || p.seen != len(mid.Events) {
		t.Fatalf("mid: %d misses, seen %d", p.count(), p.seen)
	}
	c.snap = end
	p.Refresh()
	if p.count() != countKind(end.Events, EvMiss) || p.seen != len(end.Events) {
		t.Fatalf("end: %d misses, seen %d", p.count(), p.seen)
	}
	for _, i := range p.idx {
		if end.Events[i].Kind != EvMiss {
			t.Fatalf("index holds a %v", end.Events[i].Kind)
		}
	}
	// Back a step: a new run, whose timeline is rebuilt from its start.
	d.GoTo(1000)
	again := d.Wait()
	if again.Run == end.Run {
		t.Fatalf("same run %d", again.Run)
	}
	p.Update(paneKey("down"))
	c.snap = again
	p.Refresh()
	if p.count() != countKind(again.Events, EvMiss) || !p.follow {
		t.Errorf("new run: %d misses (want %d), follow %v", p.count(), countKind(again.Events, EvMiss), p.follow)
	}
}

// manyEvents makes a timeline of n events from the default program's.
func manyEvents(b testing.TB, n int) *Snapshot {
	_, s := endedDefault(b)
	big := *s
	big.Events = make([]Event, 0, n)
	for len(big.Events) < n {
		for _, e := range s.Events {
			if len(big.Events) == n {
				break
			}
			e.Step += int64(len(big.Events)) * 10
			big.Events = append(big.Events, e)
		}
	}
	return &big
}

// BenchmarkEventsView renders the timeline of 100,000 events, all and
// filtered, with the cursor deep in it.
func BenchmarkEventsView(b *testing.B) {
	s := manyEvents(b, 100_000)
	for _, f := range []EventKind{0, EvMiss} {
		b.Run(map[EventKind]string{0: "all", EvMiss: "miss"}[f], func(b *testing.B) {
			c := paneCommon(s)
			c.sel.EventFilter = f
			p := newEventsPane(c)
			p.SetSize(74, 18)
			p.Refresh()
			p.Update(paneKey("end"))
			p.Update(paneKey("pgup"))
			b.ResetTimer()
			for b.Loop() {
				p.Refresh()
				_ = p.View()
			}
		})
	}
}

// The pane does not rescan the timeline per view.
func TestEventsPaneManyEvents(t *testing.T) {
	s := manyEvents(t, 100_000)
	c := paneCommon(s)
	c.sel.EventFilter = EvMiss
	p := newEventsPane(c)
	v := paneView(t, p, 74, 18)
	if !strings.Contains(p.Title(), itoa(countKind(s.Events, EvMiss))) || v == "" {
		t.Errorf("title %q", p.Title())
	}
	// Its speed is BenchmarkEventsView's business.
}
