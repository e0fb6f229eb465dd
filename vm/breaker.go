package vm

import "sync/atomic"

// The eval loop counts instructions down in m.fuel and takes breaker
// before an instruction when it has run out: one branch and one
// decrement per instruction pay for stepping, instruction events,
// interrupts and collections.

const (
	// pollInterval bounds how many instructions run between checks of
	// the interrupt flag and pending collections.
	pollInterval = 1 << 12
)

// Steps returns the number of instructions executed so far.
func (m *Machine) Steps() int64 { return m.stepBase + (m.fuelBase - m.fuel) }

// requestBreak makes the eval loop take breaker before the next
// instruction. It may be called only from the VM's own goroutine.
func (m *Machine) requestBreak() {
	m.stepBase += m.fuelBase - m.fuel
	m.fuelBase, m.fuel = 0, 0
}

// Interrupt raises KeyboardInterrupt in the program at the next poll (as
// Ctrl-C does). Safe from any goroutine.
func (m *Machine) Interrupt() { atomic.StoreInt32(&m.interrupt, 1) }

// breaker runs between instructions, before the one at f.PC. It returns
// an exception to raise there, if any.
func (m *Machine) breaker(f *Frame) error {
	m.stepBase += m.fuelBase - m.fuel
	m.fuelBase, m.fuel = 0, 0

	if f.throwExc != Null {
		exc := f.throwExc
		f.throwExc = Null
		m.refuel()
		return &Raise{Exc: exc}
	}
	if m.heap.gcPending && m.heap.worthCollecting() || m.gcStress > 0 && m.nested > 0 {
		m.collect()
	}
	if atomic.SwapInt32(&m.interrupt, 0) != 0 {
		// The interrupt is raised at the instruction about to run.
		f.Lasti = f.PC
		m.refuel()
		return m.RaiseArgs(m.types.exceptions["KeyboardInterrupt"])
	}
	if m.stopAt >= 0 && m.Steps() >= m.stopAt || atomic.SwapInt32(&m.pauseReq, 0) != 0 ||
		m.stopFn != nil && m.Steps() > m.stopFrom && m.stopFn(f) {
		m.pause(f)
	}
	if m.listener != nil && m.listener.WantInstructions() {
		m.emitInstruction(f)
	}
	m.refuel()
	return nil
}

// refuel sets the quota of instructions to run before the next break.
func (m *Machine) refuel() {
	q := int64(pollInterval)
	if m.stopAt >= 0 {
		if left := m.stopAt - m.Steps(); left < q {
			q = left
		}
	}
	if m.gcStress > 0 && q > m.gcStress {
		q = m.gcStress
	}
	if q < 1 || m.stopFn != nil || m.listener != nil && m.listener.WantInstructions() {
		q = 1
	}
	m.fuelBase = q
	m.fuel = q
}
