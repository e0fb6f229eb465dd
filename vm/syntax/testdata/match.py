match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case ["go", direction] | ["move", direction]:
        pass
    case ["drop", *objects]:
        pass
    case [*_]:
        pass
    case []:
        pass
    case ():
        pass
    case (a, b, *rest):
        pass
    case (a,):
        pass
    case a, b:
        pass
    case *a, b:
        pass
    case _:
        pass

match point:
    case Point(x=0, y=0):
        print("Origin")
    case Point(x=0, y=y):
        pass
    case Point(0, 0):
        pass
    case Point(a, b, c=1):
        pass
    case Point():
        pass
    case mod.Point(x=1,):
        pass
    case a.b.c():
        pass
    case Point(x, y) if x == y:
        pass

match value:
    case 0 | 1 | 2:
        pass
    case -1:
        pass
    case 1.5:
        pass
    case 1 + 2j:
        pass
    case -1 - 2j:
        pass
    case 3j:
        pass
    case "string":
        pass
    case "implicit" "concat":
        pass
    case b"bytes":
        pass
    case f"x":
        pass
    case None:
        pass
    case True:
        pass
    case False:
        pass
    case Color.RED:
        pass
    case mod.sub.CONST:
        pass
    case {"key": value}:
        pass
    case {"a": 1, "b": 2,}:
        pass
    case {**rest}:
        pass
    case {"a": 1, **rest}:
        pass
    case {}:
        pass
    case {1: a, -1: b, 1+2j: c, None: d, True: e, x.y: f}:
        pass
    case [1, 2] as pair:
        pass
    case (1 | 2) as num:
        pass
    case int() | str() as both:
        pass
    case [a, [b, c], {"d": e}]:
        pass
    case x if x > 10:
        pass

match a, b:
    case 1, 2:
        pass

match *a, b:
    case _:
        pass

match (a):
    case _:
        pass

match = 1
match.attr = 2
match(x)
case = 3
_ = 4
print(match, case, _)
match [x]:
    case [x]: pass
