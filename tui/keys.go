package tui

import "charm.land/bubbles/v2/key"

// KeyMap holds every binding of the explorer; `?` shows them all.
type KeyMap struct {
	Step, Back, Over, Out, Continue, NextEvent, EventKind key.Binding
	GoTo, Breakpoint, Restart, Faster, Slower             key.Binding
	NextMoment, PrevMoment, Lessons, Record, Note         key.Binding
	NextPane, PrevPane, Help, Quit                        key.Binding
	// Pane keys, listed in the help; the focused pane handles them.
	Move, Page, Ends, Follow, History, Codes, Frames, Filter, Jump key.Binding
}

// DefaultKeys are the default bindings.
func DefaultKeys() KeyMap {
	b := func(help, desc string, keys ...string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Step:       b("s/space/→", "step one instruction", "s", "space", "right"),
		Back:       b("b/←", "step back", "b", "left"),
		Over:       b("o", "step over a call", "o"),
		Out:        b("u", "step out of this frame", "u"),
		Continue:   b("c", "continue / pause", "c"),
		NextEvent:  b("n", "run to the next event", "n"),
		EventKind:  b("N", "choose which event n seeks", "N"),
		GoTo:       b("g", "go to step…", "g"),
		Breakpoint: b("x", "toggle a breakpoint (line or instruction)", "x"),
		Restart:    b("R", "restart from step 0", "R"),
		Faster:     b("+", "run faster", "+", "="),
		Slower:     b("-", "run slower", "-"),
		NextMoment: b(">", "next moment of the lesson", ">"),
		PrevMoment: b("<", "previous moment of the lesson", "<"),
		Lessons:    b("L", "choose a lesson", "L"),
		Record:     b("r", "start / stop recording the session (.qrec)", "r"),
		Note:       b("a", "add a note at this step to the recording", "a"),
		NextPane:   b("tab", "next pane", "tab"),
		PrevPane:   b("shift+tab", "previous pane", "shift+tab"),
		Help:       b("?", "show / hide every key", "?"),
		Quit:       b("q", "quit", "q", "ctrl+c"),

		Move:    b("↑/↓ k/j", "move the cursor (focused pane)", "up", "down", "k", "j"),
		Page:    b("pgup/pgdn", "scroll a page", "pgup", "pgdown"),
		Ends:    b("home/end", "first / last row", "home", "end"),
		Follow:  b("esc/.", "follow the current instruction again", "esc", "."),
		History: b("h", "bytecode: history of the selected instruction", "h"),
		Codes:   b("[ ]", "bytecode: previous / next code object", "[", "]"),
		Frames:  b("{ }", "frame: select the caller / callee frame", "{", "}"),
		Filter:  b("f", "events: filter by kind", "f"),
		Jump:    b("enter", "events: go to the selected event's step", "enter"),
	}
}

// ShortHelp is the status line's hint: the main keys, in a word each.
func (k KeyMap) ShortHelp() []key.Binding {
	short := func(b key.Binding, k, desc string) key.Binding {
		b.SetHelp(k, desc)
		return b
	}
	return []key.Binding{
		short(k.Step, "s", "step"), short(k.Back, "b", "back"), short(k.Over, "o", "over"),
		short(k.Out, "u", "out"), short(k.Continue, "c", "run"), short(k.NextEvent, "n", "next event"),
		short(k.Breakpoint, "x", "break"), short(k.GoTo, "g", "go to"), short(k.NextPane, "tab", "pane"),
		short(k.Help, "?", "help"), short(k.Quit, "q", "quit"),
	}
}

// FullHelp is the help screen, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Step, k.Back, k.Over, k.Out, k.Continue, k.NextEvent, k.EventKind, k.GoTo},
		{k.Breakpoint, k.Restart, k.Faster, k.Slower, k.NextMoment, k.PrevMoment, k.Lessons, k.Record, k.Note, k.NextPane, k.PrevPane, k.Help, k.Quit},
		{k.Move, k.Page, k.Ends, k.Follow, k.History, k.Codes, k.Frames, k.Filter, k.Jump},
	}
}
