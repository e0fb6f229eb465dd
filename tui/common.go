package tui

import tea "charm.land/bubbletea/v2"

// common is what every pane shares: styles, the newest snapshot and the
// user's selection. The root model owns it; panes read it.
type common struct {
	styles *Styles
	snap   *Snapshot
	sel    *Selection
}

// Selection is what the user is looking at, beyond what the VM is doing.
type Selection struct {
	// CodeID is the code object the bytecode pane shows; Follow makes it
	// follow the innermost frame (the default).
	CodeID int
	Follow bool
	// Site is the selected instruction (code unit index in CodeID), -1
	// for the current one.
	Site int
	// Value is the value whose layout is shown.
	Value ValueRef
	// Frame is the selected frame of the call stack (0 innermost).
	Frame int
	// EventFilter limits the timeline to one kind (0: all).
	EventFilter EventKind
}

// pane is one box of the screen. The root model draws its border and
// title; the pane fills the inside.
type pane interface {
	// Title is the text in the pane's top border.
	Title() string
	// SetSize gives the inside's size in cells.
	SetSize(width, height int)
	// View renders the inside: height lines, none wider than width.
	View() string
	// Update handles a key or mouse message while the pane has the
	// focus; the command it returns may carry one of the selection
	// messages below.
	Update(msg tea.Msg) tea.Cmd
	// Refresh is called when a new snapshot or selection arrives.
	Refresh()
}

// Messages panes send to the root model.
type (
	// SelectSiteMsg selects an instruction site (Offset -1: follow the
	// current instruction).
	SelectSiteMsg struct{ CodeID, Offset int }
	// SelectValueMsg selects the value whose layout is shown.
	SelectValueMsg struct{ Ref ValueRef }
	// ShowCodeMsg shows a code object in the bytecode pane (Follow:
	// follow the current frame again).
	ShowCodeMsg struct {
		CodeID int
		Follow bool
	}
	// GoToStepMsg moves the run to a step (from the timeline).
	GoToStepMsg struct{ Step int64 }
	// ToggleBreakpointMsg sets or clears a breakpoint.
	ToggleBreakpointMsg struct{ Breakpoint Breakpoint }
)

// msgCmd wraps a message in a command.
func msgCmd(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// keyOf returns the key a list-like pane reacts to: a key press as its
// name, the mouse wheel as "up" or "down"; ok is false for other messages.
func keyOf(msg tea.Msg) (key string, ok bool) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return msg.String(), true
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelUp:
			return "up", true
		case tea.MouseWheelDown:
			return "down", true
		}
		return "", true
	}
	return "", false
}
