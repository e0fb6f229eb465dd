package vm

// Placeholders for parts of the runtime that their own files replace:
// the file that implements one deletes it here.

func (m *Machine) notYet(what string) error {
	return m.Raisef(m.types.exceptions["SystemError"], "not implemented yet: %s", what)
}
