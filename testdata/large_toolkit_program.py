"""A long program (over a thousand lines): a toolkit of small utilities,
each followed by checks that print their results. Line numbers here go past
999, which widens the line-number column of the disassembly."""

import math
import sys

RESULTS = []


def check(label, got, want):
    status = "ok" if got == want else "FAIL"
    RESULTS.append((label, status))
    if status != "ok":
        print(f"{label}: got {got!r}, want {want!r}")
    return status == "ok"


# ---------------------------------------------------------------------
# Section 1: text utilities
# ---------------------------------------------------------------------


def words_of(text):
    current = []
    for ch in text:
        if ch.isalnum():
            current.append(ch)
        elif current:
            yield "".join(current)
            current = []
    if current:
        yield "".join(current)


def capitalize_words(text):
    return " ".join(w[:1].upper() + w[1:].lower() for w in words_of(text))


def is_palindrome(text):
    letters = [c.lower() for c in text if c.isalnum()]
    return letters == letters[::-1]


def run_length_encode(text):
    if not text:
        return []
    runs = []
    current, count = text[0], 1
    for ch in text[1:]:
        if ch == current:
            count += 1
        else:
            runs.append((current, count))
            current, count = ch, 1
    runs.append((current, count))
    return runs


def run_length_decode(runs):
    return "".join(ch * n for ch, n in runs)


def caesar(text, shift):
    out = []
    for ch in text:
        if "a" <= ch <= "z":
            out.append(chr((ord(ch) - ord("a") + shift) % 26 + ord("a")))
        elif "A" <= ch <= "Z":
            out.append(chr((ord(ch) - ord("A") + shift) % 26 + ord("A")))
        else:
            out.append(ch)
    return "".join(out)


def wrap(text, width):
    lines, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    if line:
        lines.append(line)
    return lines


def anagram_groups(words):
    groups = {}
    for w in words:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return sorted(sorted(g) for g in groups.values() if len(g) > 1)


def longest_common_prefix(strings):
    if not strings:
        return ""
    prefix = strings[0]
    for s in strings[1:]:
        while not s.startswith(prefix):
            prefix = prefix[:-1]
            if not prefix:
                return ""
    return prefix


def levenshtein(a, b):
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def slugify(title):
    slug = []
    dash = False
    for ch in title.lower():
        if ch.isalnum() and ch.isascii():
            slug.append(ch)
            dash = False
        elif not dash and slug:
            slug.append("-")
            dash = True
    return "".join(slug).strip("-")


check("words", list(words_of("Hello, world! 42 times")), ["Hello", "world", "42", "times"])
check("capitalize", capitalize_words("the QUICK brown fox"), "The Quick Brown Fox")
check("palindrome", [is_palindrome(s) for s in ("A man, a plan, a canal: Panama", "abc")], [True, False])
check("rle", run_length_encode("aaabccdddd"), [("a", 3), ("b", 1), ("c", 2), ("d", 4)])
check("rle roundtrip", run_length_decode(run_length_encode("xxyzzz")), "xxyzzz")
check("caesar", caesar("Hello, World!", 3), "Khoor, Zruog!")
check("caesar back", caesar(caesar("Round Trip", 11), -11), "Round Trip")
check("wrap", wrap("the quick brown fox jumps over the lazy dog", 10),
      ["the quick", "brown fox", "jumps over", "the lazy", "dog"])
check("anagrams", anagram_groups(["listen", "silent", "enlist", "google", "gogole", "cat"]),
      [["enlist", "listen", "silent"], ["gogole", "google"]])
check("prefix", longest_common_prefix(["interstellar", "internet", "interval"]), "inter")
check("prefix none", longest_common_prefix(["abc", "xyz"]), "")
check("levenshtein", levenshtein("kitten", "sitting"), 3)
check("slugify", slugify("  Hello, World: Python 3.11 & Go!  "), "hello-world-python-3-11-go")


# ---------------------------------------------------------------------
# Section 2: number utilities
# ---------------------------------------------------------------------


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


def lcm(a, b):
    return a // gcd(a, b) * b if a and b else 0


