# Decorators: plain, with arguments, stacked, class decorators, decorators that keep state.

log = []


def traced(fn):
    def wrapper(*args, **kwargs):
        log.append(f"call {fn.__name__}{args}")
        result = fn(*args, **kwargs)
        log.append(f"ret {fn.__name__} -> {result!r}")
        return result
    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    wrapper.__wrapped__ = fn
    return wrapper


@traced
def add(a, b):
    """Add two numbers."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__, add.__wrapped__(10, 20))
print("\n".join(log))


def repeat(times):
    def decorator(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorator


@repeat(3)
def greet(name):
    return f"hi {name}"


print(greet("ann"))


def tag(name):
    def decorator(fn):
        def wrapper(*args):
            return f"<{name}>{fn(*args)}</{name}>"
        return wrapper
    return decorator


@tag("b")
@tag("i")
def text(s):
    return s


print("stacked (bottom applies first):", text("x"))
order = []


def announce(label):
    order.append(f"factory {label}")

    def decorator(fn):
        order.append(f"decorate {label}")
        return fn
    return decorator


@announce("outer")
@announce("inner")
def target():
    pass


print("evaluation order:", order)


def count_calls(fn):
    def wrapper(*args, **kwargs):
        wrapper.calls += 1
        return fn(*args, **kwargs)
    wrapper.calls = 0
    return wrapper


@count_calls
def work(n):
    return n * 2


for i in range(5):
    work(i)
print("calls:", work.calls)
registry = {}


def register(cls):
    registry[cls.__name__.lower()] = cls
    cls.registered = True
    return cls


@register
class Circle:
    pass


@register
class Square:
    pass


print("registry:", sorted(registry), Circle.registered, registry["square"] is Square)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


@Memo
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print("class as decorator:", ways(60), len(ways.cache), type(ways).__name__)
