# Closures: captured variables live in cells shared between functions.


def make_counter(start=0):
    count = start

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def get():
        return count

    return increment, get


inc, get = make_counter(10)
print(inc(), inc(), inc(5), get())
inc2, get2 = make_counter()
print(inc2(), get(), get2())
print("closure cells:", len(inc.__closure__), inc.__closure__[0].cell_contents, inc.__code__.co_freevars)
print("cellvars of maker:", make_counter.__code__.co_cellvars)

late = [lambda: i for i in range(4)]
print("late binding:", [f() for f in late])
early = [lambda i=i: i for i in range(4)]
print("default binding:", [f() for f in early])


def make_multipliers():
    result = []
    for factor in range(1, 4):
        def mul(x, factor=factor):
            return x * factor
        result.append(mul)
    return result


print("multipliers:", [m(10) for m in make_multipliers()])


def outer():
    x = "outer"

    def middle():
        def inner():
            return x.upper()
        return inner

    fn = middle()
    x = "changed before call"
    return fn


print("sees latest value:", outer()())


def accumulator():
    total = []

    def add(v):
        total.append(v)
        return sum(total)

    return add


acc = accumulator()
print("mutating captured list:", acc(1), acc(2), acc(3))


def compose(*fns):
    def composed(x):
        for fn in reversed(fns):
            x = fn(x)
        return x
    return composed


pipeline = compose(lambda x: x + 1, lambda x: x * 2, abs)
print("compose:", pipeline(-5), compose()(7))


def memoize(fn):
    cache = {}

    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]

    wrapper.cache = cache
    return wrapper


@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print("memo fib:", fib(80), len(fib.cache), sorted(fib.cache)[:5])


def unbound_free():
    def show():
        return value
    try:
        show()
    except NameError as e:
        print("NameError:", e)
    value = 5
    return show()


print("free variable later assigned:", unbound_free())


def shadow():
    x = 1

    def inner():
        x = 2
        return x

    return inner(), x


print("assignment makes a local:", shadow())


def class_in_closure(tag):
    class Tagged:
        def label(self):
            return f"<{tag}>"
    return Tagged


print("class body closure:", class_in_closure("a")().label(), class_in_closure("b")().label())
gen_closures = (lambda: n for n in range(3))
print("generator of lambdas:", [g() for g in gen_closures])