def extended_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = extended_gcd(b, a % b)
    return g, y, x - (a // b) * y


def mod_inverse(a, m):
    g, x, _ = extended_gcd(a, m)
    if g != 1:
        raise ValueError(f"{a} has no inverse modulo {m}")
    return x % m


def to_base(n, base):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, base)
        out.append(digits[r])
    return sign + "".join(reversed(out))


def digital_root(n):
    while n >= 10:
        n = sum(int(d) for d in str(n))
    return n


def collatz_length(n):
    steps = 1
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


def perfect_numbers(limit):
    found = []
    for n in range(2, limit):
        divisors = {1}
        for d in range(2, math.isqrt(n) + 1):
            if n % d == 0:
                divisors |= {d, n // d}
        if sum(divisors) == n:
            found.append(n)
    return found


def fraction_reduce(num, den):
    if den == 0:
        raise ZeroDivisionError("zero denominator")
    g = gcd(num, den)
    num, den = num // g, den // g
    if den < 0:
        num, den = -num, -den
    return num, den


def continued_fraction(num, den, limit=20):
    terms = []
    while den and len(terms) < limit:
        q, r = divmod(num, den)
        terms.append(q)
        num, den = den, r
    return terms


def integer_sqrt_newton(n):
    if n < 0:
        raise ValueError("negative")
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x


def binomial_row(n):
    row = [1]
    for k in range(n):
        row.append(row[-1] * (n - k) // (k + 1))
    return row


check("gcd", [gcd(48, 18), gcd(0, 5), gcd(-12, 8)], [6, 5, 4])
check("lcm", [lcm(4, 6), lcm(0, 3), lcm(21, 6)], [12, 0, 42])
check("extended gcd", extended_gcd(240, 46), (2, -9, 47))
check("mod inverse", mod_inverse(3, 11), 4)
check("to_base", [to_base(255, 16), to_base(-10, 2), to_base(0, 7), to_base(35, 36)], ["ff", "-1010", "0", "z"])
check("digital root", digital_root(493193), 2)
check("collatz", max(range(1, 30), key=collatz_length), 27)
check("perfect", perfect_numbers(10000), [6, 28, 496, 8128])
check("fraction", [fraction_reduce(6, -8), fraction_reduce(0, 5)], [(-3, 4), (0, 1)])
check("continued fraction", continued_fraction(415, 93), [4, 2, 6, 7])
check("isqrt", [integer_sqrt_newton(n) for n in (0, 1, 15, 16, 10 ** 30)], [0, 1, 3, 4, 10 ** 15])
check("binomial", binomial_row(6), [1, 6, 15, 20, 15, 6, 1])
try:
    mod_inverse(4, 8)
except ValueError as exc:
    check("mod inverse error", str(exc), "4 has no inverse modulo 8")


# ---------------------------------------------------------------------
# Section 3: collections
# ---------------------------------------------------------------------


class Stack:
    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)
        return self

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1] if self._items else None

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return bool(self._items)


class Queue:
    def __init__(self, items=()):
        self._front = []
        self._back = list(items)

    def put(self, item):
        self._back.append(item)

    def get(self):
        if not self._front:
            self._front = self._back[::-1]
            self._back = []
        if not self._front:
            raise IndexError("get from empty queue")
        return self._front.pop()

    def __len__(self):
        return len(self._front) + len(self._back)


class RingBuffer:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = [None] * capacity
        self.start = 0
        self.size = 0

    def append(self, item):
        end = (self.start + self.size) % self.capacity
        self.data[end] = item
        if self.size == self.capacity:
            self.start = (self.start + 1) % self.capacity
        else:
            self.size += 1

    def __iter__(self):
        for i in range(self.size):
            yield self.data[(self.start + i) % self.capacity]


class Counter(dict):
    def __init__(self, iterable=()):
        super().__init__()
        for item in iterable:
            self[item] += 1

    def __missing__(self, key):
        return 0

    def most_common(self, n=None):
        ranked = sorted(self.items(), key=lambda kv: (-kv[1], str(kv[0])))
        return ranked if n is None else ranked[:n]


class DefaultDict(dict):
    def __init__(self, factory):
        super().__init__()
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


