class Account:
    __slots_hint = "not really slots"

    def __init__(self, owner):
        self.__owner = owner
        self._protected = True
        self.__dunder__ = "not mangled"

    def __secret(self):
        return f"secret of {self.__owner}"

    def reveal(self):
        return self.__secret(), self.__slots_hint

    class __Inner:
        value = 1

    def inner_value(self):
        return self.__Inner.value


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__owner = "subclass owner"

    def owners(self):
        return self.__owner, self._Account__owner


def __module_level():
    return "module functions are not mangled"


class UsesGlobal:
    def call(self):
        return __module_level() if False else "skipped"

    def names(self):
        __local = 1
        return [__local for _ in range(1)], self.__attr_default()

    def __attr_default(self):
        return getattr(self, "__missing", "default")


a = Account("ann")
s = Savings("sam")
print(a.reveal(), a.inner_value(), sorted(vars(a)))
print(s.owners(), sorted(vars(s)))
print(UsesGlobal().call(), UsesGlobal().names(), __module_level())
print(hasattr(a, "__secret"), hasattr(a, "_Account__secret"))
