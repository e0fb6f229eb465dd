# int and float have __divmod__ and __rdivmod__ slot wrappers; enumerate
# can be subscripted like the containers.
print((17).__divmod__(5), (17).__rdivmod__(5), (2.5).__divmod__(2), (7.0).__rdivmod__(2), True.__divmod__(2))
print(int.__divmod__, float.__rdivmod__, (1).__divmod__("x"), int.__divmod__(7, 2.0))
print(enumerate[int], list(int.__dict__).index("__divmod__") - list(int.__dict__).index("__mod__"))
class I(int):
    def __divmod__(self, o):
        return "mine"
print(divmod(I(3), 2), I(3).__divmod__(2), divmod(2, I(3)))
try:
    (5).__divmod__(0)
except ZeroDivisionError as e:
    print(e)
