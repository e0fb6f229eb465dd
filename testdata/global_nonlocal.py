counter = 0
registry = []


def bump():
    global counter
    counter += 1
    return counter


def register(name):
    global registry, last_registered
    registry.append(name)
    last_registered = name


def outer():
    level = "outer"
    history = []

    def middle():
        nonlocal level
        level = "middle"

        def inner():
            nonlocal level
            history.append(level)
            level = "inner"
            return level

        return inner()

    middle()
    return level, history


def shadow():
    counter = "local"
    return counter


bump()
bump()
register("alpha")
register("beta")
print(counter, registry, last_registered, outer(), shadow(), counter)


def make_account(balance):
    def deposit(amount):
        nonlocal balance
        balance += amount
        return balance

    def withdraw(amount):
        nonlocal balance
        if amount > balance:
            raise ValueError("insufficient funds")
        balance -= amount
        return balance

    return deposit, withdraw


dep, wd = make_account(100)
print(dep(50), wd(30))
try:
    wd(1000)
except ValueError as err:
    print("error:", err)
