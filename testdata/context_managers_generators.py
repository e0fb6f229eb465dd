class contextmanager_lite:
    """A tiny contextlib.contextmanager written from the protocol."""

    def __init__(self, fn):
        self.fn = fn

    def __call__(self, *args, **kwargs):
        return _GeneratorContext(self.fn(*args, **kwargs))


class _GeneratorContext:
    def __init__(self, gen):
        self.gen = gen

    def __enter__(self):
        return next(self.gen)

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        try:
            self.gen.throw(exc)
        except StopIteration:
            return True
        except BaseException as raised:
            if raised is exc:
                return False
            raise
        return False


events = []


@contextmanager_lite
def tag(name):
    events.append(f"<{name}>")
    try:
        yield name.upper()
    except KeyError as e:
        events.append(f"handled {e!r}")
    finally:
        events.append(f"</{name}>")


with tag("a") as upper:
    events.append(upper)
    with tag("b"):
        events.append("inner")
with tag("c"):
    raise KeyError("k")
try:
    with tag("d"):
        raise ValueError("v")
except ValueError as e:
    events.append(f"outside {e}")
print(" ".join(events))


class Suppress:
    def __init__(self, *kinds):
        self.kinds = kinds

    def __enter__(self):
        return None

    def __exit__(self, kind, exc, tb):
        return kind is not None and issubclass(kind, self.kinds)


with Suppress(ZeroDivisionError, IndexError):
    print("before")
    1 / 0
    print("never")
print("after")
