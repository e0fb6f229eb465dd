"""A warehouse inventory: products, stock movements, reservations, reorder
rules and a textual report. Exercises classes, exceptions, comprehensions,
generators, closures, sorting and string formatting together."""

LOW_STOCK, OUT_OF_STOCK, OK = "low", "out", "ok"


class InventoryError(Exception):
    pass


class UnknownProduct(InventoryError, KeyError):
    def __str__(self):
        return f"unknown product {self.args[0]!r}"


class NotEnoughStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(sku, wanted, available)
        self.sku, self.wanted, self.available = sku, wanted, available

    def __str__(self):
        return f"{self.sku}: wanted {self.wanted}, only {self.available} available"


class Product:
    __slots__ = ("sku", "name", "unit_cost", "reorder_level", "reorder_qty", "tags")

    def __init__(self, sku, name, unit_cost, reorder_level=5, reorder_qty=20, tags=()):
        self.sku = sku
        self.name = name
        self.unit_cost = unit_cost
        self.reorder_level = reorder_level
        self.reorder_qty = reorder_qty
        self.tags = frozenset(tags)

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r})"


class Movement:
    __slots__ = ("day", "sku", "delta", "reason")

    def __init__(self, day, sku, delta, reason):
        self.day, self.sku, self.delta, self.reason = day, sku, delta, reason

    def __iter__(self):
        return iter((self.day, self.sku, self.delta, self.reason))


class Inventory:
    def __init__(self):
        self.products = {}
        self.on_hand = {}
        self.reserved = {}
        self.movements = []
        self.day = 0
        self.listeners = []

    # --- catalogue -------------------------------------------------
    def add_product(self, product, initial=0):
        if product.sku in self.products:
            raise InventoryError(f"duplicate sku {product.sku}")
        self.products[product.sku] = product
        self.on_hand[product.sku] = 0
        self.reserved[product.sku] = 0
        if initial:
            self.receive(product.sku, initial, "initial stock")

    def product(self, sku):
        try:
            return self.products[sku]
        except KeyError:
            raise UnknownProduct(sku) from None

    # --- movements -------------------------------------------------
    def _move(self, sku, delta, reason):
        self.product(sku)
        self.on_hand[sku] += delta
        movement = Movement(self.day, sku, delta, reason)
        self.movements.append(movement)
        for listener in self.listeners:
            listener(movement, self)

    def receive(self, sku, qty, reason="delivery"):
        if qty <= 0:
            raise ValueError("quantity must be positive")
        self._move(sku, qty, reason)

    def available(self, sku):
        return self.on_hand[sku] - self.reserved[sku]

    def reserve(self, sku, qty):
        self.product(sku)
        if (free := self.available(sku)) < qty:
            raise NotEnoughStock(sku, qty, free)
        self.reserved[sku] += qty

    def ship(self, sku, qty):
        if self.reserved[sku] < qty:
            raise InventoryError(f"{sku}: shipping {qty} but only {self.reserved[sku]} reserved")
        self.reserved[sku] -= qty
        self._move(sku, -qty, "shipment")

    def order(self, lines):
        """Reserve every line of an order, or none of them."""
        done = []
        try:
            for sku, qty in lines:
                self.reserve(sku, qty)
                done.append((sku, qty))
        except InventoryError:
            for sku, qty in done:
                self.reserved[sku] -= qty
            raise
        return len(done)

    # --- queries ---------------------------------------------------
    def status(self, sku):
        free = self.available(sku)
        if free <= 0:
            return OUT_OF_STOCK
        if free <= self.products[sku].reorder_level:
            return LOW_STOCK
        return OK

    def by_status(self):
        groups = {OK: [], LOW_STOCK: [], OUT_OF_STOCK: []}
        for sku in sorted(self.products):
            groups[self.status(sku)].append(sku)
        return groups

    def value(self):
        return sum(self.on_hand[s] * p.unit_cost for s, p in self.products.items())

    def history(self, sku=None, *, since=0):
        for m in self.movements:
            if (sku is None or m.sku == sku) and m.day >= since:
                yield m

    def tagged(self, *tags):
        wanted = set(tags)
        return sorted(s for s, p in self.products.items() if wanted <= p.tags)

    def next_day(self):
        self.day += 1


