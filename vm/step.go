package vm

// pause blocks the VM at an instruction boundary until the controller
// (Session) lets it run again. Without a controller it returns at once.
func (m *Machine) pause(f *Frame) {
	if m.ctl == nil {
		m.stopAt = -1
		return
	}
	m.FlushOutput()
	m.ctl.paused <- m.Steps()
	cmd := <-m.ctl.resume
	if cmd.close {
		panic(errClosedPanic)
	}
	m.stopAt = cmd.stopAt
}

type closedPanic struct{}

var errClosedPanic = &closedPanic{}

type control struct {
	paused chan int64
	resume chan resumeCmd
}

type resumeCmd struct {
	stopAt int64
	close  bool
}
