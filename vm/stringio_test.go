package vm

import "testing"

// Differential tests of _io.StringIO, _io.BytesIO and the io module
// against python3.

func TestStringIOErrors(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import io
closed = io.StringIO('ab')
closed.close()
blank = io.StringIO.__new__(io.StringIO, 1, 2, x=3)
`,
		"closed.flush()", "iter(closed)", "next(closed)", "closed.isatty()", "closed.closed",
		"closed.getvalue()", "closed.read()", "closed.readline()", "closed.readlines()",
		"closed.writelines([])", "closed.write('x')", "closed.write(1)", "closed.seek(0)",
		"closed.tell()", "closed.truncate()", "closed.newlines", "closed.line_buffering",
		"closed.readable()", "closed.writable()", "closed.seekable()", "closed.encoding",
		"closed.__enter__()", "closed.close()", "closed.__getstate__()", "closed.__setstate__(('', None, 0, None))",
		"blank.read()", "blank.closed", "blank.write(1)", "blank.write('x')", "blank.newlines", "blank.close()",
		"io.StringIO(newline=1)", "io.StringIO(newline='x')", "io.StringIO(newline='é')",
		"io.StringIO(newline='\\udc80')", "io.StringIO(newline='\\0').getvalue()",
		"io.StringIO(1, 2, 3)", "io.StringIO(x=1)", "io.StringIO(b'x')", "io.StringIO(1)",
		"io.StringIO(initial_value='a', newline=None).read()",
		"io.StringIO().seek(1.5)", "io.StringIO().seek(0, 3)", "io.StringIO().seek(-1)",
		"io.StringIO().seek(1, 1)", "io.StringIO().seek(-1, 2)", "io.StringIO().seek(0, 1.0)",
		"io.StringIO().seek(2**70)", "io.StringIO().seek(0, 2**40)", "io.StringIO().seek()",
		"io.StringIO().seek(1, 2, 3)", "io.StringIO().seek(pos=1)",
		"io.StringIO().read('x')", "io.StringIO().read(1, 2)", "io.StringIO().read(2.0)",
		"io.StringIO().readline('x')", "io.StringIO().readline(1, 2)",
		"io.StringIO().truncate(-1)", "io.StringIO().truncate('a')", "io.StringIO().truncate(1, 2)",
		"io.StringIO().write(b'x')", "io.StringIO().write()", "io.StringIO().write('a', 'b')",
		"io.StringIO().write(s='a')", "io.StringIO().tell(1)", "io.StringIO().getvalue(x=1)",
		"io.StringIO().flush(1)", "io.StringIO().readlines(1, 2)", "io.StringIO().close(1)",
		"io.StringIO().detach()", "io.StringIO().fileno()", "io.StringIO().readable(1)",
		"io.StringIO().__setstate__(1)", "io.StringIO().__setstate__((1, 2, 3))",
		"io.StringIO().__setstate__(('a', None, 'x', None))", "io.StringIO().__setstate__(('a', None, -1, None))",
		"io.StringIO().__setstate__(('a', None, 0, 5))", "io.StringIO().__setstate__((b'a', None, 0, None))",
		"io.StringIO().__setstate__(('a', 'x', 0, None))", "io.StringIO().__setstate__()",
		"io.StringIO.__setstate__(closed, ('a', None, 0, None))",
	))
}

func TestStringIONewlines(t *testing.T) {
	t.Parallel()
	checkPySrc(t, `
import io
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO('a\nb\r\nc\rd\n\re', newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines), s.tell())
    s.seek(0)
    print([s.readline(), s.readline(2), s.readline(-1), s.readline(None), s.readline(0)])
    s.write('x\ny\r\nz\r')
    print(repr(s.getvalue()), repr(s.newlines), list(s), s.tell())
    print(s.__getstate__())
    s = io.StringIO(newline=nl)
    print(repr(s.newlines), s.write('a\r'), s.write('\nb'), repr(s.getvalue()), repr(s.newlines))
    s.seek(0)
    print([s.readline(1), s.readline(1), s.readline(), s.readline()])