class OrderedSet:
    def __init__(self, items=()):
        self._data = {}
        for item in items:
            self.add(item)

    def add(self, item):
        self._data[item] = None

    def discard(self, item):
        self._data.pop(item, None)

    def __contains__(self, item):
        return item in self._data

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __or__(self, other):
        return OrderedSet([*self, *other])

    def __and__(self, other):
        return OrderedSet(x for x in self if x in other)

    def __repr__(self):
        return f"OrderedSet({list(self)!r})"


def balanced(text):
    pairs = {")": "(", "]": "[", "}": "{"}
    stack = Stack()
    for ch in text:
        if ch in "([{":
            stack.push(ch)
        elif ch in pairs:
            if not stack or stack.pop() != pairs[ch]:
                return False
    return not stack


def chunked(seq, size):
    return [seq[i:i + size] for i in range(0, len(seq), size)]


def group_by(items, key):
    groups = DefaultDict(list)
    for item in items:
        groups[key(item)].append(item)
    return dict(groups)


def flatten(nested):
    out = []
    stack = [iter(nested)]
    while stack:
        for item in stack[-1]:
            if isinstance(item, (list, tuple)):
                stack.append(iter(item))
                break
            out.append(item)
        else:
            stack.pop()
    return out


s = Stack().push(1).push(2).push(3)
check("stack", (s.pop(), s.peek(), len(s)), (3, 2, 2))
q = Queue([1, 2])
q.put(3)
check("queue", [q.get(), q.get(), len(q), q.get(), len(q)], [1, 2, 1, 3, 0])
ring = RingBuffer(3)
for n in range(5):
    ring.append(n)
check("ring", list(ring), [2, 3, 4])
check("counter", Counter("abracadabra").most_common(2), [("a", 5), ("b", 2)])
check("counter missing", Counter()["zzz"], 0)
check("ordered set", list(OrderedSet("banana") | OrderedSet("bread")), ["b", "a", "n", "r", "e", "d"])
check("ordered set and", repr(OrderedSet([3, 1, 2]) & OrderedSet([2, 3])), "OrderedSet([3, 2])")
check("balanced", [balanced(t) for t in ("([]{})", "([)]", "((", "")], [True, False, False, True])
check("chunked", chunked(list(range(7)), 3), [[0, 1, 2], [3, 4, 5], [6]])
check("group_by", group_by(["apple", "avocado", "banana", "cherry", "blueberry"], lambda w: w[0]),
      {"a": ["apple", "avocado"], "b": ["banana", "blueberry"], "c": ["cherry"]})
check("flatten", flatten([1, [2, [3, 4], 5], (6, [7]), [], 8]), [1, 2, 3, 4, 5, 6, 7, 8])
try:
    Queue().get()
except IndexError as exc:
    check("queue empty", str(exc), "get from empty queue")


# ---------------------------------------------------------------------
# Section 4: dates without a datetime module
# ---------------------------------------------------------------------

MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year, month):
    if month == 2 and is_leap(year):
        return 29
    return MONTH_DAYS[month - 1]


def day_of_year(year, month, day):
    return sum(days_in_month(year, m) for m in range(1, month)) + day


def ordinal(year, month, day):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400 + day_of_year(year, month, day)


def weekday(year, month, day):
    return WEEKDAYS[(ordinal(year, month, day) - 1) % 7]


def add_days(date, n):
    year, month, day = date
    day += n
    while day > days_in_month(year, month):
        day -= days_in_month(year, month)
        month += 1
        if month > 12:
            month, year = 1, year + 1
    while day < 1:
        month -= 1
        if month < 1:
            month, year = 12, year - 1
        day += days_in_month(year, month)
    return year, month, day


def format_date(date, style="iso"):
    year, month, day = date
    match style:
        case "iso":
            return f"{year:04d}-{month:02d}-{day:02d}"
        case "us":
            return f"{month}/{day}/{year}"
        case "long":
            return f"{weekday(*date)}, {day} {month_name(month)} {year}"
        case other:
            raise ValueError(f"unknown style {other!r}")


def month_name(month):
    return ("January February March April May June July August "
            "September October November December").split()[month - 1]


