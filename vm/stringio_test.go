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
names = ['open', 'StringIO', 'TextIOWrapper', 'FileIO', 'BufferedReader', 'BufferedWriter',
         'BufferedRandom', 'UnsupportedOperation', 'DEFAULT_BUFFER_SIZE', 'SEEK_SET', 'SEEK_CUR',
         'SEEK_END', 'IOBase', 'RawIOBase', 'BufferedIOBase', 'TextIOBase', 'text_encoding',
         'BlockingIOError', 'open_code']
`,
		"[n for n in names if not hasattr(io, n)]",
		"io.StringIO.__mro__", "io.StringIO.__basicsize__", "io.StringIO.__dictoffset__",
		"io.StringIO.__weakrefoffset__", "io.StringIO.__flags__", "io.StringIO.__module__",
		"io.DEFAULT_BUFFER_SIZE", "(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END)",
		"io.open is open", "_io.open is open", "io.StringIO is _io.StringIO",
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
