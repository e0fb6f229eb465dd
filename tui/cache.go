package tui

import (
	"strings"

	tea "charm.land/bubbletea/v2"
)

// cachePane decodes the inline cache of the inspected instruction.
type cachePane struct {
	c             *common
	width, height int
}

func newCachePane(c *common) *cachePane { return &cachePane{c: c} }

func (p *cachePane) Title() string              { return "Inline cache" }
func (p *cachePane) SetSize(width, height int)  { p.width, p.height = width, height }
func (p *cachePane) Update(msg tea.Msg) tea.Cmd { return nil }
func (p *cachePane) Refresh()                   {}
func (p *cachePane) View() string               { return strings.Repeat("\n", max(p.height-1, 0)) }

var (
	_ pane = (*cachePane)(nil)
	_ pane = (*bytecodePane)(nil)
)
