package tui

import (
	"slices"
	"strings"
	"time"

	"github.com/quicken-py/quicken/specializer"
	"github.com/quicken-py/quicken/vm"
	"github.com/quicken-py/quicken/vm/bytecode"
)

// publish builds a snapshot of the run as it stands and hands it to the
// UI, replacing one it has not taken yet.
func (d *Driver) publish() {
	var snap *Snapshot
	d.guard(func() { snap = d.capture() })
	if snap == nil {
		snap = &Snapshot{Program: d.prog, State: Failed, Why: d.why, Internal: d.why}
	}
	d.lastPub = time.Now()
	d.mu.Lock()
	d.latest = snap
	d.mu.Unlock()
	select {
	case <-d.snaps:
	default:
	}
	d.snaps <- snap
}

// capture copies what the panes show out of the stopped VM.
func (d *Driver) capture() *Snapshot {
	d.seq++
	snap := &Snapshot{
		Seq: d.seq, Run: d.runs, State: d.state, Why: d.why, Program: d.prog,
		CompileErr: d.compileErr, Breakpoints: slices.Clone(d.bps), Speed: d.speed,
	}
	r := d.r
	if r == nil {
		return snap
	}
	snap.Step = r.steps
	snap.Exit = r.exit
	snap.Internal = r.failure
	snap.Output = r.out.output()
	snap.Events = r.events[:len(r.events):len(r.events)]
	snap.Deopts = r.counts[EvDeopt]
	m := r.m
	// Frames first: they may add code objects not nested in the module's
	// (exec'd code).
	if !r.done {
		for f, i := m.CurrentFrame(), 0; f != nil; f, i = f.Back, i+1 {
			snap.Frames = append(snap.Frames, r.frameState(f))
		}
	}
	for id, c := range r.codes {
		units := r.units[id]
		if !slices.Equal(units, c.Units) {
			units = slices.Clone(c.Units)
			r.units[id] = units
		}
		cs := &CodeState{ID: id, Code: c.Code, Units: units, Warmup: c.Warmup(), Quickened: c.Quickened()}
		snap.Codes = append(snap.Codes, cs)
		countSites(cs, snap)
	}
	snap.Site = d.captureSite(snap)
	snap.Object = d.captureObject(snap)
	return snap
}

// countSites adds c's instruction sites to the totals of specialized and
// adaptive sites. (The source pane keeps its per-line heat itself,
// incrementally.)
func countSites(c *CodeState, snap *Snapshot) {
	for i := 0; i < len(c.Units); {
		op := bytecode.Opcode(c.Units[i] & 0xff)
		switch KindOf(op) {
		case SiteSpecialized, SiteSuper:
			snap.Specialized++
		case SiteAdaptive:
			snap.Adaptive++
		}
		i += 1 + op.Base().Caches()
	}
}

// SiteKind is what an instruction's current form says of it, for
// colouring.
type SiteKind uint8

const (
	// SiteBase: the form the compiler emitted.
	SiteBase SiteKind = iota
	// SiteAdaptive: counting towards a specialization attempt.
	SiteAdaptive
	// SiteSpecialized: a specialized form with its guards.
	SiteSpecialized
	// SiteSuper: a superinstruction (two instructions in one).
	SiteSuper
	// SiteQuick: a *_QUICK form (the same work, no warm-up counting).
	SiteQuick
)

// KindOf classifies op.
func KindOf(op bytecode.Opcode) SiteKind {
	switch op.Kind() {
	case bytecode.Adaptive:
		return SiteAdaptive
	case bytecode.Super:
		return SiteSuper
	case bytecode.Specialized:
		if strings.HasSuffix(op.String(), "_QUICK") {
			return SiteQuick
		}
		return SiteSpecialized
	}
	return SiteBase
}

