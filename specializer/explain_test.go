package specializer

import (
	"strings"
	"testing"

	"github.com/quicken-py/quicken/vm"
)

// The miss of an attribute form on an instance without inline values
// says why it has none: a materialised __dict__, or a class derived from
// a builtin type.
func TestExplainNoInlineValues(t *testing.T) {
	src := `
class P:
    def __init__(self):
        self.x = 1

class L(list):
    pass

def get(o):
    return o.x

def put(o):
    o.y = 2

for i in range(10):
    get(P())
p = P()
p.__dict__
get(p)
for i in range(12):
    put(L())
`
	code, err := vm.Compile([]byte(src), "/tmp/prog.py")
	if err != nil {
		t.Fatal(err)
	}
	m := vm.New(vm.Options{Stdin: strings.NewReader(""), Argv: []string{"/tmp/prog.py"}})
	Attach(m)
	log := &rewriteLog{}
	m.SetListener(log)
	if _, err := m.RunMain(code); err != nil {
		t.Fatal(err)
	}
	var texts []string
	for i := range log.events {
		r := &log.events[i]
		texts = append(texts, r.Code.Name+": "+r.String())
	}
	all := strings.Join(texts, "\n")
	for _, want := range []string{
		"get: LOAD_ATTR_INSTANCE_VALUE miss 1/53: the instance's __dict__ was materialised: no inline values any more",
		"put: STORE_ATTR_INSTANCE_VALUE miss 1/53: the instance has no inline values: its class derives from a builtin type",
	} {
		if !strings.Contains(all, want) {
			t.Errorf("no rewrite reads %q; got:\n%s", want, all)
		}
	}
}
