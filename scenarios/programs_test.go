package scenarios

import "testing"

func TestExamples(t *testing.T) {
	names := Names()
	found := false
	for _, name := range names {
		src, err := Source(name)
		if err != nil || len(src) == 0 {
			t.Errorf("Source(%q) = %d bytes, %v", name, len(src), err)
		}
		found = found || name == Default
	}
	if !found {
		t.Errorf("default example %q not among %v", Default, names)
	}
	if _, err := Source("missing.py"); err == nil {
		t.Error("Source(missing.py) succeeded")
	}
}
