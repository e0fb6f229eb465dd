package num

// ErrKind names the Python exception type an Error stands for.
type ErrKind uint8

const (
	// ZeroDivision is ZeroDivisionError.
	ZeroDivision ErrKind = iota + 1
	// Overflow is OverflowError.
	Overflow
	// Value is ValueError.
	Value
	// Type is TypeError.
	Type
	// Memory is MemoryError (Msg is empty, as CPython's is): an int result
	// would exceed MaxIntBits.
	Memory
)

var kindNames = [...]string{
	ZeroDivision: "ZeroDivisionError",
	Overflow:     "OverflowError",
	Value:        "ValueError",
	Type:         "TypeError",
	Memory:       "MemoryError",
}

// String returns the Python exception type's name.
func (k ErrKind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return "Error"
}

// Error is a Python exception raised by a numeric operation. Msg is what
// str() of the exception gives in CPython 3.11. One case has an args tuple
// of two items: float ** overflow raises OverflowError(34, 'Numerical
// result out of range'), whose str() is Msg "(34, 'Numerical result out of
// range')"; ErrnoMsg reports that case.
type Error struct {
	Kind ErrKind
	Msg  string
}

func (e *Error) Error() string {
	if e.Msg == "" {
		return e.Kind.String()
	}
	return e.Kind.String() + ": " + e.Msg
}

// ErrnoMsg reports whether the error was raised from a C errno, as
// OverflowError(errno, strerror) is; then the exception's args are
// (errno, strerror) rather than (Msg,).
func (e *Error) ErrnoMsg() (errno int, strerror string, ok bool) {
	if e.Msg == msgERANGE {
		return 34, "Numerical result out of range", true
	}
	return 0, "", false
}

func newErr(k ErrKind, msg string) *Error { return &Error{Kind: k, Msg: msg} }

// Messages shared by several operations, exactly as CPython 3.11 words them.
const (
	msgIntDivZero      = "integer division or modulo by zero"
	msgIntModZero      = "integer modulo by zero"
	msgDivZero         = "division by zero"
	msgFloatDivZero    = "float division by zero"
	msgFloatFloorZero  = "float floor division by zero"
	msgFloatModZero    = "float modulo"
	msgFloatDivmodZero = "float divmod()"
	msgZeroNegPow      = "0.0 cannot be raised to a negative power"
	msgIntTooLarge     = "int too large to convert to float"
	msgDivTooLarge     = "integer division result too large for a float"
	msgFloatInf        = "cannot convert float infinity to integer"
	msgFloatNaN        = "cannot convert float NaN to integer"
	msgNegShift        = "negative shift count"
	msgERANGE          = "(34, 'Numerical result out of range')"
	msgDomain          = "math domain error"
	msgRange           = "math range error"
)
