package vm

import "testing"

func TestIsInstance(t *testing.T) {
	checkOMTable(t, map[string]string{
		"basic": `class A: pass
class B(A): pass
b = B()
print(isinstance(b, A), isinstance(b, B), isinstance(A(), B), isinstance(1, int), isinstance(True, int))
print(isinstance(b, (int, A)), isinstance(b, (int, (str, B))), isinstance(b, ()), isinstance(1, object))
print(issubclass(B, A), issubclass(A, B), issubclass(B, (int, A)), issubclass(bool, int), issubclass(A, A))
print(isinstance(A, type), issubclass(type, object), isinstance(type, type))
`,
		"arg 2 errors": `isinstance(1, 1)
`,
		"issubclass arg 1": `issubclass(1, int)
`,
		"issubclass arg 2": `issubclass(int, 1)
`,
		"instancecheck": `class Meta(type):
    def __instancecheck__(cls, inst):
        print('check', cls.__name__, inst)
        return inst == 42
    def __subclasscheck__(cls, sub):
        return sub is int
class Anything(metaclass=Meta): pass
print(isinstance(42, Anything), isinstance(1, Anything), isinstance(Anything(), Anything))
print(issubclass(int, Anything), issubclass(str, Anything), issubclass(Anything, Anything))
`,
		"class attribute": `class Fake:
    @property
    def __class__(self): return int
print(isinstance(Fake(), int), isinstance(Fake(), Fake), type(Fake()).__name__)
`,
		"abstract bases": `class Sub:
    __bases__ = ()
class Abs:
    __bases__ = (Sub,)
class Inst:
    __class__ = Abs
print(issubclass(Abs, Sub), isinstance(Inst(), Sub))
`,
		"type checks": `print(type(1) is int, type(True) is bool, type(type) is type, type.__class__, object.__class__)
class M(type): pass
class C(metaclass=M): pass
print(type(C), C.__class__, M.__mro__, isinstance(C, M), M.__base__)
`,
	})
}

func TestTypeCall(t *testing.T) {
	checkOMTable(t, map[string]string{
		"new returns other": `class A:
    def __new__(cls): return 1
    def __init__(self): print('not called')
print(A())
class B:
    def __new__(cls): return object.__new__(C)
    def __init__(self): print('B init')
class C(B):
    def __init__(self): print('C init')
print(type(B()).__name__)
`,
		"cannot create": `type(None).__init__(None)
import_ = type(iter([]))
import_()
`,
		"type init": `print(type.__init__(int, 1), type.__init__(int, 1, 2, 3))
type.__init__(int)
`,
		"type init kw": `type.__init__(int, 1, x=2)
`,
	})
}
