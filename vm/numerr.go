package vm

import (
	"errors"

	"github.com/quicken-py/quicken/vm/num"
)

// numError turns a vm/num error into the Python exception it names.
func (m *Machine) numError(err error) error {
	var ne *num.Error
	if !errors.As(err, &ne) {
		return err
	}
	var t *Type
	switch ne.Kind {
	case num.ZeroDivision:
		t = m.types.exceptions["ZeroDivisionError"]
	case num.Overflow:
		t = m.types.exceptions["OverflowError"]
		if errno, msg, ok := ne.ErrnoMsg(); ok {
			return m.RaiseArgs(t, m.NewInt(int64(errno)), m.NewStr(msg))
		}
	case num.Value:
		t = m.types.ValueError
	case num.Type:
		t = m.types.TypeError
	case num.Memory:
		return m.noMemory()
	default:
		t = m.types.SystemError
	}
	return m.Raisef(t, "%s", ne.Msg)
}
