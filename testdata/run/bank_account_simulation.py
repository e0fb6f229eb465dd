# A bank simulation: accounts, transfers, interest, overdraft rules, deterministic random traffic, statements.


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount / 100:.2f}; balance {account.balance / 100:.2f}")
        self.account, self.amount = account, amount


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0, overdraft=0):
        self.number = Account.next_number
        Account.next_number += 1
        self.owner = owner
        self.balance = balance
        self.overdraft = overdraft
        self.history = []

    def deposit(self, cents, memo="deposit"):
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {cents}")
        self.balance += cents
        self.history.append((memo, cents, self.balance))

    def withdraw(self, cents, memo="withdrawal"):
        if cents <= 0:
            raise ValueError(f"withdrawal must be positive, got {cents}")
        if self.balance - cents < -self.overdraft:
            raise InsufficientFunds(self, cents)
        self.balance -= cents
        self.history.append((memo, -cents, self.balance))

    def __repr__(self):
        return f"Account(#{self.number}, {self.owner!r}, {self.balance / 100:.2f})"


class Bank:
    def __init__(self, rate_bp):
        self.accounts = {}
        self.rate_bp = rate_bp
        self.failed = []

    def open(self, owner, **kw):
        acct = Account(owner, **kw)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, cents):
        a, b = self.accounts[src], self.accounts[dst]
        try:
            a.withdraw(cents, f"to #{dst}")
        except InsufficientFunds as e:
            self.failed.append(str(e))
            return False
        b.deposit(cents, f"from #{src}")
        return True

    def apply_interest(self):
        for acct in self.accounts.values():
            if acct.balance > 0:
                interest = acct.balance * self.rate_bp // 10000
                if interest:
                    acct.deposit(interest, "interest")
            elif acct.balance < 0:
                acct.balance -= 500
                acct.history.append(("overdraft fee", -500, acct.balance))

    def total(self):
        return sum(a.balance for a in self.accounts.values())


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, bound):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        return (self.state >> 33) % bound


bank = Bank(rate_bp=125)
people = [("ann", 50000, 0), ("bob", 12000, 5000), ("cyd", 800, 0), ("dee", 250000, 10000), ("eli", 0, 2000)]
for owner, balance, overdraft in people:
    bank.open(owner, balance=balance, overdraft=overdraft)
print("opened:", list(bank.accounts.values()))
print("total:", bank.total())
rng = LCG(2024)
numbers = list(bank.accounts)
ok = 0
for month in range(1, 4):
    for _ in range(25):
        src, dst = numbers[rng.next(5)], numbers[rng.next(5)]
        if src == dst:
            continue
        if bank.transfer(src, dst, (rng.next(200) + 1) * 100):
            ok += 1
    bank.apply_interest()
    print(f"month {month}: total={bank.total() / 100:,.2f} ok={ok} failed={len(bank.failed)}")
for msg in bank.failed[:5]:
    print("  failed:", msg)
for bad in (0, -5):
    try:
        bank.accounts[1000].deposit(bad)
    except ValueError as e:
        print("ValueError:", e)
print()
print(f"{'account':<10}{'owner':<8}{'balance':>12}{'entries':>9}")
for acct in sorted(bank.accounts.values(), key=lambda a: -a.balance):
    print(f"#{acct.number:<9}{acct.owner:<8}{acct.balance / 100:>12,.2f}{len(acct.history):>9}")
print()
acct = bank.accounts[1002]
print(f"statement for {acct.owner}:")
for memo, amount, balance in acct.history[:12]:
    print(f"  {memo:<16}{amount / 100:>+10.2f}{balance / 100:>11.2f}")
print("largest single movement:", max((abs(amt), m) for ac in bank.accounts.values() for m, amt, _ in ac.history))
print("interest paid:", sum(amt for ac in bank.accounts.values() for m, amt, _ in ac.history if m == "interest"))
