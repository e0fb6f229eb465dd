package vm

// SafeRepr describes v in at most max runes without running Python code:
// what the explorer shows for a value while the program is stopped.
func (m *Machine) SafeRepr(v Value, max int) string {
	s := m.shortRepr(v)
	if r := []rune(s); len(r) > max {
		s = string(r[:max-1]) + "…"
	}
	return s
}
