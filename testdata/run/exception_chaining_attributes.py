# Exception objects: args, str(), repr(), __cause__, __context__, __suppress_context__, __traceback__, notes.

e = ValueError("message", 42)
print(e.args, str(e), repr(e), type(e).__name__)
for exc in (Exception(), Exception("one"), Exception("a", "b"), KeyError("k"), KeyError(), KeyError(1, 2),
            IndexError(3), OSError(2, "No such file"), UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte"),
            StopIteration(5), SystemExit(3), ValueError(""), ValueError(None), ValueError([1, "x"])):
    print(f"{type(exc).__name__:<20} args={exc.args!r:<28} str={str(exc)!r:<40} repr={exc!r}")
print("OSError attrs:", OSError(2, "No such file").errno, OSError(2, "No such file").strerror)
print("StopIteration value:", StopIteration(5).value, StopIteration().value, SystemExit(3).code, SystemExit().code)
ude = UnicodeDecodeError("utf-8", b"ab\xff", 2, 3, "invalid start byte")
print("UnicodeDecodeError attrs:", ude.encoding, ude.object, ude.start, ude.end, ude.reason)


def lookup(d, k):
    try:
        return d[k]
    except KeyError as exc:
        raise LookupError(f"no {k!r}") from exc


try:
    lookup({}, "x")
except LookupError as err:
    print("explicit cause:", repr(err), repr(err.__cause__), err.__suppress_context__, repr(err.__context__))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("while handling")
except RuntimeError as err:
    print("implicit context:", repr(err.__context__), err.__cause__, err.__suppress_context__)

try:
    try:
        [][0]
    except IndexError:
        raise TypeError("hidden context") from None
except TypeError as err:
    print("from None:", err.__cause__, repr(err.__context__), err.__suppress_context__)

try:
    raise ValueError("outer") from KeyError("cause only")
except ValueError as err:
    print("cause without context:", repr(err.__cause__), err.__context__)

chain = None
for i in range(3):
    try:
        try:
            raise ValueError(f"level {i}")
        except ValueError:
            if chain is not None:
                raise chain
            raise
    except ValueError as err:
        chain = err
print("reraised object keeps identity:", chain, chain.__context__)

err = RuntimeError("with notes")
err.add_note("first note")
err.add_note("second note")
print("notes:", err.__notes__)
try:
    raise TypeError("bad") from "not an exception"
except TypeError as t:
    print("TypeError:", t)


def depth_of(tb):
    count = 0
    while tb is not None:
        count += 1
        tb = tb.tb_next
    return count


def a():
    b()


def b():
    c()


def c():
    raise OSError("deep")


try:
    a()
except OSError as err:
    print("traceback entries:", depth_of(err.__traceback__), err.__traceback__.tb_frame.f_code.co_name)
    names = []
    tb = err.__traceback__
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print("frames:", names)
e2 = ValueError("x")
print("new exception has no traceback:", e2.__traceback__, e2.__context__, e2.__cause__)
e2.args = ("changed", 1)
print("args are writable:", e2, e2.args)
print("with_traceback returns self:", e2.with_traceback(None) is e2)
print("exceptions compare by identity:", ValueError("a") == ValueError("a"), e2 == e2)
