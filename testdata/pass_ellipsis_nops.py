def stub():
    pass


def ellipsis_body():
    ...


def pass_then_return():
    pass
    return 1


def constant_statements():
    1
    "string statement"
    None
    ...
    3.14
    return 2


class Empty:
    pass


class EllipsisClass:
    ...


if True:
    pass
else:
    pass

for _ in range(2):
    pass

while False:
    pass

try:
    pass
except Exception:
    pass

with open(__file__):
    pass

print(stub(), ellipsis_body(), pass_then_return(), constant_statements(), Empty, EllipsisClass)