def calendar(year, month):
    first = (ordinal(year, month, 1) - 1) % 7
    cells = ["  "] * first + [f"{d:2d}" for d in range(1, days_in_month(year, month) + 1)]
    rows = [" ".join(cells[i:i + 7]) for i in range(0, len(cells), 7)]
    return [f"{month_name(month)} {year}".center(20), "Mo Tu We Th Fr Sa Su"] + rows


check("leap", [is_leap(y) for y in (1900, 2000, 2023, 2024)], [False, True, False, True])
check("day of year", day_of_year(2024, 3, 1), 61)
check("weekday", weekday(2000, 1, 1), "Saturday")
check("weekday 2", weekday(2024, 7, 4), "Thursday")
check("add days", add_days((2023, 12, 30), 3), (2024, 1, 2))
check("sub days", add_days((2024, 3, 1), -1), (2024, 2, 29))
check("format", [format_date((2024, 2, 9)), format_date((2024, 2, 9), "us")], ["2024-02-09", "2/9/2024"])
check("format long", format_date((1969, 7, 20), "long"), "Sunday, 20 July 1969")
try:
    format_date((2024, 1, 1), "roman")
except ValueError as exc:
    check("format error", str(exc), "unknown style 'roman'")
for line in calendar(2024, 2):
    print(line.rstrip())


# ---------------------------------------------------------------------
# Section 5: a tiny object model with events
# ---------------------------------------------------------------------


class Event:
    def __init__(self, name):
        self.name = name
        self.handlers = []

    def subscribe(self, handler):
        self.handlers.append(handler)
        return handler

    def emit(self, *args, **kwargs):
        return [h(*args, **kwargs) for h in self.handlers]


class Observable:
    def __init__(self):
        self.__dict__["_events"] = {}
        self.__dict__["_values"] = {}

    def on(self, attr):
        return self._events.setdefault(attr, Event(attr))

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(name) from None

    def __setattr__(self, name, value):
        old = self._values.get(name)
        self._values[name] = value
        if name in self._events and old != value:
            self._events[name].emit(old, value)

    def __delattr__(self, name):
        del self._values[name]


class Temperature(Observable):
    def __init__(self, celsius):
        super().__init__()
        self.celsius = celsius

    @property
    def fahrenheit(self):
        return self.celsius * 9 / 5 + 32


changes = []
room = Temperature(20)
room.on("celsius").subscribe(lambda old, new: changes.append((old, new)))


@room.on("celsius").subscribe
def alarm(old, new):
    if new > 30:
        changes.append("too hot")


room.celsius = 25
room.celsius = 25
room.celsius = 35
check("observable", changes, [(20, 25), (25, 35), "too hot"])
check("fahrenheit", room.fahrenheit, 95.0)
del room.celsius
check("deleted", hasattr(room, "celsius"), False)
check("alarm name", alarm.__name__, "alarm")


