package specializer

import (
	"testing"

	op "github.com/quicken-py/quicken/vm/bytecode"
)

// Every UNPACK_SEQUENCE form, each failure's backoff, and the miss →
// deopt → respecialize cycle when the operand's type changes.
func TestUnpackSequenceForms(t *testing.T) {
	checkAdaptive(t, `
def two(t):
    a, b = t
    return a

def three(t):
    a, b, c = t
    return c

def lst(t):
    a, b = t
    return b

def empty(t):
    [] = t

def loop(pairs):
    s = 0
    for a, b in pairs:
        s = s + a
    return s

def mismatch(t):
    try:
        a, b = t
    except ValueError as e:
        return str(e)

def seq(t):
    a, b = t
    return a

def other(t):
    a, b = t
    return a

def changing(t):
    a, b = t
    return b

for i in range(8):
    two((1, 2))
    three((1, 2, 3))
    lst([1, 2])
    empty(())
print(loop([(1, 2), (3, 4)] * 5))
for i in range(30):
    mismatch((1, 2, 3))
    seq("ab")
    seq(iter([1, 2]))
    other({1: 2, 3: 4})
print(two((5, 6)), three((1, 2, 3)), lst([7, 8]), mismatch((1,)), seq("xy"))

for i in range(8):
    changing((1, 2))
for i in range(3):
    changing([1, 2])
print(changing((3, 4)))
for i in range(60):
    changing([1, 2])
for i in range(40):
    changing(range(2))
`)
}

// The failure kinds, counted per site (CPython shows them only in a
// pystats build).
func TestUnpackSequenceFailKinds(t *testing.T) {
	st := runStats(t, `
def mismatch(t):
    try:
        a, b = t
    except ValueError:
        pass
def seq(t):
    a, b = t
def it(t):
    a, b = t
def other(t):
    a, b = t
for i in range(20):
    mismatch((1, 2, 3))
    mismatch([1])
    seq("ab")
    it(iter((1, 2)))
    other({1: 2, 3: 4})
`)
	for _, c := range []struct {
		line, kind int
	}{{4, failExpectedError}, {8, failUnpackSequenceSequence}, {10, failUnpackSequenceIterator}, {12, 0}} {
		s := siteOnLine(t, st, op.UNPACK_SEQUENCE, c.line)
		if s.Failure == 0 || s.FailureKinds[c.kind] != s.Failure {
			t.Errorf("line %d: %d failures, kinds %v; want all of kind %d", c.line, s.Failure, s.FailureKinds, c.kind)
		}
	}
}
