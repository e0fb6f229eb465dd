package vm

import "testing"

// TestSuggestions covers "Did you mean" for NameError and AttributeError.
func TestSuggestions(t *testing.T) {
	checkTBCases(t, []string{
		"prnt('x')\n",
		"Print('x')\n",
		"number = 1\nprint(numbr)\n",
		"def f():\n    number = 1\n    return numbr\nf()\n",
		"def f(lenght):\n    return lengh\nf(1)\n",
		"xyz = 1\nXyz\n",
		"class A:\n    def __init__(self):\n        self.value = 1\nA().valeu\n",
		"class A:\n    def method(self): pass\nA().methd()\n",
		"[].apend(1)\n",
		"'abc'.uper()\n",
		"class A:\n    def __init__(self):\n        self.value = 1\nA.valeu\n",
		"def f():\n    x = 1\n    def g():\n        return y\n    return g()\nf()\n",
		"raise NameError('custom', name='prnt')\n",
		"raise AttributeError('custom')\n",
		"class E(NameError): pass\nraise E('x', name='prnt')\n",
		"def f():\n    del x\n    x = 1\nf()\n",
		"zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz\n",
		"a = 1\nb\n",
	})
}

func TestSuggestLevenshtein(t *testing.T) {
	for _, tc := range []struct {
		name  string
		cands []string
		want  string
	}{
		{"lengh", []string{"lenght"}, "lenght"},
		{"ab", []string{"abc"}, "abc"},
		{"x", []string{"y"}, ""},
		{"foo", []string{"fo0"}, "fo0"},
		{"Print", []string{"print"}, "print"},
		{"prnt", []string{"print", "repr"}, "print"},
	} {
		got, _ := suggestName(tc.name, tc.cands)
		if got != tc.want {
			t.Errorf("suggestName(%q, %q) = %q, want %q", tc.name, tc.cands, got, tc.want)
		}
	}
}
