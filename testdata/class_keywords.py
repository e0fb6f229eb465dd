class Registry(type):
    classes = []

    def __new__(mcls, name, bases, namespace, *, tag=None, **extra):
        cls = super().__new__(mcls, name, bases, namespace)
        cls.tag = tag
        cls.extra = extra
        Registry.classes.append(name)
        return cls

    def __init__(cls, name, bases, namespace, **kwargs):
        super().__init__(name, bases, namespace)


class Base(metaclass=Registry, tag="base"):
    pass


class Child(Base, tag="child", version=2):
    pass


class Plugin:
    plugins = {}

    def __init_subclass__(cls, /, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Plugin.plugins[name or cls.__name__.lower()] = cls


class CsvPlugin(Plugin, name="csv"):
    pass


class JsonPlugin(Plugin):
    pass


bases = (Plugin,)
options = {"name": "dynamic"}


class Dynamic(*bases, **options):
    pass


print(Registry.classes, Base.tag, Child.tag, Child.extra)
print(sorted(Plugin.plugins), Plugin.plugins["csv"].__name__, type(Child).__name__)