def reorder_rule(pending):
    """A listener that queues a reorder when stock falls to the reorder level."""
    def listener(movement, inv):
        sku = movement.sku
        product = inv.products[sku]
        if movement.delta < 0 and inv.on_hand[sku] <= product.reorder_level and sku not in pending:
            pending[sku] = product.reorder_qty
    return listener


def audit_log(lines):
    def listener(movement, inv):
        day, sku, delta, reason = movement
        lines.append(f"day {day:>2} {sku:<6} {delta:+4} {reason}")
    return listener


def report(inv):
    header = f"{'sku':<6} {'name':<14} {'on hand':>7} {'reserved':>8} {'status':>6} {'value':>9}"
    rows = [header, "-" * len(header)]
    for sku in sorted(inv.products):
        p = inv.products[sku]
        rows.append(
            f"{sku:<6} {p.name:<14} {inv.on_hand[sku]:>7} {inv.reserved[sku]:>8} "
            f"{inv.status(sku):>6} {inv.on_hand[sku] * p.unit_cost:>9.2f}"
        )
    rows.append(f"{'total':<6} {'':<14} {sum(inv.on_hand.values()):>7} "
                f"{sum(inv.reserved.values()):>8} {'':>6} {inv.value():>9.2f}")
    return "\n".join(rows)


inventory = Inventory()
pending_reorders = {}
log = []
inventory.listeners += [reorder_rule(pending_reorders), audit_log(log)]
catalogue = [
    (Product("BLT-01", "hex bolt", 0.15, 50, 500, {"hardware", "small"}), 400),
    (Product("NUT-01", "hex nut", 0.05, 50, 800, {"hardware", "small"}), 120),
    (Product("DRL-10", "cordless drill", 89.0, 2, 5, {"tools", "power"}), 6),
    (Product("SAW-02", "hand saw", 24.5, 3, 10, {"tools"}), 4),
    (Product("GLU-05", "wood glue", 6.25, 10, 24, {"adhesive"}), 0),
]
for product, qty in catalogue:
    inventory.add_product(product, qty)

orders = [
    [("BLT-01", 100), ("NUT-01", 100)],
    [("DRL-10", 3), ("SAW-02", 2)],
    [("NUT-01", 50), ("BLT-01", 10)],
    [("GLU-05", 1)],
    [("XYZ-99", 1)],
    [("DRL-10", 3)],
]
for number, lines in enumerate(orders, start=1):
    inventory.next_day()
    try:
        count = inventory.order(lines)
    except NotEnoughStock as e:
        print(f"order {number}: rejected ({e})")
        continue
    except UnknownProduct as e:
        print(f"order {number}: rejected ({e})")
        continue
    for sku, qty in lines:
        inventory.ship(sku, qty)
    print(f"order {number}: shipped {count} line(s)")

inventory.next_day()
for sku, qty in sorted(pending_reorders.items()):
    inventory.receive(sku, qty, "reorder")
inventory.receive("GLU-05", 24)
try:
    inventory.add_product(Product("BLT-01", "dup", 1))
except InventoryError as e:
    print("error:", e)
try:
    inventory.receive("BLT-01", 0)
except ValueError as e:
    print("error:", e)

print(report(inventory))
print(inventory.by_status())
print(inventory.tagged("hardware"), inventory.tagged("tools", "power"), inventory.tagged("nothing"))
print(sorted(pending_reorders.items()))
print(sum(1 for _ in inventory.history("BLT-01")), [m.delta for m in inventory.history(since=7)])
print("\n".join(log[-4:]))
print(isinstance(UnknownProduct("x"), KeyError), str(UnknownProduct("x")))
