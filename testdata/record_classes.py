class Record:
    fields = ()

    def __init__(self, *args, **kwargs):
        if len(args) > len(self.fields):
            raise TypeError(f"too many arguments for {type(self).__name__}")
        values = dict(zip(self.fields, args))
        for key, value in kwargs.items():
            if key in values:
                raise TypeError(f"duplicate value for {key!r}")
            if key not in self.fields:
                raise TypeError(f"unknown field {key!r}")
            values[key] = value
        missing = [f for f in self.fields if f not in values]
        if missing:
            raise TypeError(f"missing {', '.join(missing)}")
        for key in self.fields:
            setattr(self, key, values[key])

    def __repr__(self):
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self.fields)
        return f"{type(self).__name__}({args})"

    def __eq__(self, other):
        if type(other) is not type(self):
            return NotImplemented
        return self.astuple() == other.astuple()

    def __hash__(self):
        return hash(self.astuple())

    def astuple(self):
        return tuple(getattr(self, f) for f in self.fields)

    def replace(self, **changes):
        current = dict(zip(self.fields, self.astuple()))
        current.update(changes)
        return type(self)(**current)


class Employee(Record):
    fields = ("name", "team", "salary")


class Team(Record):
    fields = ("name", "budget")


staff = [
    Employee("ada", "core", 120),
    Employee("grace", "tools", 110),
    Employee(name="linus", team="core", salary=130),
    Employee("barbara", salary=105, team="docs"),
]
teams = {t.name: t for t in (Team("core", 300), Team("tools", 150), Team("docs", 90))}
by_team = {}
for e in staff:
    by_team.setdefault(e.team, []).append(e)
for name, members in sorted(by_team.items()):
    spent = sum(m.salary for m in members)
    status = "over" if spent > teams[name].budget else "within"
    print(f"{name:6} {len(members)} {spent:4} {status} budget")
raised = staff[0].replace(salary=125)
print(raised, raised == staff[0], raised == raised.replace(), len({raised, raised.replace()}))
for bad in [("x", "y", 1, 2), ()]:
    try:
        Employee(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    Employee("z", "q", 1, team="w")
except TypeError as e:
    print("TypeError:", e)