class Money:
    __slots__ = ("cents", "currency")

    def __init__(self, amount, currency="EUR"):
        if isinstance(amount, float):
            amount = round(amount * 100)
        elif isinstance(amount, str):
            whole, _, frac = amount.partition(".")
            amount = int(whole) * 100 + int((frac + "00")[:2])
        else:
            amount *= 100
        self.cents = amount
        self.currency = currency

    @classmethod
    def _raw(cls, cents, currency):
        m = cls(0, currency)
        m.cents = cents
        return m

    def _check(self, other):
        if not isinstance(other, Money):
            return NotImplemented
        if other.currency != self.currency:
            raise ValueError(f"currency mismatch: {self.currency} vs {other.currency}")
        return None

    def __add__(self, other):
        if (bad := self._check(other)) is not None:
            return bad
        return Money._raw(self.cents + other.cents, self.currency)

    def __sub__(self, other):
        if (bad := self._check(other)) is not None:
            return bad
        return Money._raw(self.cents - other.cents, self.currency)

    def __mul__(self, factor):
        return Money._raw(round(self.cents * factor), self.currency)

    __rmul__ = __mul__

    def __eq__(self, other):
        return isinstance(other, Money) and (self.cents, self.currency) == (other.cents, other.currency)

    def __lt__(self, other):
        self._check(other)
        return self.cents < other.cents

    def __hash__(self):
        return hash((self.cents, self.currency))

    def split(self, parts):
        base, extra = divmod(self.cents, parts)
        return [Money._raw(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __str__(self):
        sign = "-" if self.cents < 0 else ""
        whole, cents = divmod(abs(self.cents), 100)
        return f"{sign}{whole:,}.{cents:02d} {self.currency}"


price = Money("19.99")
check("money add", str(price + Money(5)), "24.99 EUR")
check("money mul", str(3 * price), "59.97 EUR")
check("money split", [str(m) for m in Money(10).split(3)], ["3.34 EUR", "3.33 EUR", "3.33 EUR"])
check("money neg", str(Money(1) - Money(2.5)), "-1.50 EUR")
check("money big", str(Money(1234567)), "1,234,567.00 EUR")
check("money sort", [str(m) for m in sorted([Money(3), Money(1), Money("2.50")])],
      ["1.00 EUR", "2.50 EUR", "3.00 EUR"])
try:
    Money(1) + Money(1, "USD")
except ValueError as exc:
    check("money currency", str(exc), "currency mismatch: EUR vs USD")
try:
    Money(1) + 1
except TypeError:
    check("money type", True, True)
check("money set", len({Money(1), Money("1.00"), Money(1.0)}), 1)


# ---------------------------------------------------------------------
# Section 6: parsing a small INI-like configuration format
# ---------------------------------------------------------------------

CONFIG_TEXT = """
; comment lines start with a semicolon
[server]
host = example.org
port = 8080
debug = yes

[paths]
root = /srv/app
logs = ${root}/logs
cache = ${logs}/cache

[limits]
max_users = 250
ratio = 0.75
names = alice, bob, carol
"""


class ConfigError(Exception):
    def __init__(self, lineno, message):
        super().__init__(f"line {lineno}: {message}")
        self.lineno = lineno


def parse_config(text):
    sections = {}
    current = None
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith((";", "#")):
            continue
        if line.startswith("[") and line.endswith("]"):
            name = line[1:-1].strip()
            if not name:
                raise ConfigError(lineno, "empty section name")
            current = sections.setdefault(name, {})
            continue
        if current is None:
            raise ConfigError(lineno, "value outside a section")
        key, sep, value = line.partition("=")
        if not sep:
            raise ConfigError(lineno, f"expected key = value, got {line!r}")
        current[key.strip()] = value.strip()
    return sections


def interpolate(section):
    resolved = {}

    def resolve(key, seen=()):
        if key in resolved:
            return resolved[key]
        if key in seen:
            raise ValueError(f"cycle through {key!r}")
        value = section[key]
        out = []
        i = 0
        while i < len(value):
            if value.startswith("${", i):
                end = value.index("}", i)
                out.append(resolve(value[i + 2:end], seen + (key,)))
                i = end + 1
            else:
                out.append(value[i])
                i += 1
        resolved[key] = "".join(out)
        return resolved[key]

    for key in section:
        resolve(key)
    return resolved


def convert(value):
    lowered = value.lower()
    if lowered in ("yes", "true", "on"):
        return True
    if lowered in ("no", "false", "off"):
        return False
    for kind in (int, float):
        try:
            return kind(value)
        except ValueError:
            pass
    if "," in value:
        return [part.strip() for part in value.split(",")]
    return value


config = parse_config(CONFIG_TEXT)
paths = interpolate(config["paths"])
typed = {name: {k: convert(v) for k, v in body.items()} for name, body in config.items()}
check("sections", list(config), ["server", "paths", "limits"])
check("interpolate", paths["cache"], "/srv/app/logs/cache")
check("typed", (typed["server"]["port"], typed["server"]["debug"], typed["limits"]["ratio"]), (8080, True, 0.75))
check("list value", typed["limits"]["names"], ["alice", "bob", "carol"])
for bad_text, message in (
    ("key = value", "line 1: value outside a section"),
    ("[a]\njunk", "line 2: expected key = value, got 'junk'"),
    ("[ ]", "line 1: empty section name"),
):
    try:
        parse_config(bad_text)
    except ConfigError as exc:
        check(f"config error {exc.lineno}", str(exc), message)
try:
    interpolate({"a": "${b}", "b": "${a}"})
except ValueError as exc:
    check("cycle", str(exc), "cycle through 'a'")


# ---------------------------------------------------------------------
# Section 7: a stack-based virtual machine
# ---------------------------------------------------------------------


class VMError(Exception):
    pass


def assemble(source):
    program = []
    labels = {}
    for line in source.strip().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op.upper(), args))
    resolved = []
    for op, args in program:
        if op in ("JMP", "JZ", "CALL"):
            resolved.append((op, labels[args[0]]))
        elif op == "PUSH":
            resolved.append((op, int(args[0])))
        elif args:
            resolved.append((op, args[0]))
        else:
            resolved.append((op, None))
    return resolved


