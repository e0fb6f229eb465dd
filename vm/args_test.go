package vm

import "testing"

// TestParseArgs checks each argument-checking routine's messages against
// the ones CPython 3.11 gives for the builtin quoted in each case.
func TestParseArgs(t *testing.T) {
	t.Parallel()
	lenSpec := &ArgSpec{Name: "len", Kind: ArgsO}
	globalsSpec := &ArgSpec{Name: "globals", Kind: ArgsNone}
	getattrSpec := &ArgSpec{Name: "getattr", Kind: ArgsPositional, Min: 2, Max: 3}
	divmodSpec := &ArgSpec{Name: "divmod", Kind: ArgsPositional, Min: 2, Max: 2}
	strSpec := &ArgSpec{Name: "str", Kind: ArgsTuple, Min: 0, Max: 3}
	roundSpec := &ArgSpec{Name: "round", Kind: ArgsKeywords, Names: []string{"number", "ndigits"}, Min: 1, Max: 2}
	sumSpec := &ArgSpec{Name: "sum", Kind: ArgsKeywords, Names: []string{"", "start"}, PosOnly: 1, Min: 1, Max: 2}
	sortSpec := &ArgSpec{Name: "sort", Kind: ArgsKeywords, Names: []string{"key", "reverse"}, Min: 0, Max: 0}
	printSpec := &ArgSpec{Name: "print", Kind: ArgsKeywords, Names: []string{"sep", "end", "file", "flush"}, Varargs: true}
	internSpec := &ArgSpec{Name: "intern", Func: "sys.intern", Kind: ArgsO}
	cases := []struct {
		spec *ArgSpec
		npos int
		kw   []string
		want string
	}{
		{lenSpec, 1, nil, ""},
		{lenSpec, 0, nil, "len() takes exactly one argument (0 given)"},
		{lenSpec, 2, nil, "len() takes exactly one argument (2 given)"},
		{lenSpec, 2, []string{"x"}, "len() takes no keyword arguments"},
		{internSpec, 0, nil, "sys.intern() takes exactly one argument (0 given)"},
		{internSpec, 0, []string{"x"}, "sys.intern() takes no keyword arguments"},
		{globalsSpec, 1, nil, "globals() takes no arguments (1 given)"},
		{getattrSpec, 1, nil, "getattr expected at least 2 arguments, got 1"},
		{getattrSpec, 4, nil, "getattr expected at most 3 arguments, got 4"},
		{getattrSpec, 2, []string{"default"}, "getattr() takes no keyword arguments"},
		{divmodSpec, 1, nil, "divmod expected 2 arguments, got 1"},
		{divmodSpec, 3, nil, "divmod expected 2 arguments, got 3"},
		{strSpec, 4, nil, "str() takes at most 3 arguments (4 given)"},
		{roundSpec, 0, nil, "round() missing required argument 'number' (pos 1)"},
		{roundSpec, 3, nil, "round() takes at most 2 arguments (3 given)"},
		{roundSpec, 1, []string{"x"}, "'x' is an invalid keyword argument for round()"},
		{roundSpec, 0, []string{"number", "ndigits", "x"}, "round() takes at most 2 keyword arguments (3 given)"},
		{roundSpec, 1, []string{"number"}, "argument for round() given by name ('number') and position (1)"},
		{roundSpec, 0, []string{"number"}, ""},
		{sumSpec, 0, nil, "sum() takes at least 1 positional argument (0 given)"},
		{sumSpec, 0, []string{"iterable"}, "sum() takes at least 1 positional argument (0 given)"},
		{sumSpec, 1, []string{"x"}, "'x' is an invalid keyword argument for sum()"},
		{sumSpec, 2, []string{"start"}, "sum() takes at most 2 arguments (3 given)"},
		{sumSpec, 1, []string{"start"}, ""},
		{sortSpec, 1, nil, "sort() takes no positional arguments"},
		{sortSpec, 0, []string{"key", "reverse", "x"}, "sort() takes at most 2 keyword arguments (3 given)"},
		{sortSpec, 0, []string{"x"}, "'x' is an invalid keyword argument for sort()"},
		{printSpec, 0, []string{"sep", "end", "file", "flush", "x"}, "'x' is an invalid keyword argument for print()"},
		{printSpec, 0, []string{"flush", "sep"}, ""},
	}
	m := New(Options{})
	for _, c := range cases {
		args := make([]Value, c.npos+len(c.kw))
		for i := range args {
			args[i] = SmallIntValue(int64(i))
		}
		var kwnames []Value
		for _, k := range c.kw {
			kwnames = append(kwnames, m.Intern(k))
		}
		n := len(c.spec.Names)
		if n == 0 {
			n = max(c.spec.Max, 1)
		}
		out := make([]Value, n)
		err := m.ParseArgs(c.spec, args, kwnames, out)
		got := ""
		if err != nil {
			got = m.errorMessage(t, err)
		}
		if got != c.want {
			t.Errorf("%s with %d positional, keywords %v: got %q, want %q", c.spec.Name, c.npos, c.kw, got, c.want)
		}
	}
}

// errorMessage returns str() of the exception err raises.
func (m *Machine) errorMessage(t testing.TB, err error) string {
	t.Helper()
	r, ok := err.(*Raise)
	if !ok {
		t.Fatalf("not a Python exception: %v", err)
	}
	items := m.tuple(m.exception(r.Exc).Args).Items
	if len(items) != 1 {
		t.Fatalf("exception args %d", len(items))
	}
	s, _ := m.GoString(items[0])
	return s
}
