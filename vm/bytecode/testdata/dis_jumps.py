# Every jump kind CPython 3.11 emits.
def loops(n, items):
    total = 0
    while n:
        n -= 1
        if n % 2:
            continue
        if n > 100:
            break
        total += n
    for x in items:
        if x is None:
            continue
        if x is not None and x:
            total += x
    else:
        total = -total
    return total and n or items


def comprehension(xs):
    return [x for x in xs if x if not x], {x: y for x, y in xs if x is None}


def gen(xs):
    yield from xs
    x = yield 1
    return x


async def agen(xs):
    async for x in xs:
        await x
    async with xs as y:
        yield y


def tries(f):
    try:
        f()
    except ValueError as e:
        return e
    except (TypeError, KeyError):
        pass
    else:
        f()
    finally:
        f()
    try:
        pass
    except:
        pass
    try:
        f()
    except* ValueError:
        pass
    while True:
        try:
            break
        finally:
            f()


def matcher(v):
    match v:
        case [1, 2, *rest]:
            return rest
        case {"k": x, **others}:
            return x
        case Point(x=0, y=y) if y > 0:
            return y
        case str() | bytes():
            return v
        case _:
            return None


def chained(a, b, c):
    return a < b < c, a if b else c
