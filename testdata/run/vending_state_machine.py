# A vending machine as an explicit state machine with a transition table, events, and an audit log.


class TransitionError(Exception):
    def __init__(self, state, event):
        super().__init__(f"no transition from {state} on {event}")
        self.state, self.event = state, event


class VendingMachine:
    PRICES = {"A1": 125, "A2": 90, "B1": 200, "B2": 65}
    COINS = (5, 10, 25, 100)

    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.selection = None
        self.bank = 0
        self.log = []
        self.table = {
            ("idle", "coin"): self.on_coin, ("collecting", "coin"): self.on_coin,
            ("collecting", "select"): self.on_select, ("idle", "select"): self.on_select_without_money,
            ("collecting", "cancel"): self.on_cancel, ("vending", "dispensed"): self.on_dispensed,
            ("maintenance", "restock"): self.on_restock, ("idle", "service"): self.on_service,
            ("maintenance", "service"): self.on_service_done,
        }

    def fire(self, event, arg=None):
        handler = self.table.get((self.state, event))
        if handler is None:
            raise TransitionError(self.state, event)
        before = self.state
        message = handler(arg)
        self.log.append((before, event, self.state))
        print(f"  [{before:>11} --{event:^10}--> {self.state:<11}] credit={self.credit:>3} {message}")

    def on_coin(self, coin):
        if coin not in self.COINS:
            return f"rejected coin {coin}"
        self.credit += coin
        self.state = "collecting"
        return f"accepted {coin}"

    def on_select_without_money(self, code):
        return f"insert money first for {code}"

    def on_select(self, code):
        price = self.PRICES.get(code)
        if price is None:
            return f"unknown selection {code!r}"
        if self.stock.get(code, 0) == 0:
            return f"{code} sold out"
        if self.credit < price:
            return f"{code} costs {price}, need {price - self.credit} more"
        self.credit -= price
        self.bank += price
        self.stock[code] -= 1
        self.selection = code
        self.state = "vending"
        return f"vending {code}"

    def on_dispensed(self, _):
        change = self.make_change(self.credit)
        self.credit = 0
        self.state = "idle"
        return f"dispensed {self.selection}, change {change}"

    def on_cancel(self, _):
        change = self.make_change(self.credit)
        self.credit = 0
        self.state = "idle"
        return f"refund {change}"

    def on_service(self, _):
        self.state = "maintenance"
        return "service mode"

    def on_restock(self, items):
        for code, n in items.items():
            self.stock[code] = self.stock.get(code, 0) + n
        return f"stock now {self.stock}"

    def on_service_done(self, _):
        self.state = "idle"
        return "back in service"

    def make_change(self, amount):
        coins = []
        for coin in sorted(self.COINS, reverse=True):
            while amount >= coin:
                coins.append(coin)
                amount -= coin
        return coins


vm = VendingMachine({"A1": 2, "A2": 0, "B1": 1, "B2": 5})
script = [("select", "A1"), ("coin", 100), ("coin", 3), ("coin", 25), ("select", "Z9"), ("select", "A2"),
          ("select", "B1"), ("coin", 100), ("select", "B1"), ("dispensed", None), ("coin", 100), ("coin", 100),
          ("select", "B2"), ("dispensed", None), ("coin", 25), ("cancel", None), ("dispensed", None),
          ("service", None), ("coin", 25), ("restock", {"A2": 3, "B1": 2}), ("service", None), ("coin", 100),
          ("select", "A2"), ("dispensed", None), ("select", "B1")]
for event, arg in script:
    try:
        vm.fire(event, arg)
    except TransitionError as e:
        print(f"  !! {e} (state stays {e.state})")
print("final state:", vm.state, "bank:", vm.bank, "stock:", vm.stock)
visits = {}
for before, event, after in vm.log:
    visits[(before, after)] = visits.get((before, after), 0) + 1
print("transition counts:")
for (before, after), n in sorted(visits.items()):
    print(f"  {before:>11} -> {after:<11} x{n}")
print("states reachable:", sorted({s for pair in visits for s in pair}))
