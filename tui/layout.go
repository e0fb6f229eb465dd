package tui

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// The panes, in focus order.
const (
	paneSource = iota
	paneBytecode
	paneCache
	paneFrame
	paneObject
	paneEvents
	paneOutput
	paneLesson
	numPanes
)

// slotPanes are the panes that share one box in the compact layout (the
// lesson pane joins them when a lesson is open).
var slotPanes = []int{paneCache, paneFrame, paneObject, paneEvents, paneOutput}

// Short names of the folded panes, for the compact layout's tab bar.
var slotNames = map[int]string{paneCache: "Cache", paneFrame: "Frame", paneObject: "Layout", paneEvents: "Events", paneOutput: "Output", paneLesson: "Lesson"}

// rect is a box on the screen, border included.
type rect struct{ x, y, w, h int }

func (r rect) contains(x, y int) bool { return x >= r.x && x < r.x+r.w && y >= r.y && y < r.y+r.h }

// layoutPlan places the panes for one screen size. The wide layout shows
// every pane at once (three columns over two rows, the output below); the
// compact one, from 80×24, shows source and bytecode side by side over one
// box whose tabs hold the other panes: nothing is lost, only folded.
type layoutPlan struct {
	width, height int
	wide          bool
	rects         [numPanes]rect // w == 0: folded into the slot
	slot          rect
}

// Wide layout thresholds.
const wideWidth, wideHeight = 150, 36

func planLayout(w, h int, lesson bool) layoutPlan {
	p := layoutPlan{width: w, height: h}
	body := h - 2 // header and status lines
	if body < 6 {
		body = 6
	}
	top := 1
	if w >= wideWidth && h >= wideHeight {
		p.wide = true
		out := body / 6
		if out < 5 {
			out = 5
		}
		if lesson && out < 8 {
			out = 8
		}
		row1 := (body - out) * 11 / 20
		row2 := body - out - row1
		c1 := w * 36 / 100
		c2 := w * 34 / 100
		c3 := w - c1 - c2
		p.rects[paneSource] = rect{0, top, c1, row1}
		p.rects[paneBytecode] = rect{c1, top, c2, row1}
		p.rects[paneCache] = rect{c1 + c2, top, c3, row1}
		d1, d2 := w/3, w/3
		p.rects[paneFrame] = rect{0, top + row1, d1, row2}
		p.rects[paneObject] = rect{d1, top + row1, d2, row2}
		p.rects[paneEvents] = rect{d1 + d2, top + row1, w - d1 - d2, row2}
		p.rects[paneOutput] = rect{0, top + row1 + row2, w, out}
		if lesson {
			l := w * 60 / 100
			p.rects[paneLesson] = rect{0, top + row1 + row2, l, out}
			p.rects[paneOutput] = rect{l, top + row1 + row2, w - l, out}
		}
		return p
	}
	row1 := body * 11 / 20
	c1 := w / 2
	p.rects[paneSource] = rect{0, top, c1, row1}
	p.rects[paneBytecode] = rect{c1, top, w - c1, row1}
	p.slot = rect{0, top + row1, w, body - row1}
	return p
}

// box draws a pane's border around its inside lines, the title in the
// top border.
func box(title string, lines []string, w, h int, focused bool, s *Styles) []string {
	border := s.Border
	titleStyle := s.Title
	tl, tr, bl, br, hz, vt := "╭", "╮", "╰", "╯", "─", "│"
	if focused {
		border = s.BorderFocused
		titleStyle = s.TitleFocused
		tl, tr, bl, br, hz, vt = "┏", "┓", "┗", "┛", "━", "┃"
	}
	bs := border.UnsetBorderStyle().UnsetPadding()
	inner := w - 2
	if inner < 1 || h < 2 {
		return nil
	}
	out := make([]string, 0, h)
	t := ansi.Truncate(" "+title+" ", inner-1, "…")
	fill := inner - 1 - ansi.StringWidth(t)
	if fill < 0 {
		fill = 0
	}
	out = append(out, bs.Render(tl+hz)+titleStyle.Render(t)+bs.Render(strings.Repeat(hz, fill)+tr))
	left, right := bs.Render(vt), bs.Render(vt)
	for i := 0; i < h-2; i++ {
		line := ""
		if i < len(lines) {
			line = lines[i]
		}
		lw := ansi.StringWidth(line)
		if lw > inner {
			line = ansi.Truncate(line, inner, "")
			lw = ansi.StringWidth(line)
		}
		out = append(out, left+line+strings.Repeat(" ", inner-lw)+right)
	}
	out = append(out, bs.Render(bl+strings.Repeat(hz, inner)+br))
	return out
}
