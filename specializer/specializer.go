// Package specializer is CPython 3.11's specializing adaptive interpreter
// (PEP 659) as a plug-in of the VM: it quickens code objects once warm
// and, when an adaptive instruction's counter runs out, chooses its
// specialized form from the operands at hand and fills its inline cache,
// or reports why it cannot (CPython's failure kinds). The VM runs the
// forms it installs and handles counters, misses and deoptimisation
// (vm/specialize.go). One file per family.
package specializer

import (
	"fmt"

	"github.com/quicken-py/quicken/vm"
	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Specializer implements vm.Specializer.
type Specializer struct{}

// New returns a specializer to attach with vm.Machine.SetSpecializer.
func New() *Specializer { return &Specializer{} }

// Attach attaches a new specializer to m.
func Attach(m *vm.Machine) { m.SetSpecializer(New()) }

// family is what a family file registers: how to specialize its adaptive
// instruction, and how to explain a miss of one of its specialized forms.
type family struct {
	specialize func(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt
	explain    func(m *vm.Machine, f *vm.Frame, at, oparg int) string
}

// families holds the registered families by base opcode.
var families [256]*family

func register(base op.Opcode, fam *family) { families[base] = fam }

// Quicken implements vm.Specializer.
func (*Specializer) Quicken(c *vm.Code) { Quicken(c.Units) }

// Specialize implements vm.Specializer.
func (*Specializer) Specialize(m *vm.Machine, f *vm.Frame, at, oparg int) vm.Attempt {
	o := op.Opcode(f.Code.Units[at] & 0xff)
	fam := families[o.Base()]
	if fam == nil {
		return fail(-1, "", "%s is not specialized yet", o.Base())
	}
	return fam.specialize(m, f, at, oparg)
}

// ExplainMiss implements vm.Specializer.
func (*Specializer) ExplainMiss(m *vm.Machine, f *vm.Frame, at, oparg int) string {
	o := op.Opcode(f.Code.Units[at] & 0xff)
	if fam := families[o.Base()]; fam != nil && fam.explain != nil {
		return fam.explain(m, f, at, oparg)
	}
	return "a guard failed"
}

// success is a successful attempt's report.
func success(reason string, args ...any) vm.Attempt {
	return vm.Attempt{Fail: -1, Reason: fmt.Sprintf(reason, args...)}
}

// fail is a failed attempt's report: kind is the SPEC_FAIL_* number of
// the family (-1: none), name its name in specialize.c.
func fail(kind int, name, reason string, args ...any) vm.Attempt {
	return vm.Attempt{Fail: kind, FailName: name, Reason: fmt.Sprintf(reason, args...)}
}

// rewrite sets the opcode of the instruction at at, keeping its oparg.
func rewrite(units []uint16, at int, o op.Opcode) {
	units[at] = units[at]&0xff00 | uint16(o)
}

// write16, write32 and writeValue store a cache field of the instruction
// at at: off is the field's position among the instruction's cache units,
// counting the counter as unit 0 (LOAD_ATTR's version is at 1, its index
// at 3). 32-bit fields take two units, low first; a cached object takes
// four (its handle, low first), as CPython stores a pointer.
func write16(units []uint16, at, off int, v uint16) { units[at+1+off] = v }

func write32(units []uint16, at, off int, v uint32) {
	units[at+1+off] = uint16(v)
	units[at+2+off] = uint16(v >> 16)
}

func writeValue(units []uint16, at, off int, v vm.Value) {
	for i := 0; i < 4; i++ {
		units[at+1+off+i] = uint16(uint64(v) >> (16 * i))
	}
}

// stackTop returns the i-th value from the top of f's stack (0: TOS).
func stackTop(f *vm.Frame, i int) vm.Value { return f.Vals[f.SP-1-i] }
