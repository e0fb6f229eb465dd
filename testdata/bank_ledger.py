"""A double-entry ledger with accounts, transfers, rollback and reports."""


class InsufficientFunds(Exception):
    def __init__(self, account, requested):
        super().__init__(f"{account.name}: balance {account.balance}, requested {requested}")
        self.account = account
        self.requested = requested


class Account:
    next_id = 1

    def __init__(self, name, balance=0, overdraft=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.name = name
        self.balance = balance
        self.overdraft = overdraft
        self.history = []

    def withdraw(self, amount, memo):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if self.balance - amount < -self.overdraft:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append((memo, -amount))

    def deposit(self, amount, memo):
        if amount <= 0:
            raise ValueError("amount must be positive")
        self.balance += amount
        self.history.append((memo, amount))

    def __repr__(self):
        return f"<Account #{self.id} {self.name} {self.balance}>"


class Ledger:
    def __init__(self):
        self.accounts = {}
        self.journal = []

    def open(self, name, **kwargs):
        account = self.accounts[name] = Account(name, **kwargs)
        return account

    def transfer(self, source, target, amount, memo=""):
        src, dst = self.accounts[source], self.accounts[target]
        snapshot = (src.balance, dst.balance, len(src.history), len(dst.history))
        try:
            src.withdraw(amount, memo or f"to {target}")
            dst.deposit(amount, memo or f"from {source}")
        except Exception:
            src.balance, dst.balance = snapshot[:2]
            del src.history[snapshot[2]:], dst.history[snapshot[3]:]
            raise
        else:
            self.journal.append((source, target, amount))
        finally:
            assert src.balance + dst.balance == snapshot[0] + snapshot[1]

    def batch(self, transfers):
        done = failed = 0
        for args in transfers:
            try:
                self.transfer(*args)
            except InsufficientFunds as e:
                print("  declined:", e)
                failed += 1
            except (KeyError, ValueError) as e:
                print(f"  invalid: {type(e).__name__} {e}")
                failed += 1
            else:
                done += 1
        return done, failed

    def report(self):
        total = 0
        for name in sorted(self.accounts):
            acct = self.accounts[name]
            total += acct.balance
            moves = ", ".join(f"{memo}:{amt:+}" for memo, amt in acct.history) or "-"
            print(f"{name:<8}{acct.balance:>8}  {moves}")
        print(f"{'total':<8}{total:>8}")


ledger = Ledger()
ledger.open("alice", balance=500)
ledger.open("bob", balance=100, overdraft=50)
ledger.open("carol")
print(ledger.batch([
    ("alice", "bob", 200),
    ("bob", "carol", 320),
    ("bob", "carol", 300, "rent"),
    ("carol", "dave", 10),
    ("alice", "carol", -5),
    ("carol", "alice", 100, "refund"),
]))
ledger.report()
print(ledger.journal, ledger.accounts["bob"])
