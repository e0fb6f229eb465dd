package vm

import (
	"sort"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Specialization statistics, as a CPython built with --enable-pystats
// gathers them (per family: success, failure, hit, miss, deferred, deopt,
// failure kinds; executions per opcode), plus what CPython cannot give:
// the same counters per instruction site.

// FailureKinds is SPECIALIZATION_FAILURE_KINDS.
const FailureKinds = 30

// FamilyStats are the specialization counters of a family or a site.
type FamilyStats struct {
	Success, Failure, Hit, Miss, Deferred, Deopt int64
	FailureKinds                                 [FailureKinds]int64
}

func (s *FamilyStats) add(o *FamilyStats) {
	s.Success += o.Success
	s.Failure += o.Failure
	s.Hit += o.Hit
	s.Miss += o.Miss
	s.Deferred += o.Deferred
	s.Deopt += o.Deopt
	for i := range s.FailureKinds {
		s.FailureKinds[i] += o.FailureKinds[i]
	}
}

type siteKey struct {
	code *Code
	at   int
}

// SpecStats collects statistics while a program runs (EnableStats).
type SpecStats struct {
	sites map[siteKey]*FamilyStats
	// keys lists the sites in the order first counted (no map order
	// leaks out).
	keys []siteKey
	base map[siteKey]op.Opcode
	// Executions counts instructions executed, by opcode as executed
	// (specialized and super forms separately; a deferred or missed
	// instruction's base body is not counted again).
	Executions [256]int64
	kindNames  map[[2]int]string
}

// EnableStats makes the VM count specialization statistics from now on.
// Counting makes every instruction take the VM's slow path.
func (m *Machine) EnableStats() *SpecStats {
	if m.stats == nil {
		m.stats = &SpecStats{sites: map[siteKey]*FamilyStats{}, base: map[siteKey]op.Opcode{},
			kindNames: map[[2]int]string{}}
	}
	return m.stats
}

// Stats returns the statistics being collected (nil if off).
func (m *Machine) Stats() *SpecStats { return m.stats }

func (s *SpecStats) at(c *Code, at int, base op.Opcode) *FamilyStats {
	k := siteKey{c, at}
	if p := s.sites[k]; p != nil {
		return p
	}
	p := &FamilyStats{}
	s.sites[k] = p
	s.keys = append(s.keys, k)
	s.base[k] = base
	return p
}

func (s *SpecStats) noteKindName(base op.Opcode, kind int, name string) {
	if name != "" {
		s.kindNames[[2]int{int(base), kind}] = name
	}
}

// KindName returns the name of failure kind k of base's family as the
// specializer reported it ("" if never seen).
func (s *SpecStats) KindName(base op.Opcode, k int) string {
	return s.kindNames[[2]int{int(base), k}]
}

// Family returns the counters of base's family, summed over its sites.
func (s *SpecStats) Family(base op.Opcode) FamilyStats {
	var t FamilyStats
	for _, k := range s.keys {
		if s.base[k] == base {
			t.add(s.sites[k])
		}
	}
	return t
}

// SiteStats are one instruction site's counters.
type SiteStats struct {
	Code   *Code
	Offset int // code unit index
	Line   int
	Base   op.Opcode
	FamilyStats
}

// Sites returns every site counted, by file name, then line, then offset.
func (s *SpecStats) Sites() []SiteStats {
	out := make([]SiteStats, 0, len(s.keys))
	for _, k := range s.keys {
		out = append(out, SiteStats{Code: k.code, Offset: k.at, Line: k.code.LineAt(k.at),
			Base: s.base[k], FamilyStats: *s.sites[k]})
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Code.Filename != b.Code.Filename {
			return a.Code.Filename < b.Code.Filename
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Code != b.Code {
			return a.Code.FirstLineNo < b.Code.FirstLineNo
		}
		return a.Offset < b.Offset
	})
	return out
}
