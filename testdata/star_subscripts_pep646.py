"""PEP 646 syntax (new in 3.11): starred expressions in subscripts and
starred annotations on *args."""


class Shape:
    def __class_getitem__(cls, params):
        return f"Shape{params!r}"


class Table:
    def __getitem__(self, key):
        return key


dims = (2, 3)
print(Shape[int, *dims])
print(Shape[*dims])
print(Table()[*dims, 4])
print(Table()[1, *range(2), 5])


def typed_args(*args: *tuple[int, ...]):
    return sum(args)


print(typed_args(1, 2, 3), typed_args.__annotations__)
