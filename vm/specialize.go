package vm

import (
	"fmt"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// The specializing adaptive interpreter (PEP 659) as CPython 3.11 runs it,
// seen from the VM's side. The VM owns the mechanics every family shares:
// warm-up counting, the adaptive counters (deferral, backoff after a
// failed attempt, the 53-miss budget, deoptimisation back to the adaptive
// form with counter 501), the superinstructions and *_QUICK forms, and the
// specialized bodies with their guards (spec_*.go). A Specializer,
// attached with SetSpecializer, decides: it quickens a code object once
// warm, and chooses the form (and fills the inline cache) of an adaptive
// instruction whose counter ran out. With none attached the VM is CPython
// 3.11 with specialization off: code is never quickened.

// Specializer is what a specializer plugs into the VM with.
type Specializer interface {
	// Quicken rewrites c.Units in place, as _PyCode_Quicken: adaptive
	// forms, superinstructions and *_QUICK forms. The VM calls it once per
	// code object, when its warm-up count reaches zero.
	Quicken(c *Code)
	// Specialize is _Py_Specialize_*: the adaptive instruction at unit
	// index at of f's code (full oparg, EXTENDED_ARG folded in) is about
	// to run with its operands on f's stack. It rewrites the opcode at
	// at (a specialized form, or the base form for a permanent revert)
	// and fills the inline cache except the counter, or leaves the
	// adaptive form in place and reports why not.
	Specialize(m *Machine, f *Frame, at, oparg int) Attempt
	// ExplainMiss says, in a learner's words, which guard of the
	// specialized instruction at at fails on f's current operands (it
	// is asked before the miss is handled).
	ExplainMiss(m *Machine, f *Frame, at, oparg int) string
}

// Attempt is what a specialization attempt did.
type Attempt struct {
	// Fail is the failure kind (SPEC_FAIL_*) of a failed attempt, -1 if
	// the attempt failed without a kind (or succeeded).
	Fail int
	// FailName is the failure kind's name in CPython's specialize.c
	// (SPEC_FAIL_ATTR_PROPERTY), "" if none.
	FailName string
	// Reason explains the outcome: what was cached on success, why it
	// could not specialize on failure.
	Reason string
}

// Counter values of the adaptive instructions (CPython 3.11
// pycore_code.h): the low 4 bits of the counter word are a backoff
// exponent, the high 12 bits a count.
const (
	backoffBits = 4
	// counterStart is adaptive_counter_start(): written when a
	// specialized instruction deoptimises (31 deferrals, backoff 5).
	counterStart = 31<<backoffBits | 5
	// missStart is miss_counter_start(): the miss budget written after a
	// successful specialization.
	missStart  = 53
	maxBackoff = 12
	// warmupDelay is QUICKENING_WARMUP_DELAY.
	warmupDelay = 8
)

// counterBackoff is adaptive_counter_backoff: the counter after a failed
// attempt.
func counterBackoff(c uint16) uint16 {
	b := int(c&(1<<backoffBits-1)) + 1
	if b > maxBackoff {
		b = maxBackoff
	}
	return uint16((1<<b-1)<<backoffBits | b)
}

var (
	// opKind[o] is o's Kind; baseOf[o] its base; adaptiveOf[base] the
	// adaptive form of a family (0 if none).
	opKind     [256]op.Kind
	baseOf     [256]op.Opcode
	adaptiveOf [256]op.Opcode
)

func init() {
	for i := 0; i < 256; i++ {
		o := op.Opcode(i)
		if !o.Valid() {
			continue
		}
		opKind[i] = o.Kind()
		baseOf[i] = o.Base()
		if o.Kind() == op.Adaptive {
			adaptiveOf[o.Base()] = o
		}
	}
}

// specResult is what a specialized body did.
type specResult uint8

const (
	// specMiss: a guard failed; nothing was changed.
	specMiss specResult = iota
	// specHit: the instruction ran; f.PC and f.SP are updated.
	specHit
	// specEntered: the instruction pushed a Python frame (m.frame).
	specEntered
	// specError: the instruction raised (the error is returned).
	specError
)

// specBody runs a specialized instruction of frame f: f.PC is the index
// of its first cache unit, f.SP the stack as the instruction finds it.
// Guards come first and change nothing when they fail.
type specBody func(m *Machine, f *Frame, oparg int) (specResult, error)

// specBodies holds the specialized forms' bodies, by opcode (set by the
// spec_*.go files).
var specBodies [256]specBody

// SetSpecializer attaches s (nil: specialization off). It must be called
// before any code is loaded: code loaded without a specializer never
// warms up.
func (m *Machine) SetSpecializer(s Specializer) { m.spec = s }

// Specializing reports whether a specializer is attached.
func (m *Machine) Specializing() bool { return m.spec != nil }

// Warmup returns the code object's warm-up count: negative until it is
// quickened (-8 at creation, +1 per RESUME and JUMP_BACKWARD), 0 after.
// Code that runs without a specializer stays at 0 and is never quickened.
func (c *Code) Warmup() int { return int(c.warmup) }

// Quickened reports whether c has been quickened.
func (c *Code) Quickened() bool { return c.quickened }

// warm counts one warm-up event of f's code and quickens it at zero.
func (m *Machine) warm(f *Frame) {
	c := f.Code
	c.warmup++
	if c.warmup != 0 {
		return
	}
	old := append([]uint16(nil), c.Units...)
	m.spec.Quicken(c)
	c.quickened = true
	m.noteQuickened(f, old)
}

// specAttempt runs the specializer on the adaptive instruction at at
// (its counter has run out) and sets the counter from the outcome:
// the miss budget after a success, a longer backoff after a failure,
// untouched after a permanent revert to the base form.
func (m *Machine) specAttempt(f *Frame, at, oparg int) {
	units := f.Code.Units
	from := op.Opcode(units[at] & 0xff)
	a := m.spec.Specialize(m, f, at, oparg)
	to := op.Opcode(units[at] & 0xff)
	base := baseOf[from]
	r := Rewrite{Code: f.Code, Offset: at, From: from, To: to, Reason: a.Reason, FailKind: -1}
	switch opKind[to] {
	case op.Specialized:
		units[at+1] = missStart
		r.Kind = RewriteSpecialized
		if m.stats != nil {
			m.stats.at(f.Code, at, base).Success++
		}
	case op.Base:
		r.Kind = RewriteReverted
	default:
		units[at+1] = counterBackoff(units[at+1])
		r.Kind = RewriteFailed
		r.FailKind, r.FailName = a.Fail, a.FailName
		if m.stats != nil {
			s := m.stats.at(f.Code, at, base)
			s.Failure++
			if a.Fail >= 0 && a.Fail < len(s.FailureKinds) {
				s.FailureKinds[a.Fail]++
				m.stats.noteKindName(base, a.Fail, a.FailName)
			}
		}
	}
	r.Counter = units[at+1]
	m.noteRewrite(&r)
}

// specDeferred counts an adaptive instruction's counter down.
func (m *Machine) specDeferred(f *Frame, at int, base op.Opcode) {
	f.Code.Units[at+1] -= 1 << backoffBits
	if m.stats != nil {
		m.stats.at(f.Code, at, base).Deferred++
	}
}

// specMissed handles a miss of the specialized instruction at at: one
// off its budget, and at zero back to the adaptive form with counter 501.
// The caller then runs the base instruction.
func (m *Machine) specMissed(f *Frame, at, oparg int) {
	units := f.Code.Units
	from := op.Opcode(units[at] & 0xff)
	base := baseOf[from]
	var why string
	if m.listener != nil || m.keepHistory {
		why = m.spec.ExplainMiss(m, f, at, oparg)
	}
	units[at+1]--
	left := units[at+1]
	if m.stats != nil {
		s := m.stats.at(f.Code, at, base)
		s.Miss++
		if left == 0 {
			s.Deopt++
		}
	}
	r := Rewrite{Code: f.Code, Offset: at, From: from, To: from, Kind: RewriteMissed,
		Misses: missStart - int(left), Reason: why, FailKind: -1}
	if left == 0 {
		to := adaptiveOf[base]
		units[at] = units[at]&0xff00 | uint16(to)
		units[at+1] = counterStart
		r.To, r.Kind = to, RewriteDeopted
	}
	r.Counter = units[at+1]
	m.noteRewrite(&r)
}

// specHitStat counts a hit when statistics are kept.
func (m *Machine) specHitStat(f *Frame, at int, o op.Opcode) {
	if m.stats != nil {
		m.stats.at(f.Code, at, baseOf[o]).Hit++
	}
}

// RewriteKind says what happened at an instruction site.
type RewriteKind uint8

// Rewrite kinds.
const (
	// RewriteQuickened: the code object was quickened; the site took its
	// adaptive, super or quick form.
	RewriteQuickened RewriteKind = iota + 1
	// RewriteSpecialized: an adaptive instruction specialized.
	RewriteSpecialized
	// RewriteReverted: an adaptive instruction went back to its base
	// form for good (an operator or comparison 3.11 never specializes).
	RewriteReverted
	// RewriteFailed: a specialization attempt failed; the counter backs
	// off.
	RewriteFailed
	// RewriteMissed: a guard of a specialized instruction failed.
	RewriteMissed
	// RewriteDeopted: the miss budget ran out; the site is adaptive again.
	RewriteDeopted
)

// Rewrite is one thing that happened to an instruction site: a change of
// form with its reason, a failed attempt, or a miss.
type Rewrite struct {
	Kind     RewriteKind
	Step     int64 // Steps() when it happened, its instruction included
	Code     *Code
	Offset   int // code unit index of the site
	From, To op.Opcode
	// Counter is the counter word after the event.
	Counter uint16
	// Misses counts the misses since the last specialization (RewriteMissed,
	// RewriteDeopted).
	Misses int
	// FailKind and FailName are a failed attempt's kind (-1 if none).
	FailKind int
	FailName string
	Reason   string
}

// String describes the rewrite in a learner's words.
func (r *Rewrite) String() string {
	switch r.Kind {
	case RewriteQuickened:
		return fmt.Sprintf("%s → %s (%s)", r.From, r.To, r.Reason)
	case RewriteSpecialized:
		return fmt.Sprintf("%s → %s (%s)", r.From, r.To, r.Reason)
	case RewriteReverted:
		return fmt.Sprintf("%s → %s for good (%s)", r.From, r.To, r.Reason)
	case RewriteFailed:
		s := fmt.Sprintf("specialization failed: %s", r.Reason)
		if r.FailName != "" {
			s += " (" + r.FailName + ")"
		}
		// The attempt's own execution then counts one deferral, so the
		// next attempt comes Counter>>4 executions later.
		return s + fmt.Sprintf(", backoff: next attempt in %d executions", int(r.Counter>>backoffBits))
	case RewriteMissed:
		return fmt.Sprintf("%s miss %d/%d: %s", r.From, r.Misses, missStart, r.Reason)
	case RewriteDeopted:
		return fmt.Sprintf("%s miss %d/%d: %s → back to %s, backoff %d", r.From, r.Misses, missStart, r.Reason, r.To, counterStart)
	}
	return "?"
}

// noteRewrite publishes r (EvRewrite) and keeps it in the site's history.
func (m *Machine) noteRewrite(r *Rewrite) {
	if m.listener == nil && !m.keepHistory {
		return
	}
	r.Step = m.Steps()
	if m.keepHistory && r.Kind != RewriteMissed {
		c := r.Code
		if c.history == nil {
			c.history = map[int][]Rewrite{}
		}
		c.history[r.Offset] = append(c.history[r.Offset], *r)
	}
	if m.listener != nil {
		m.listener.Event(&Event{Kind: EvRewrite, Step: r.Step, Code: r.Code, Offset: r.Offset,
			Opcode: uint8(r.To), Rewrite: r})
	}
}

// noteQuickened publishes the quickening of f's code: one EvQuicken, then
// a Rewrite per site that changed.
func (m *Machine) noteQuickened(f *Frame, old []uint16) {
	if m.listener == nil && !m.keepHistory {
		return
	}
	c := f.Code
	m.emit(Event{Kind: EvQuicken, Code: c})
	for i := 0; i < len(old); {
		from, to := op.Opcode(old[i]&0xff), op.Opcode(c.Units[i]&0xff)
		if from != to {
			m.noteRewrite(&Rewrite{Kind: RewriteQuickened, Code: c, Offset: i, From: from, To: to,
				Counter: cacheWord(c.Units, i), FailKind: -1,
				Reason: fmt.Sprintf("quickened: code warmed up after %d RESUME/JUMP_BACKWARD", warmupDelay)})
		}
		i += 1 + int(cacheCount[from])
	}
}

func cacheWord(units []uint16, at int) uint16 {
	if cacheCount[units[at]&0xff] > 0 {
		return units[at+1]
	}
	return 0
}

// KeepHistory makes the VM keep every site's history of rewrites
// (SiteHistory). The explorer turns it on; it costs memory per rewrite.
func (m *Machine) KeepHistory(on bool) { m.keepHistory = on }

// SiteHistory returns what happened to the instruction at code unit index
// at of c, oldest first (with KeepHistory on): every form it took, when
// and why, and each failed attempt. Misses are events only.
func (c *Code) SiteHistory(at int) []Rewrite { return c.history[at] }

// MainGlobals returns the __main__ module's namespace (nil before
// RunMain).
func (m *Machine) MainGlobals() *Dict {
	if m.main == nil {
		return nil
	}
	return m.main.Dict
}

// WrappedCallable returns the function a staticmethod or classmethod
// object wraps (__func__); ok is false for anything else.
func (m *Machine) WrappedCallable(v Value) (fn Value, ok bool) {
	if w, isW := m.obj0(v).(*callableWrapper); isW {
		return w.Callable, true
	}
	return Null, false
}

// read32 and readValue read a cache field written by the specializer: a
// 32-bit field is two units, low first; a cached object is four (its
// handle, low first).
func read32(units []uint16, i int) uint32 { return uint32(units[i]) | uint32(units[i+1])<<16 }

func readValue(units []uint16, i int) Value {
	return Value(uint64(units[i]) | uint64(units[i+1])<<16 | uint64(units[i+2])<<32 | uint64(units[i+3])<<48)
}
