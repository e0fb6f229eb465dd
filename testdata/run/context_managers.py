# with statements: __enter__/__exit__, exception info, suppression, nesting, reuse.


class Resource:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        print(f"  enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        kind = exc_type.__name__ if exc_type else None
        print(f"  exit {self.name}: type={kind} value={exc!r} tb={'yes' if tb else None}")
        return self.suppress


with Resource("plain") as r:
    print("  body uses", r.name)
print("after plain")

try:
    with Resource("not suppressing"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught outside:", e)

with Resource("suppressing", suppress=True):
    raise KeyError("swallowed")
print("execution continues after suppression")

with Resource("a") as a, Resource("b") as b:
    print("  nested body", a.name, b.name)

try:
    with Resource("outer"), Resource("inner", suppress=True):
        raise TypeError("inner suppresses")
    print("  outer saw no exception")
    with Resource("outer2", suppress=True), Resource("inner2"):
        raise TypeError("outer suppresses")
    print("  continued after outer suppression")
except TypeError:
    print("not reached")


def early_return():
    with Resource("in function"):
        return "returned value"


print(early_return())
for i in range(3):
    with Resource(f"loop{i}"):
        if i == 1:
            continue
        if i == 2:
            break
        print("  loop body", i)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"  rolled back because of {exc_type.__name__}: {exc}")
            return True
        print("  committed")
        return False


db = {"balance": 100}
with Transaction(db) as t:
    t["balance"] -= 30
print("after commit:", db)
with Transaction(db) as t:
    t["balance"] -= 500
    if t["balance"] < 0:
        raise ValueError("insufficient funds")
print("after rollback:", db)


class Timer:
    ticks = 0

    def __enter__(self):
        Timer.ticks += 1
        self.start = Timer.ticks
        return self

    def __exit__(self, *exc):
        Timer.ticks += 10
        self.elapsed = Timer.ticks - self.start
        return None


with Timer() as tm:
    pass
print("fake timer elapsed:", tm.elapsed, "object kept after with:", type(tm).__name__)


class FailingEnter:
    def __enter__(self):
        raise RuntimeError("enter failed")

    def __exit__(self, *exc):
        print("  never called")


try:
    with FailingEnter():
        print("never runs")
except RuntimeError as e:
    print("RuntimeError:", e)


class ExitRaises:
    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        raise LookupError("from __exit__")


try:
    with ExitRaises():
        raise ValueError("original")
except LookupError as e:
    print("exit exception replaces:", repr(e), "context:", repr(e.__context__))
try:
    with 42:
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__ + ":", e)
