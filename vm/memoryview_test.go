package vm

import "testing"

// mvPrelude defines views over bytes (read-only) and bytearray
// (writable), and a released view.
const mvPrelude = `
a = memoryview(b'abcd')
ba = bytearray(b'hello')
w = memoryview(ba)
r = memoryview(b'xyz')
r.release()
class I:
    def __index__(self): return 1
`

func TestMemoryviewConstructor(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(mvPrelude,
		"memoryview(b'ab').tobytes()", "memoryview(object=b'a').tolist()", "memoryview(1)",
		"memoryview(1.5)", "memoryview('abc')", "memoryview(None)", "memoryview([1])", "memoryview()",
		"memoryview(x=1)", "memoryview(b'a', b'b')", "memoryview(obj=b'a')", "memoryview(r)",
		"memoryview(a[::2]).strides", "memoryview(a[::2]).tobytes()", "memoryview(a).obj is a.obj",
		"memoryview(a.toreadonly()).readonly", "type(a).__name__", "memoryview.__module__",
		"isinstance(a, memoryview)", "type(iter(a)).__name__", "memoryview.__basicsize__",
		"memoryview.__itemsize__", "memoryview.__flags__", "type(iter(a)).__flags__",
		"type(iter(a))()", "memoryview.__new__(memoryview)",
	))
}

func TestMemoryviewRead(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(mvPrelude,
		"len(a)", "a[0]", "a[-1]", "a[3]", "a[4]", "a[-5]", "a[True]", "a[I()]", "a[2**70]",
		"a[1.0]", "a['x']", "a[None]", "a[...]", "a[()]", "a[0,]", "a[-1,]", "a[(9,)]", "a[1, 2]",
		"a[1, 'a']", "a[1:2, 0:1]", "a[1:2,]", "a['a':]", "a[1:3].tobytes()", "a[::-1].tolist()",
		"a[::2].tolist()", "a[10:].shape", "len(a[::-2])", "list(a[::-2])", "list(a)", "list(w)",
		"[x for x in a[1:]]", "97 in a", "bool(a)", "bool(a[:0])", "a.tobytes()", "a.tobytes('C')",
		"a.tobytes('F')", "a.tobytes('A')", "a.tobytes(None)", "a.tobytes(order='A')",
		"a.tobytes('X')", "a.tobytes('c')", "a.tobytes(1)", "a.tobytes(1, 2)", "a.tolist()",
		"a.tolist(1)", "a.hex()", "a.hex(':')", "a.hex(':', 2)", "a.hex(b'|', -1)", "a.hex(sep='-')",
		"a[::-1].hex()", "a.hex(1, 2, 3)", "a.hex('ab')", "bytes(a)", "bytes(a[::-1])",
		"bytearray(a[1:])", "bytearray(w[::2])", "b'x' + a", "bytearray(b'x') + a", "a + b'x'",
		"a * 2", "b'-'.join([a, a[1:]])", "b'bc' in b'abcd'", "a[1:3] in [b'bc']",
	))
}

func TestMemoryviewAttributes(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(mvPrelude,
		"a.format", "a.itemsize", "a.ndim", "a.shape", "a.strides", "a.nbytes", "a.obj", "w.obj",
		"a.readonly", "w.readonly", "a.suboffsets", "a.c_contiguous", "a.f_contiguous", "a.contiguous",
		"a[1:].shape", "a[1:].strides", "a[1:].obj", "a[::-1].strides", "a[::2].nbytes",
		"a[::2].c_contiguous", "a[::2].contiguous", "a[::-1].f_contiguous", "a[:0:2].contiguous",
		"a[:1:2].contiguous", "a.toreadonly().readonly", "w.toreadonly().readonly",
		"w.toreadonly()[0:1].readonly", "w.toreadonly().obj is ba", "a.released", "a.toreadonly(1)",
		"a.format == 'B'", "__import__('sys').getsizeof(a)",
	))
}

