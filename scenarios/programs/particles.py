# A tiny particle simulation: the kind of loop CPython 3.11 specializes.
# Attribute reads on instances, float arithmetic, calls to a Python
# function and a builtin, and a global constant, all in a hot loop.

GRAVITY = -9.81


class Particle:
    def __init__(self, x, y, vx, vy):
        self.x = x
        self.y = y
        self.vx = vx
        self.vy = vy

    def step(self, dt):
        self.vy += GRAVITY * dt
        self.x += self.vx * dt
        self.y += self.vy * dt
        if self.y < 0.0:
            self.y = -self.y
            self.vy = -self.vy * 0.9


def simulate(particles, steps, dt):
    for _ in range(steps):
        for p in particles:
            p.step(dt)
    return max(p.y for p in particles)


particles = [Particle(float(i), 10.0 + i, 1.0, 0.0) for i in range(8)]
print(f"highest particle after 200 steps: {simulate(particles, 200, 0.01):.3f}")