s = io.StringIO('a\r\nb', newline='')
print(repr(s.readline(2)), repr(s.readline()))
s = io.StringIO('ab\r\ncd\r', newline='\r\n')
print(repr(s.readline(3)), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s = io.StringIO('a\x00b\rc\x00\n', newline='')
print(repr(s.readline()), repr(s.read()))
s = io.StringIO('one\ntwo\nthree')
print([line for line in s], repr(s.readline()))
print(io.StringIO('a\nbb\nccc\n').readlines(3), io.StringIO('a\nbb\n').readlines(0), io.StringIO('a\nb').readlines(None))
`)
}

func TestStringIOPositions(t *testing.T) {
	t.Parallel()
	checkPySrc(t, `
import io
s = io.StringIO()
print(s.write('héllo 🐍 wörld'), s.tell(), s.seek(3), s.read(4), s.tell())
s.seek(20)
print(s.write('!'), repr(s.getvalue()), s.tell())
print(s.truncate(5), s.tell(), repr(s.getvalue()), s.truncate(), repr(s.getvalue()))
print(s.seek(0, 2), s.tell(), s.seek(0, 1), s.seek(0, 0), s.seek(True))
print(s.read(), repr(s.read()), repr(s.readline()), s.read(-5), s.read(None))
s = io.StringIO('abc')
s.seek(10)
print(repr(s.read()), repr(s.readline()), list(s), s.tell())
s.truncate()
print(repr(s.getvalue()), s.truncate(1), repr(s.getvalue()), s.tell())
print(s.write(''), s.tell(), repr(s.getvalue()))
s.seek(1)
print(s.write('XYZ'), repr(s.getvalue()), s.tell(), repr(s.read()))
s = io.StringIO('abc\ud800def')
print(ascii(s.read(5)), s.tell(), ascii(s.getvalue()))
s = io.StringIO(None)
print(repr(s.getvalue()), s.tell())
s = io.StringIO('x')
s.__init__('yy')
print(s.getvalue(), s.tell())
s.close()
s.__init__('z')
print(s.read(), s.closed)
s = io.StringIO()
print(s.writelines(['a', 'b\n']), repr(s.getvalue()), s.encoding, s.errors)
print(io.StringIO('a').readable(), io.StringIO('a').writable(), io.StringIO().seekable(),
      io.StringIO().line_buffering, io.StringIO().isatty(), io.StringIO().flush())
s = io.StringIO('x' * 10000)
s.seek(9998)
print(len(s.read()), s.tell(), len(s.getvalue()))
`)
}

func TestStringIOUses(t *testing.T) {
	t.Parallel()
	checkPySrc(t, `
import io, sys
s = io.StringIO()
print('x', 1, sep='-', end='|', file=s)
print('second line', file=s)
print(repr(s.getvalue()))
with io.StringIO('abc') as f:
    print(f.read(1), f.closed)
print(f.closed)
class S(io.StringIO):
    def readline(self, *a):
        return super().readline(*a).upper()
print(list(S('a\nb\nc')), S('q').read(), type(S()).__mro__)
class T(io.StringIO):
    def readline(self):
        return 5
try:
    list(T('a'))
except OSError as e:
    print(type(e).__name__, e)
class U(io.StringIO):
    def __init__(self, v):
        super().__init__(v * 2)
        self.extra = v
u = U('ab')
print(u.getvalue(), u.extra, u.__dict__, u.__getstate__())
s = io.StringIO('abc')
s.x = 1
print(s.__getstate__(), s.__dict__)
t = io.StringIO.__new__(io.StringIO)
t.__setstate__(('a\r\nb', None, 2, {'y': 2}))
print(repr(t.getvalue()), t.tell(), t.y, t.newlines)
t.__setstate__(('q', '', 0, {'z': 3}))
print(repr(t.getvalue()), t.y, t.z, repr(t.newlines))
old = sys.stdout
sys.stdout = buf = io.StringIO()
print('captured', 42)
sys.stdout = old
print(repr(buf.getvalue()))
try:
    raise io.UnsupportedOperation('x')
except ValueError as e:
    print('caught', e, isinstance(e, OSError))
try:
    io.StringIO().detach()
except io.UnsupportedOperation as e:
    print('unsupported', e)
`)
}

func TestIOModuleNames(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import io, _io, sys
names = ['open', 'StringIO', 'BytesIO', 'TextIOWrapper', 'FileIO', 'BufferedReader', 'BufferedWriter',
         'BufferedRandom', 'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE', 'SEEK_SET', 'SEEK_CUR',
         'SEEK_END', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'text_encoding',
         'BlockingIOError', 'open_code']
`,
		"[n for n in names if not hasattr(io, n)]",
		"io.StringIO.__mro__", "io.StringIO.__basicsize__", "io.StringIO.__dictoffset__",
		"io.StringIO.__weakrefoffset__", "io.StringIO.__flags__", "io.StringIO.__module__",
		"io.DEFAULT_BUFFER_SIZE", "(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)",
		"io.open is open", "_io.open is open", "io.StringIO is _io.StringIO", "io.BytesIO is _io.BytesIO",
		"io.text_encoding(None)", "io.text_encoding('utf-8')", "io.text_encoding(None, 3)",
		"io.text_encoding()", "io.text_encoding(None, 'x')", "io.text_encoding(1, 2, 3)",
		"io.text_encoding(encoding=None)", "io.open_code(1)",
		"io.TextIOWrapper", "io.FileIO", "io.BufferedReader", "io.BufferedWriter",
		"io.BufferedRandom", "io.UnsupportedOperation", "io.UnsupportedOperation.__mro__",
		"io.UnsupportedOperation is _io.UnsupportedOperation", "io.BlockingIOError is BlockingIOError",
		"type(sys.stdout) is io.TextIOWrapper", "isinstance(sys.stdout, io.IOBase)",
		"isinstance(sys.stdout, io.TextIOBase)", "isinstance(sys.stdout.buffer, io.BufferedIOBase)",
		"isinstance(sys.stdout.buffer.raw, io.RawIOBase)", "isinstance(io.StringIO(), io.TextIOBase)",
		"isinstance(io.StringIO(), io.IOBase)", "issubclass(io.StringIO, io.BufferedIOBase)",
		"sys.getsizeof(io.StringIO())", "[n for n in vars(io.StringIO) if not n.startswith('__')]",
		"sys.modules['io'].__name__", "'io' in sys.modules",
	))
}

