# bytearray and list slice assignment and deletion with steps: an empty
# value deletes an extended slice of a bytearray, sizes must match
# otherwise, and values come from bytes, buffers, iterables of ints or self.


def attempt(label, init, key, value=None, delete=False):
    x = init()
    try:
        if delete:
            del x[key]
        else:
            x[key] = value(x) if callable(value) else value
    except (ValueError, TypeError, IndexError) as e:
        print(f"{label:28} {type(e).__name__}: {e}")
    else:
        print(f"{label:28} {x!r}")


def ba():
    return bytearray(b"abcdef")


def lst():
    return list("abcdef")


steps = [
    ("[::2]", slice(None, None, 2)),
    ("[::-2]", slice(None, None, -2)),
    ("[1::2]", slice(1, None, 2)),
    ("[::-1]", slice(None, None, -1)),
    ("[5:1:-2]", slice(5, 1, -2)),
    ("[1:5:-1]", slice(1, 5, -1)),
    ("[4:1:2]", slice(4, 1, 2)),
    ("[10:20:3]", slice(10, 20, 3)),
    ("[-10:10:4]", slice(-10, 10, 4)),
    ("[::10]", slice(None, None, 10)),
    ("[-1:-7:-3]", slice(-1, -7, -3)),
]
values = [
    ("b''", b""),
    ("[]", []),
    ("bytearray()", bytearray()),
    ("b'xy'", b"xy"),
    ("b'xyz'", b"xyz"),
    ("bytearray(b'XYZ')", bytearray(b"XYZ")),
    ("[1, 2, 3]", [1, 2, 3]),
    ("[1, 300, 2]", [1, 300, 2]),
    ("[1, -1, 2]", [1, -1, 2]),
    ("['a']", ["a"]),
    ("range(3)", range(3)),
    ("memoryview", memoryview(b"QRS")),
    ("'xyz'", "xyz"),
    ("5", 5),
    ("3.0", 3.0),
    ("None", None),
    ("self", lambda x: x),
    ("self reversed", lambda x: x[::-1]),
    ("iter", lambda x: iter([65, 66, 67])),
    ("gen", lambda x: (c for c in b"XYZ")),
]
for sname, s in steps:
    attempt("ba del" + sname, ba, s, delete=True)
    attempt("list del" + sname, lst, s, delete=True)
    for vname, v in values:
        attempt("ba" + sname + "=" + vname, ba, s, v)
        attempt("list" + sname + "=" + vname, lst, s, v)

for k in [0, -1, 6, -7, 2]:
    for v in [65, 256, -1, "a", b"a", 2.0, True, None]:
        attempt(f"ba[{k}]={v!r}", ba, k, v)
    attempt(f"ba del [{k}]", ba, k, delete=True)
    attempt(f"list del [{k}]", lst, k, delete=True)

attempt("ba['a']=1", ba, "a", 1)
attempt("ba[1.0]=1", ba, 1.0, 1)
attempt("ba del ['a']", ba, "a", delete=True)
attempt("ba[::0]=b''", ba, slice(None, None, 0), b"")
attempt("ba del [::0]", ba, slice(None, None, 0), delete=True)
attempt("list[::0]=[]", lst, slice(None, None, 0), [])
attempt("ba[::2]=10**30", ba, slice(None, None, 2), 10**30)
attempt("list[1:2]=5", lst, slice(1, 2), 5)
attempt("ba[4:1]=b'XY'", ba, slice(4, 1), b"XY")
attempt("ba[4:1:-1]=b'XYZ'", ba, slice(4, 1, -1), b"XYZ")
attempt("ba[1:3]=self", ba, slice(1, 3), lambda x: x)
attempt("list[1:2]=self", lst, slice(1, 2), lambda x: x)


class Noisy:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        print("  __index__", self.v)
        return self.v


# A value that is not a bytearray is copied into one and the assignment
# starts over, so the slice's __index__ methods run twice.
noisy = slice(Noisy(1), Noisy(5), Noisy(2))
attempt("ba[noisy]=[70, 71]", ba, noisy, [70, 71])
attempt("ba[noisy]=bytearray", ba, noisy, bytearray(b"FG"))
attempt("ba[noisy]=b'FG'", ba, noisy, b"FG")
attempt("ba[noisy]=b''", ba, noisy, b"")
attempt("list[noisy]='FG'", lst, noisy, "FG")
attempt("ba[1]=Noisy(66)", ba, 1, Noisy(66))


def grow_then_yield(x):
    x.extend(b"123")
    yield 65


attempt("ba[::2]=growing gen", ba, slice(None, None, 2), grow_then_yield)
