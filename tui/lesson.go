package tui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/quicken-py/quicken/scenarios"
)

// Lesson is a lesson as the explorer shows it: its text and the step at
// which each of its moments happens (-1: never).
type Lesson struct {
	Lesson *scenarios.Lesson
	// Number and Of place it among the built-in lessons (0: not one).
	Number, Of int
	Steps      []int64
}

// Program is the program the lesson runs.
func (l *Lesson) Program() *Program {
	src, _ := l.Lesson.Program()
	title := l.Lesson.Title
	if l.Number > 0 {
		title = fmt.Sprintf("lesson %d/%d · %s", l.Number, l.Of, title)
	}
	return &Program{Title: title, Filename: l.Lesson.Filename(), Source: []byte(src)}
}

// current returns the index of the moment shown at step: the last one
// reached at or before it (-1: none yet).
func (l *Lesson) current(step int64) int {
	cur := -1
	for i, s := range l.Steps {
		if s >= 0 && s <= step && (cur < 0 || s >= l.Steps[cur]) {
			cur = i
		}
	}
	return cur
}

// next returns the step of the first moment after step (-1: none).
func (l *Lesson) next(step int64) int64 {
	best := int64(-1)
	for _, s := range l.Steps {
		if s > step && (best < 0 || s < best) {
			best = s
		}
	}
	return best
}

// prev returns the step of the last moment before step (-1: none).
func (l *Lesson) prev(step int64) int64 {
	best := int64(-1)
	for _, s := range l.Steps {
		if s >= 0 && s < step && s > best {
			best = s
		}
	}
	return best
}

// lessonPane shows the narration of the current moment.
type lessonPane struct {
	c             *common
	lesson        *Lesson
	width, height int
	scroll        int
}

func newLessonPane(c *common) *lessonPane { return &lessonPane{c: c} }

func (p *lessonPane) Title() string {
	if p.lesson == nil {
		return "Lesson"
	}
	l := p.lesson
	if i := l.current(p.c.snap.Step); i >= 0 {
		return fmt.Sprintf("Lesson · moment %d/%d · %s", i+1, len(l.Steps), l.Lesson.Moments[i].Selector.Text)
	}
	return "Lesson · " + l.Lesson.Title
}

func (p *lessonPane) SetSize(w, h int) { p.width, p.height = w, h }

func (p *lessonPane) Refresh() {}

func (p *lessonPane) Update(msg tea.Msg) tea.Cmd {
	if k, ok := msg.(tea.KeyPressMsg); ok {
		switch k.String() {
		case "up", "k":
			if p.scroll > 0 {
				p.scroll--
			}
		case "down", "j":
			p.scroll++
		}
	}
	return nil
}

func (p *lessonPane) View() string {
	lines := p.lines()
	if p.scroll > len(lines)-p.height {
		p.scroll = max(0, len(lines)-p.height)
	}
	lines = lines[min(p.scroll, len(lines)):]
	out := make([]string, p.height)
	for i := range out {
		if i < len(lines) {
			out[i] = ansi.Truncate(lines[i], p.width, "…")
		}
	}
	return strings.Join(out, "\n")
}

func (p *lessonPane) lines() []string {
	st := p.c.styles
	l := p.lesson
	if l == nil {
		return []string{st.Dim.Render("No lesson: exploring a program of your own.")}
	}
	step := p.c.snap.Step
	var text string
	if i := l.current(step); i >= 0 {
		text = l.Lesson.Moments[i].Narration
	} else {
		text = l.Lesson.Summary
	}
	var lines []string
	for _, para := range strings.Split(text, "\n\n") {
		lines = append(lines, wrap(para, p.width)...)
		lines = append(lines, "")
	}
	if n := l.next(step); n >= 0 {
		lines = append(lines, st.Dim.Render(fmt.Sprintf("next moment at step %d: press > to go there, < for the previous one", n)))
	} else {
		lines = append(lines, st.Dim.Render("this is the last moment of the lesson; < goes to the previous one"))
	}
	return lines
}

// wrap breaks text into lines of at most width cells, at spaces.
func wrap(text string, width int) []string {
	if width < 8 {
		width = 8
	}
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		switch {
		case line == "":
			line = w
		case ansi.StringWidth(line)+1+ansi.StringWidth(w) <= width:
			line += " " + w
		default:
			lines = append(lines, line)
			line = w
		}
	}
	if line != "" {
		lines = append(lines, line)
	}
	return lines
}
