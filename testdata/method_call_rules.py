import math
import sys as system
from math import floor


class Greeter:
    def hello(self, *args, **kwargs):
        return len(args), len(kwargs)


g = Greeter()
print(math.sqrt(16), system.getrecursionlimit() > 0, floor(2.5))
print(g.hello(1, 2), g.hello(*[1, 2]), g.hello(**{"a": 1}), g.hello(1, k=2))


def in_function():
    import math as m2
    local = Greeter()
    return (
        math.floor(1.5),
        m2.ceil(1.5),
        local.hello(1),
        local.hello(*(1,)),
        local.hello(k=1),
        local.hello(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28),
        local.hello(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29),
        local.hello(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, a=1),
        system.intern("x"),
        len("abc"),
        print.__name__,
        str.upper("q"),
    )


class UsesSelf:
    def method(self):
        return self.helper(), super().__init__(), type(self).__name__.lower()

    def helper(self):
        return Greeter().hello(self)


print(in_function(), UsesSelf().method())
