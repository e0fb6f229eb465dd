"""Cooperative multitasking with generators: tasks yield to a scheduler."""


class Scheduler:
    def __init__(self):
        self.ready = []
        self.log = []
        self.clock = 0
        self.sleeping = []

    def spawn(self, name, gen):
        self.ready.append((name, gen, None))

    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.clock = min(wake for wake, _, _ in self.sleeping)
            for entry in [s for s in self.sleeping if s[0] <= self.clock]:
                self.sleeping.remove(entry)
                self.ready.append((entry[1], entry[2], self.clock))
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as done:
                self.log.append(f"t={self.clock} {name} finished -> {done.value}")
                continue
            self.clock += 1
            match request:
                case ("sleep", ticks):
                    self.sleeping.append((self.clock + ticks, name, gen))
                case ("log", message):
                    self.log.append(f"t={self.clock} {name}: {message}")
                    self.ready.append((name, gen, None))
                case _:
                    self.ready.append((name, gen, request))


def worker(label, steps):
    total = 0
    for i in range(steps):
        yield ("log", f"{label} step {i}")
        total += i
        woke_at = yield ("sleep", i + 1)
        yield ("log", f"{label} woke at {woke_at}")
    return total


def echo():
    value = yield "first"
    while value is not None:
        value = yield ("log", f"echo {value!r}")
    return "echo done"


sched = Scheduler()
sched.spawn("w1", worker("alpha", 2))
sched.spawn("w2", worker("beta", 3))
sched.spawn("echo", echo())
sched.run()
print("\n".join(sched.log))
