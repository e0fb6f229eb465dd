def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    increment.reset = reset
    return increment


def make_averager():
    values = []

    def average(x):
        values.append(x)
        return sum(values) / len(values)

    return average


def cell_in_loop():
    funcs = []
    for i in range(3):
        def get(i=i):
            return i
        funcs.append(get)
    late = [lambda: i for _ in range(2)]
    return [f() for f in funcs], [f() for f in late]


def shared_cell():
    x = 1

    def read():
        return x

    def write(v):
        nonlocal x
        x = v

    return read, write


c = make_counter(10, 5)
print(c(), c(), c())
c.reset()
print(c())
avg = make_averager()
print(avg(10), avg(20), avg(60))
print(cell_in_loop())
r, w = shared_cell()
w(42)
print(r(), make_counter.__code__.co_cellvars, c.__code__.co_freevars)