func TestBytesIOErrors(t *testing.T) {
	t.Parallel()
	checkPySrc(t, tryCases(`
import io
closed = io.BytesIO(b'ab\ncd')
closed.close()
`,
		"closed.read()", "closed.read1()", "closed.readline()", "closed.readlines()", "closed.tell()",
		"closed.getvalue()", "closed.getbuffer()", "closed.readable()", "closed.writable()",
		"closed.seekable()", "closed.flush()", "closed.isatty()", "closed.close()",
		"closed.__getstate__()", "closed.__sizeof__()", "closed.write(b'x')", "closed.write('x')",
		"closed.seek(0)", "closed.truncate()", "closed.readinto(bytearray(2))", "closed.readinto(b'x')",
		"closed.writelines([])", "iter(closed) is closed", "next(closed)", "closed.closed",
		"closed.readlines('x')", "closed.__enter__()", "closed.__init__(bytearray(b'q'))",
		"io.BytesIO().write('x')", "io.BytesIO('x')", "io.BytesIO(1, 2)", "io.BytesIO(x=1)",
		"io.BytesIO(1)", "io.BytesIO(initial_bytes=b'k').read()", "io.BytesIO(None).getvalue()",
		"io.BytesIO().seek(-1)", "io.BytesIO().seek(0, 3)", "io.BytesIO(b'abc').seek(-10, 1)",
		"io.BytesIO(b'abc').seek(-1, 2)", "io.BytesIO().seek(1.0)", "io.BytesIO().seek(2**63-1, 1)",
		"io.BytesIO(b'a').seek(2**63-1, 2)", "io.BytesIO().seek(0, 2**40)", "io.BytesIO().seek(pos=1)",
		"io.BytesIO().truncate(-1)", "io.BytesIO().truncate('x')", "io.BytesIO().readlines('x')",
		"io.BytesIO(b'a\\nb').readlines(1.5)", "io.BytesIO().read('x')", "io.BytesIO().read(1, 2)",
		"io.BytesIO().readinto(b'x')", "io.BytesIO().readinto(1)", "io.BytesIO().readinto()",
		"io.BytesIO().readinto(memoryview(b'x'))", "io.BytesIO().write()", "io.BytesIO().detach()",
		"io.BytesIO().fileno()", "io.BytesIO().readline(1, 2)", "io.BytesIO().writelines(1)",
		"io.BytesIO().writelines(['x'])", "io.BytesIO().tell(1)", "io.BytesIO().getvalue(1)",
		"io.BytesIO().__setstate__(1)", "io.BytesIO().__setstate__((1, 2, 3))",
		"io.BytesIO().__setstate__((b'a', 'x', None))", "io.BytesIO().__setstate__((b'a', -1, None))",
		"io.BytesIO().__setstate__((b'a', 0, 1))", "io.BytesIO().__setstate__((b'a',))",
		"memoryview(io.BytesIO())",
	))
}

