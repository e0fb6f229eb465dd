class Resource:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    def __enter__(self):
        self.log.append(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        self.log.append(f"exit {self.name} {exc_type.__name__ if exc_type else None}")
        return exc_type is KeyError


log = []
with Resource("a", log) as a:
    log.append(f"body {a.name}")

with Resource("b", log) as b, Resource("c", log) as c:
    log.append(f"body {b.name}{c.name}")

with Resource("d", log):
    raise KeyError("swallowed")

try:
    with Resource("e", log):
        raise ValueError("propagates")
except ValueError:
    log.append("caught ValueError")

with (
    Resource("f", log) as f,
    Resource("g", log),
):
    log.append(f"parenthesized {f.name}")


def in_loop():
    inner_log = []
    for name in "xyz":
        with Resource(name, inner_log) as r:
            if name == "y":
                continue
            if name == "z":
                break
            inner_log.append(r.name)
    return inner_log


def returns_inside():
    with Resource("r", log):
        return "returned"


print("\n".join(log))
print(in_loop())
print(returns_inside(), log[-1])
with Resource("nested-outer", log):
    with Resource("nested-inner", log):
        pass
print(log[-4:])
