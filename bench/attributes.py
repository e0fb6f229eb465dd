# Benchmark: attribute-heavy classes (instance attribute loads/stores, method calls, properties, class attributes).


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def add(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def scale(self, k):
        return Vector(self.x * k, self.y * k)

    def dot(self, other):
        return self.x * other.x + self.y * other.y


class Particle:
    drag = 0.999

    def __init__(self, x, y, vx, vy):
        self.pos = Vector(x, y)
        self.vel = Vector(vx, vy)
        self.bounces = 0

    @property
    def speed2(self):
        return self.vel.dot(self.vel)

    def step(self, dt, gravity):
        self.vel = self.vel.add(gravity.scale(dt)).scale(self.drag)
        self.pos = self.pos.add(self.vel.scale(dt))
        if self.pos.y < 0:
            self.pos.y = -self.pos.y
            self.vel.y = -self.vel.y
            self.bounces += 1


class Counter:
    def __init__(self):
        self.count = 0
        self.total = 0

    def record(self, value):
        self.count += 1
        self.total += value


particles = [Particle(i * 0.5, 10.0 + i % 7, (i % 5) - 2.0, 0.0) for i in range(100)]
gravity = Vector(0.0, -9.81)
stats = Counter()
for tick in range(8000):
    for p in particles:
        p.step(0.01, gravity)
    stats.record(particles[tick % 100].speed2)
bounces = sum(p.bounces for p in particles)
print(f"attributes checksum: {bounces} {stats.count} {stats.total:.6f} {particles[0].pos.x:.6f}")