func TestBytesIOBehaviour(t *testing.T) {
	t.Parallel()
	checkPySrc(t, `
import io, sys
b = io.BytesIO(b'hello\nworld\n')
print(b.read(3), b.read1(), b.tell(), b.seek(0), b.readline(), b.readline(2), list(b), b.readlines())
b.seek(20)
print(b.write(b'!'), b.getvalue(), b.tell(), b.truncate(3), b.tell(), b.getvalue(), b.truncate(), b.getvalue())
b = io.BytesIO()
print(b.write(bytearray(b'xy')), b.write(memoryview(b'zw')), b.getvalue(), b.seek(-1, 2), b.read(),
      b.seek(-100, 1), b.tell(), b.seek(2, 1), b.seek(1, 2))
b.seek(10)
print(b.read(1), b.read(), b.read1(5), b.readline(), b.readlines(), b.tell(), list(b))
ba = bytearray(4)
b.seek(1)
print(b.readinto(ba), ba)
print(b.readinto(bytearray(10)))
mv = memoryview(bytearray(3))
b.seek(0)
print(b.readinto(mv), bytes(mv), b.tell())
b.seek(0)
for view in (memoryview(bytearray(6))[::2], memoryview(bytearray(6))[::-1], memoryview(bytearray(6))[1:2:2]):
    try:
        print(b.readinto(view), view.tolist())
    except TypeError as e:
        print(e)
b = io.BytesIO(b'abc')
b.x = 5
print(b.__getstate__(), b.__dict__)
nb = io.BytesIO()
nb.__setstate__((b'qq', 1, {'z': 1}))
print(nb.read(), nb.z, nb.tell())
nb.__setstate__((bytearray(b'rr'), 5, None))
print(nb.getvalue(), nb.tell(), nb.read())
b = io.BytesIO(b'a\nbb\nccc\n')
print(b.readlines(3), b.readlines(0), b.readlines(None))
print(io.BytesIO(b'a\nb').readlines(-1), io.BytesIO(b'').readlines(), io.BytesIO(b'x\n\ny').readline(0))
b = io.BytesIO(b'xy')
b.close()
b.__init__(b'zz')
print(b.closed, b.read())
b = io.BytesIO(b'old')
b.__init__(None)
print(b.getvalue(), b.tell())
b.__init__(bytearray(b'new'))
print(b.getvalue(), b.tell())
with io.BytesIO(b'abc') as f:
    print(f.read(), f.readable(), f.writable(), f.seekable(), f.isatty(), f.flush())
print(f.closed)
b = io.BytesIO(b'abc')
v = b.getbuffer()
print(v.readonly, len(v), bytes(v), v.format, v.nbytes, v.tolist(), v[1], bytes(v[::-1]))
v[0] = 65
v[1:3] = b'YZ'
print(b.getvalue(), bytes(v))
print(io.BytesIO.__mro__, io.BytesIO.__basicsize__, io.BytesIO.__dictoffset__, io.BytesIO.__weakrefoffset__)
print([n for n in vars(io.BytesIO) if not n.startswith('__')])
print(isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase), io.BytesIO().__sizeof__())
class B(io.BytesIO):
    def __init__(self, data):
        super().__init__(data)
        self.tag = 'b'
bb = B(b'one\ntwo\n')
print(list(bb), bb.tag, bb.__getstate__(), type(bb).__mro__)
b = io.BytesIO()
b.writelines([b'a', bytearray(b'b'), memoryview(b'c')])
print(b.getvalue(), b.tell(), b.read(), repr(b.readline()))
b = io.BytesIO(b'\xff' * 10000)
b.seek(9990)
print(len(b.read()), len(b.getvalue()), b.read(5))
`)
}
