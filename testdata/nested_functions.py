def outer(x):
    def middle(y):
        def inner(z):
            def innermost():
                return x + y + z
            return innermost()
        return inner(y * 2)
    return middle(x + 1)


def make_pipeline(*steps):
    def run(value):
        for step in steps:
            value = step(value)
        return value

    def describe():
        return " -> ".join(step.__name__ for step in steps)

    run.describe = describe
    return run


def double(n):
    return n * 2


def increment(n):
    return n + 1


def recursive_helper(n):
    def fact(k):
        return 1 if k <= 1 else k * fact(k - 1)
    return fact(n)


def default_capture():
    base = 10

    def add(n, offset=base):
        return n + offset

    base = 20
    return add(1), base


pipeline = make_pipeline(double, increment, double)
print(outer(1), pipeline(5), pipeline.describe(), recursive_helper(6), default_capture())
print(outer.__code__.co_consts[1].co_qualname if False else outer.__qualname__)
print(make_pipeline().__qualname__, make_pipeline()(7))