def execute(program, limit=10_000):
    stack, calls, output, variables = [], [], [], {}
    pc = steps = 0
    binary = {
        "ADD": lambda a, b: a + b,
        "SUB": lambda a, b: a - b,
        "MUL": lambda a, b: a * b,
        "DIV": lambda a, b: a // b,
        "MOD": lambda a, b: a % b,
        "LT": lambda a, b: int(a < b),
        "EQ": lambda a, b: int(a == b),
    }
    while pc < len(program):
        steps += 1
        if steps > limit:
            raise VMError("step limit exceeded")
        op, arg = program[pc]
        pc += 1
        if op == "PUSH":
            stack.append(arg)
        elif op == "POP":
            stack.pop()
        elif op == "DUP":
            stack.append(stack[-1])
        elif op == "SWAP":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op in binary:
            if len(stack) < 2:
                raise VMError(f"{op} needs two operands at {pc - 1}")
            b, a = stack.pop(), stack.pop()
            if op in ("DIV", "MOD") and b == 0:
                raise VMError("division by zero")
            stack.append(binary[op](a, b))
        elif op == "LOAD":
            stack.append(variables[arg])
        elif op == "STORE":
            variables[arg] = stack.pop()
        elif op == "JMP":
            pc = arg
        elif op == "JZ":
            if stack.pop() == 0:
                pc = arg
        elif op == "CALL":
            calls.append(pc)
            pc = arg
        elif op == "RET":
            pc = calls.pop()
        elif op == "PRINT":
            output.append(stack.pop())
        elif op == "HALT":
            break
        else:
            raise VMError(f"unknown instruction {op}")
    return output, steps


FACTORIAL = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    push 7
    call square
    print
    halt
square:     # ( n -- n*n )
    dup
    mul
    ret
