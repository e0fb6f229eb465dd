package tui

import (
	"image/color"

	"charm.land/lipgloss/v2"
)

// The theme uses the terminal's own 16 ANSI colours, so it stays legible
// on light and dark backgrounds alike (the terminal's palette is made for
// its background), and marks what matters with bold, reverse and
// underline too, so nothing is lost under NO_COLOR.

// Styles are every style the explorer draws with, built once from the
// theme.
type Styles struct {
	NoColor bool

	Border, BorderFocused lipgloss.Style
	Title, TitleFocused   lipgloss.Style
	Header, StatusBar     lipgloss.Style
	Dim, Bold             lipgloss.Style
	// Current marks the current line or instruction; Cursor the
	// selected row of a focused pane.
	Current, Cursor lipgloss.Style
	// Underline marks the columns of the current instruction.
	Underline lipgloss.Style
	// Changed highlights what this step changed; Flash a rewrite.
	Changed, Flash lipgloss.Style
	Error, Stderr  lipgloss.Style
	Breakpoint     lipgloss.Style
	Key            lipgloss.Style
	// Site styles an opcode by its state (indexed by SiteKind).
	Site [SiteQuick + 1]lipgloss.Style
	// Heat styles the heat gutter: specialized, adaptive.
	HeatSpecialized, HeatAdaptive lipgloss.Style
	// Event styles a timeline entry by kind.
	Event [EvVersion + 1]lipgloss.Style
	// Syntax maps syntax classes (syntaxKeys) to colours (nil under
	// NO_COLOR).
	Syntax map[string]color.Color
}

// ANSI palette indices.
var (
	red     = lipgloss.Color("1")
	green   = lipgloss.Color("2")
	yellow  = lipgloss.Color("3")
	blue    = lipgloss.Color("4")
	magenta = lipgloss.Color("5")
	cyan    = lipgloss.Color("6")
	grey    = lipgloss.Color("8")
)

// NewStyles builds the styles; noColor drops every colour (NO_COLOR).
func NewStyles(noColor bool) *Styles {
	fg := func(c color.Color) lipgloss.Style {
		if noColor {
			return lipgloss.NewStyle()
		}
		return lipgloss.NewStyle().Foreground(c)
	}
	s := &Styles{NoColor: noColor}
	s.Border = fg(grey).Border(lipgloss.RoundedBorder()).BorderForeground(grey)
	s.BorderFocused = fg(blue).Border(lipgloss.ThickBorder()).BorderForeground(blue)
	if noColor {
		s.Border = lipgloss.NewStyle().Border(lipgloss.RoundedBorder())
		s.BorderFocused = lipgloss.NewStyle().Border(lipgloss.ThickBorder())
	}
	s.Title = fg(grey)
	s.TitleFocused = fg(blue).Bold(true)
	s.Header = lipgloss.NewStyle().Bold(true)
	s.StatusBar = lipgloss.NewStyle().Reverse(true)
	s.Dim = fg(grey)
	if noColor {
		s.Dim = lipgloss.NewStyle().Faint(true)
	}
	s.Bold = lipgloss.NewStyle().Bold(true)
	s.Current = lipgloss.NewStyle().Bold(true).Reverse(true)
	s.Cursor = lipgloss.NewStyle().Underline(true)
	s.Underline = fg(yellow).Underline(true)
	s.Changed = fg(yellow).Bold(true)
	s.Flash = fg(magenta).Bold(true).Reverse(true)
	s.Error = fg(red).Bold(true)
	s.Stderr = fg(red)
	s.Breakpoint = fg(red).Bold(true)
	s.Key = fg(cyan).Bold(true)
	s.Site[SiteBase] = lipgloss.NewStyle()
	s.Site[SiteAdaptive] = fg(yellow)
	s.Site[SiteSpecialized] = fg(green).Bold(true)
	s.Site[SiteSuper] = fg(magenta).Bold(true)
	s.Site[SiteQuick] = fg(cyan)
	s.HeatSpecialized = fg(green)
	s.HeatAdaptive = fg(yellow)
	s.Event[EvQuicken] = fg(cyan)
	s.Event[EvSpecialize] = fg(green)
	s.Event[EvFailure] = fg(red)
	s.Event[EvMiss] = fg(yellow)
	s.Event[EvDeopt] = fg(magenta)
	s.Event[EvVersion] = fg(blue)
	if !noColor {
		s.Syntax = map[string]color.Color{
			"keyword": magenta, "name.builtin": cyan, "name.function": blue, "name.class": blue,
			"literal.string": green, "literal.number": yellow, "comment": grey, "operator": nil,
		}
	}
	return s
}