func (r *run) frameState(f *vm.Frame) FrameState {
	m := r.m
	c := f.Code
	fs := FrameState{CodeID: r.addCode(c), Name: c.QualName, PC: f.PC, Line: r.lineOf(c, f.PC)}
	for i, name := range c.Code.LocalsPlusNames {
		kind := "local"
		k := c.Code.LocalsPlusKinds[i]
		v := f.Vals[i]
		switch {
		case k&bytecode.FastFree != 0:
			kind = "free"
		case k&bytecode.FastCell != 0:
			kind = "cell"
		}
		if kind != "local" && v != vm.Null {
			if cell, ok := m.Object(v).(*vm.Cell); ok {
				v = cell.V
			}
		}
		fs.Locals = append(fs.Locals, Slot{Name: name, Kind: kind, Value: r.valueState(v)})
	}
	for _, v := range f.Stack() {
		fs.Stack = append(fs.Stack, r.valueState(v))
	}
	return fs
}

func (r *run) valueState(v vm.Value) ValueState {
	if v == vm.Null {
		return ValueState{Null: true, Repr: "NULL"}
	}
	return ValueState{Handle: v, Type: r.m.TypeOf(v).Name, Repr: r.m.SafeRepr(v, 60)}
}

// captureSite decodes the inspected instruction's cache.
func (d *Driver) captureSite(snap *Snapshot) *SiteState {
	r := d.r
	in := d.inspect
	codeID, at := in.CodeID, in.Offset
	if at < 0 {
		if len(snap.Frames) == 0 {
			return nil
		}
		codeID, at = snap.Frames[0].CodeID, snap.Frames[0].PC
	}
	if codeID < 0 || codeID >= len(r.codes) {
		return nil
	}
	c := r.codes[codeID]
	if at >= len(c.Units) {
		return nil
	}
	op := bytecode.Opcode(c.Units[at] & 0xff)
	return &SiteState{CodeID: codeID, Offset: at, Op: op, Entries: specializer.DescribeCache(r.m, c, at)}
}

// captureObject lays out the inspected value.
func (d *Driver) captureObject(snap *Snapshot) *ObjectState {
	ref := d.inspect.Value
	var label string
	var v ValueState
	found := false
	if ref.Auto {
		if len(snap.Frames) > 0 {
			if st := snap.Frames[0].Stack; len(st) > 0 {
				for i := len(st) - 1; i >= 0; i-- {
					if !st[i].Null {
						v, label, found = st[i], stackLabel(len(st)-1-i), true
						break
					}
				}
			}
		}
	} else if ref.Frame < len(snap.Frames) {
		f := snap.Frames[ref.Frame]
		if ref.Local && ref.Index < len(f.Locals) {
			v, label, found = f.Locals[ref.Index].Value, "local "+f.Locals[ref.Index].Name, true
		} else if !ref.Local && ref.Index < len(f.Stack) {
			v, label, found = f.Stack[len(f.Stack)-1-ref.Index], stackLabel(ref.Index), true
		}
	}
	if !found || v.Null {
		d.prevObject = nil
		return nil
	}
	m := d.r.m
	obj := &ObjectState{Label: label, Value: v, Layout: m.Layout(v.Handle)}
	if t := m.TypeOf(v.Handle); t != nil {
		obj.TypeVersion = t.VersionTag
	}
	if p := d.prevObject; p != nil && p.Value.Handle == v.Handle {
		old := map[string]string{}
		for _, f := range allFields(p.Layout) {
			old[f.Name] = f.Value
		}
		for _, f := range allFields(obj.Layout) {
			if was, ok := old[f.Name]; !ok || was != f.Value {
				if obj.Changed == nil {
					obj.Changed = map[string]bool{}
				}
				obj.Changed[f.Name] = true
			}
		}
	}
	d.prevObject = obj
	return obj
}

func stackLabel(fromTop int) string {
	if fromTop == 0 {
		return "top of stack"
	}
	return "stack[-" + itoa(fromTop+1) + "]"
}

func allFields(l vm.Layout) []vm.LayoutField {
	out := slices.Clone(l.Fields)
	for _, b := range l.Blocks {
		for _, f := range b.Fields {
			f.Name = b.Name + "." + f.Name
			out = append(out, f)
		}
	}
	return out
}
