package vm

import "testing"

// TestWith covers BEFORE_WITH and __exit__ suppressing exceptions.
func TestWith(t *testing.T) {
	checkTBCases(t, []string{
		"class CM:\n    def __enter__(self):\n        print('enter')\n        return 42\n    def __exit__(self, t, v, tb):\n        print('exit', t.__name__ if t else None)\n        return True\nwith CM() as x:\n    print(x)\n    1/0\nprint('after')\n",
		"class CM:\n    def __enter__(self):\n        return self\n    def __exit__(self, *a):\n        return False\nwith CM():\n    raise KeyError('k')\n",
		"with 1:\n    pass\n",
		"class A:\n    def __enter__(self): return 1\nwith A(): pass\n",
		"class A:\n    def __exit__(self, *a): pass\nwith A(): pass\n",
		"class CM:\n    def __enter__(self):\n        raise ValueError('enter failed')\n    def __exit__(self, *a):\n        print('never')\nwith CM():\n    pass\n",
		"class CM:\n    def __enter__(self): return self\n    def __exit__(self, t, v, tb):\n        raise RuntimeError('in exit')\nwith CM():\n    1/0\n",
		"class CM:\n    def __init__(self, n): self.n = n\n    def __enter__(self):\n        print('enter', self.n)\n        return self.n\n    def __exit__(self, t, v, tb):\n        print('exit', self.n, type(tb).__name__)\n        return self.n == 1\nwith CM(1) as a, CM(2) as b:\n    print(a, b)\n    raise ValueError('x')\nprint('suppressed')\n",
		"class CM:\n    def __enter__(self): return self\n    def __exit__(self, t, v, tb):\n        print(t, v, type(tb))\n        return 'yes'\nwith CM():\n    pass\nwith CM():\n    raise KeyError(1)\nprint('after')\n",
		"class CM:\n    def __enter__(self): return self\n    def __exit__(self, t, v, tb):\n        return False\ndef f():\n    with CM():\n        return 1/0\nf()\n",
		"class CM:\n    pass\ncm = CM()\ncm.__enter__ = lambda: 1\ncm.__exit__ = lambda *a: None\nwith cm:\n    pass\n",
	})
}
