PRICES = {"cola": 150, "chips": 100, "candy": 65}
COINS = (200, 100, 50, 20, 10, 5)


class VendingMachine:
    def __init__(self, stock):
        self.stock = dict(stock)
        self.state = "idle"
        self.credit = 0
        self.selection = None
        self.output = []

    def handle(self, event, arg=None):
        handler = getattr(self, f"on_{self.state}_{event}", None)
        if handler is None:
            self.output.append(f"[{self.state}] ignored {event}")
            return
        handler(arg)

    def on_idle_coin(self, value):
        self.credit += value
        self.state = "paying"
        self.output.append(f"credit {self.credit}")

    def on_paying_coin(self, value):
        self.on_idle_coin(value)
        if self.selection and self.credit >= PRICES[self.selection]:
            self.dispense()

    def on_idle_select(self, item):
        self.on_paying_select(item)

    def on_paying_select(self, item):
        if item not in PRICES:
            self.output.append(f"unknown item {item!r}")
        elif not self.stock.get(item):
            self.output.append(f"{item} sold out")
        else:
            self.selection = item
            if self.credit >= PRICES[item]:
                self.dispense()
            else:
                self.state = "paying"
                self.output.append(f"insert {PRICES[item] - self.credit} more")

    def on_paying_cancel(self, _):
        self.output.append(f"refund {self.make_change(self.credit)}")
        self.reset()

    def dispense(self):
        item = self.selection
        self.stock[item] -= 1
        change = self.credit - PRICES[item]
        self.output.append(f"dispense {item}, change {self.make_change(change)}")
        self.reset()

    def reset(self):
        self.credit, self.selection, self.state = 0, None, "idle"

    @staticmethod
    def make_change(amount):
        coins = []
        for coin in COINS:
            while amount >= coin:
                amount -= coin
                coins.append(coin)
        return coins


vm = VendingMachine({"cola": 1, "chips": 5})
script = [
    ("select", "cola"), ("coin", 100), ("coin", 100),
    ("select", "cola"), ("select", "candy"), ("select", "tea"),
    ("coin", 20), ("coin", 5), ("cancel", None), ("cancel", None),
    ("coin", 200), ("select", "chips"),
]
for event, arg in script:
    vm.handle(event, arg)
print("\n".join(vm.output))
print(vm.stock, vm.state)
