import sys

calls = []


def trace(fn):
    def wrapper(*args, **kwargs):
        calls.append(fn.__name__)
        return fn(*args, **kwargs)
    wrapper.__name__ = fn.__name__
    wrapper.__wrapped__ = fn
    return wrapper


def repeat(times):
    def decorate(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return decorate


def register(registry):
    def add(cls):
        registry[cls.__name__] = cls
        return cls
    return add


plugins = {}
decorators = {"trace": trace, "repeat": repeat}


@trace
def greet(name):
    return f"hello {name}"


@repeat(3)
@trace
def roll(seed):
    return seed * 7 % 5


@register(plugins)
class Alpha:
    pass


@register(plugins)
@register(plugins)
class Beta:
    @staticmethod
    @trace
    def ping():
        return "pong"

    @property
    def name(self):
        return "beta"

    @classmethod
    def create(cls):
        return cls()


@(lambda fn: fn)
@decorators["repeat"](2)
def identity_decorated():
    return "identity"


@decorators["trace"] if sys.version_info >= (3, 9) else trace
def expression_decorator():
    return "expr"


print(greet("world"), roll(3), Beta.ping(), Beta.create().name)
print(identity_decorated(), expression_decorator(), calls, sorted(plugins))