func TestMemoryviewCompareHash(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(mvPrelude+"b = memoryview(bytearray(b'abcd'))\n",
		"a == b", "a != b", "a == b'abcd'", "b'abcd' == a", "bytearray(b'abcd') == a",
		"a == bytearray(b'abcd')", "a == [97, 98, 99, 100]", "a == 'abcd'", "a[::2] == b'ac'",
		"a[::-1] == b'dcba'", "a != b'abce'", "a == b'abc'", "a < b", "a <= a", "a > b'a'",
		"a == a", "r == r", "r != r", "r == memoryview(b'xyz')", "memoryview(b'xyz') == r",
		"r == b'xyz'", "b'xyz' == r", "hash(a) == hash(b'abcd')", "hash(a[::2]) == hash(b'ac')",
		"hash(a[1:]) == hash(a[1:].tobytes())", "hash(b)", "hash(r)", "{a: 1}[b'abcd']",
	))
}

func TestMemoryviewWrite(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryAll+mvPrelude+`
v = w[1:4]
v[0] = 69; v[-1] = 76
print(ba, v.tobytes(), v.obj is ba)
v[::2] = memoryview(b'xy')
print(ba)
v[:] = v[::-1]
print(ba)
v[I()] = I()
print(ba)
v[0] = True
v[0,] = 66
print(ba)
w[0:5] = bytearray(b'12345')
print(ba, w.tolist())
def _set(src):
    try:
        exec(src)
        print(src, "ok", ba)
    except Exception as e:
        print(src, "->", type(e).__name__ + ":", e)
for src in ['w[0] = 300', 'w[0] = -1', "w[0] = 'a'", 'w[0] = 1.0', 'w[0] = 2**70', 'w[0] = w',
            "w[0:2] = b'xyz'", 'w[0:2] = 1', "w[0:2] = 'ab'", 'w[0:2] = [1, 2]', 'w[9] = 1',
            "w[9] = 'a'", "w['x'] = 'a'", 'w[1.0] = 1', 'w[...] = 1', 'w[()] = 1', 'w[1, 2] = 3',
            "w[1:2,] = b'x'", 'del w[0]', 'del w[0:1]', "w[::2] = b'abc'", "w[::-1] = b'edcba'",
            "w[4:0:-2] = b'XY'", "w[:0] = b''", 'a[0] = 1', "a[0:1] = b'x'", 'del a[0]',
            'r[0] = 1', 'del r[0]', "w[0:3] = r", "w[0:3] = memoryview(b'abc')[::-1]"]:
    _set(src)
`)
}

func TestMemoryviewRelease(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(mvPrelude+`
with memoryview(b'xy') as v:
    print(type(v).__name__, v.tobytes())
q = memoryview(b'q')
print(q.__enter__() is q, q.__exit__(1, 2, 3), q.__exit__(), q.__exit__(1, 2, 3, 4))
it = iter(memoryview(b'abcd'))
print(next(it))
m2 = memoryview(b'abcd')
it2 = iter(m2)
print(next(it2))
m2.release()
try:
    print(list(it2))
except ValueError as e:
    print('ValueError', e)
h = memoryview(b'hh')
hv = hash(h)
h.release()
print(hash(h) == hv)
`,
		"v[0]", "len(r)", "r[0]", "r[0:1]", "r.tobytes()", "r.tobytes('X')", "r.tolist()", "r.hex()",
		"r.format", "r.itemsize", "r.ndim", "r.shape", "r.strides", "r.nbytes", "r.obj", "r.readonly",
		"r.suboffsets", "r.c_contiguous", "r.toreadonly()", "r.release()", "r.__enter__()",
		"r.__exit__()", "list(r)", "tuple(r)", "[x for x in r]", "bytes(r)", "bytearray(r)",
		"memoryview(r)", "repr(r).startswith('<released memory at 0x')",
		"str(r).startswith('<released memory at 0x')", "repr(a).startswith('<memory at 0x')",
		"repr(a) == str(a)", "r.release(1)", "a.__enter__(1)", "a.__exit__(x=1)", "q.released",
	))
}

func TestMemoryviewSubclass(t *testing.T) {
	t.Parallel()
	checkPy(t, "class X(memoryview):\n    pass\n")
}
