package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// bytecodePane shows a code object as dis.dis(adaptive=True) prints it.
type bytecodePane struct {
	c             *common
	width, height int
}

func newBytecodePane(c *common) *bytecodePane { return &bytecodePane{c: c} }

func (p *bytecodePane) Title() string              { return "Bytecode" }
func (p *bytecodePane) SetSize(width, height int)  { p.width, p.height = width, height }
func (p *bytecodePane) Update(msg tea.Msg) tea.Cmd { return nil }
func (p *bytecodePane) Refresh()                   {}
func (p *bytecodePane) View() string               { return strings.Repeat("\n", max(p.height-1, 0)) }

// CursorSite returns the selected instruction (code unit index).
func (p *bytecodePane) CursorSite() (codeID, offset int) { return 0, -1 }
