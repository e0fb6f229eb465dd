# Custom exception classes: extra attributes, __str__ overrides, hierarchies, error-reporting patterns.


class ValidationError(Exception):
    def __init__(self, field, message, value=None):
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
        self.value = value


class RangeError(ValidationError):
    def __init__(self, field, value, low, high):
        super().__init__(field, f"{value} not in [{low}, {high}]", value)
        self.low, self.high = low, high


class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

    def __str__(self):
        return f"missing field {self.field!r}"


class Quiet(Exception):
    pass


class NoSuperInit(Exception):
    def __init__(self, a, b):
        self.a, self.b = a, b


def validate(record):
    errors = []
    for field in ("name", "age", "email"):
        if field not in record:
            errors.append(MissingField(field))
    age = record.get("age")
    if age is not None and not 0 <= age <= 150:
        errors.append(RangeError("age", age, 0, 150))
    email = record.get("email", "")
    if email and "@" not in email:
        errors.append(ValidationError("email", "must contain @", email))
    if errors:
        raise ExceptionList(errors)
    return True


class ExceptionList(Exception):
    def __init__(self, errors):
        super().__init__(len(errors))
        self.errors = errors

    def __str__(self):
        return "; ".join(str(e) for e in self.errors)


records = [{"name": "ann", "age": 30, "email": "a@x"}, {"name": "bob", "age": 200, "email": "bob"}, {"age": -1}, {}]
for rec in records:
    try:
        print("valid:", validate(rec))
    except ExceptionList as e:
        print(f"{len(e.errors)} errors: {e}")
        for err in e.errors:
            print(f"  {type(err).__name__:<16} field={err.field!r} value={err.value!r} args={err.args} repr={err!r}")

r = RangeError("level", 11, 1, 10)
print(r, r.low, r.high, isinstance(r, ValidationError), isinstance(r, Exception))
print("empty custom:", repr(Quiet()), str(Quiet()), Quiet().args, repr(Quiet("q")))
n = NoSuperInit(1, 2)
print("no super().__init__: args come from the constructor call:", n.args, str(n), repr(n), n.a, n.b)


class HTTPError(Exception):
    status_texts = {404: "Not Found", 500: "Internal Server Error"}

    def __init__(self, status):
        self.status = status
        super().__init__(status, self.status_texts.get(status, "Unknown"))

    def __str__(self):
        return f"HTTP {self.args[0]} {self.args[1]}"


for status in (404, 500, 418):
    try:
        raise HTTPError(status)
    except HTTPError as e:
        print(e, e.args, e.status)


class Retry(Exception):
    def __init__(self, attempts):
        super().__init__(f"gave up after {attempts} attempts")
        self.attempts = attempts


def fragile(counter=[0]):
    counter[0] += 1
    if counter[0] % 4:
        raise ConnectionError(f"try {counter[0]}")
    return f"ok on try {counter[0]}"


def with_retries(fn, limit):
    last = None
    for attempt in range(1, limit + 1):
        try:
            return fn()
        except ConnectionError as e:
            print("  retrying after", e)
            last = e
    raise Retry(limit) from last


print(with_retries(fragile, 5))
try:
    with_retries(fragile, 2)
except Retry as e:
    print("Retry:", e, "| cause:", e.__cause__, "| attempts:", e.attempts)


class Fatal(BaseException):
    pass


try:
    try:
        raise Fatal("not an Exception")
    except Exception:
        print("not caught here")
except BaseException as e:
    print("BaseException subclass bypasses 'except Exception':", type(e).__name__, e)