"""

out, steps = execute(assemble(FACTORIAL))
check("vm factorial", out, [3628800, 49])
check("vm steps", steps < 200, True)
for bad_source, message in (
    ("push 1\npush 0\ndiv", "division by zero"),
    ("push 1\nadd", "ADD needs two operands at 1"),
    ("frob", "unknown instruction FROB"),
    ("top:\njmp top", "step limit exceeded"),
):
    try:
        execute(assemble(bad_source))
    except VMError as exc:
        check("vm error " + message.split()[0], str(exc), message)


# ---------------------------------------------------------------------
# Section 8: iterators and generator pipelines
# ---------------------------------------------------------------------


def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1


def take(n, iterable):
    result = []
    if n <= 0:
        return result
    for item in iterable:
        result.append(item)
        if len(result) >= n:
            break
    return result


def pairwise(iterable):
    it = iter(iterable)
    try:
        prev = next(it)
    except StopIteration:
        return
    for item in it:
        yield prev, item
        prev = item


def accumulate(iterable, func=lambda a, b: a + b, initial=None):
    it = iter(iterable)
    total = initial
    if total is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for item in it:
        total = func(total, item)
        yield total


def cycle(iterable):
    saved = []
    for item in iterable:
        yield item
        saved.append(item)
    while saved:
        yield from saved


def unique_everseen(iterable, key=None):
    seen = set()
    for item in iterable:
        k = item if key is None else key(item)
        if k not in seen:
            seen.add(k)
            yield item


def batched(iterable, n):
    batch = []
    for item in iterable:
        batch.append(item)
        if len(batch) == n:
            yield tuple(batch)
            batch = []
    if batch:
        yield tuple(batch)


def primes():
    composites = {}
    for n in naturals(2):
        if n not in composites:
            yield n
            composites[n * n] = [n]
        else:
            for p in composites.pop(n):
                composites.setdefault(n + p, []).append(p)


def sliding_sum(iterable, width):
    window = []
    total = 0
    for x in iterable:
        window.append(x)
        total += x
        if len(window) > width:
            total -= window.pop(0)
        if len(window) == width:
            yield total


check("take", take(5, naturals()), [1, 2, 3, 4, 5])
check("pairwise", list(pairwise("abcd")), [("a", "b"), ("b", "c"), ("c", "d")])
check("pairwise empty", list(pairwise([])), [])
check("accumulate", list(accumulate([1, 2, 3, 4])), [1, 3, 6, 10])
check("accumulate max", list(accumulate([3, 1, 4, 1, 5], max)), [3, 3, 4, 4, 5])
check("accumulate initial", list(accumulate([1, 2], initial=100)), [100, 101, 103])
check("cycle", take(7, cycle("ab")), ["a", "b", "a", "b", "a", "b", "a"])
check("unique", list(unique_everseen("AbBcCa", key=str.lower)), ["A", "b", "c"])
check("batched", list(batched(range(7), 3)), [(0, 1, 2), (3, 4, 5), (6,)])
check("primes", take(10, primes()), [2, 3, 5, 7, 11, 13, 17, 19, 23, 29])
check("sliding", list(sliding_sum(range(6), 3)), [3, 6, 9, 12])
pipeline = (x * x for x in naturals() if x % 3 == 0)
check("pipeline", take(4, pipeline), [9, 36, 81, 144])


# ---------------------------------------------------------------------
# Section 9: geometry
# ---------------------------------------------------------------------


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x, self.y = x, y

    def __sub__(self, other):
        return Point(self.x - other.x, self.y - other.y)

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return f"P({self.x}, {self.y})"


def convex_hull(points):
    pts = sorted(set(points))
    if len(pts) <= 2:
        return pts

    def half(seq):
        hull = []
        for p in seq:
            while len(hull) >= 2 and (hull[-1] - hull[-2]).cross(p - hull[-2]) <= 0:
                hull.pop()
            hull.append(p)
        return hull

    lower, upper = half(pts), half(reversed(pts))
    return lower[:-1] + upper[:-1]


def polygon_area(vertices):
    twice = 0
    for a, b in zip(vertices, vertices[1:] + vertices[:1]):
        twice += a.x * b.y - b.x * a.y
    return abs(twice) / 2


def quadrant(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point(0, _) | Point(_, 0):
            return "axis"
        case Point(x, y) if x > 0 and y > 0:
            return "I"
        case Point(x, y) if x < 0 < y:
            return "II"
        case Point(x, y) if x < 0 and y < 0:
            return "III"
        case _:
            return "IV"


cloud = [Point(x, y) for x, y in [(0, 0), (2, 0), (1, 1), (2, 2), (0, 2), (1, 3), (1, 2), (0, 0)]]
hull = convex_hull(cloud)
check("hull", hull, [Point(0, 0), Point(2, 0), Point(2, 2), Point(1, 3), Point(0, 2)])
check("area", polygon_area(hull), 5.0)
check("quadrants", [quadrant(Point(*xy)) for xy in ((0, 0), (0, 5), (1, 1), (-1, 1), (-1, -1), (1, -1))],
      ["origin", "axis", "I", "II", "III", "IV"])
check("distance", round(math.dist((0, 0), (3, 4)), 6), 5.0)


# ---------------------------------------------------------------------
# Summary
# ---------------------------------------------------------------------

passed = sum(1 for _, status in RESULTS if status == "ok")
failed = [label for label, status in RESULTS if status != "ok"]
print(f"{passed}/{len(RESULTS)} checks passed")
if failed:
    print("failed:", ", ".join(failed))
    sys.exit(1)
print("all sections done")
