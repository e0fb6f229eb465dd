package tui

import (
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// picker is the lesson chooser: the built-in lessons, one per line, with
// their summaries.
type picker struct {
	cursor int
}

func (m *Model) openPicker() {
	p := &picker{}
	if m.lesson != nil {
		for i, l := range m.opts.Lessons {
			if l.Lesson.Name == m.lesson.Lesson.Name {
				p.cursor = i
			}
		}
	}
	m.picker = p
}

func (m *Model) pickerKey(msg tea.KeyPressMsg) tea.Cmd {
	p := m.picker
	switch msg.String() {
	case "up", "k":
		if p.cursor > 0 {
			p.cursor--
		}
	case "down", "j":
		if p.cursor < len(m.opts.Lessons)-1 {
			p.cursor++
		}
	case "home":
		p.cursor = 0
	case "end":
		p.cursor = len(m.opts.Lessons) - 1
	case "enter":
		l := m.opts.Lessons[p.cursor]
		m.picker = nil
		if m.lesson == nil || m.lesson.Lesson.Name != l.Lesson.Name {
			m.openLesson(l)
			return m.waitSnapshot()
		}
	case "esc":
		m.picker = nil
	case "q", "ctrl+c":
		return tea.Quit
	}
	return nil
}

func (m *Model) pickerLines(w, h int) []string {
	st := m.c.styles
	lines := []string{
		st.Bold.Render(" Lessons") + st.Dim.Render(" · ↑/↓ choose · enter open · esc keep the current one · q quit"),
		"",
	}
	rows := h - len(lines)
	start := 0
	if per := 3; m.picker.cursor*per >= rows {
		start = m.picker.cursor - rows/per + 1
	}
	for i := start; i < len(m.opts.Lessons) && len(lines)+2 <= h; i++ {
		l := m.opts.Lessons[i]
		mark := "  "
		title := fmt.Sprintf("%2d  %s", l.Number, l.Lesson.Title)
		if i == m.picker.cursor {
			mark = "▶ "
			title = st.Current.Render(title)
		}
		lines = append(lines, " "+mark+title)
		lines = append(lines, "       "+st.Dim.Render(ansi.Truncate(l.Lesson.Summary, w-8, "…")), "")
	}
	return lines
}
