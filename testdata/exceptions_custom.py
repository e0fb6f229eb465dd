class AppError(Exception):
    """Base class for this module's errors."""


class ValidationError(AppError):
    def __init__(self, field, message):
        super().__init__(f"{field}: {message}")
        self.field = field


class RetryableError(AppError):
    pass


def validate(record):
    if "name" not in record:
        raise ValidationError("name", "missing")
    if not isinstance(record.get("age"), int):
        raise ValidationError("age", "must be an int")
    return True


def load(raw):
    try:
        return int(raw)
    except ValueError as exc:
        raise AppError(f"cannot load {raw!r}") from exc


def suppress_context(raw):
    try:
        return int(raw)
    except ValueError:
        raise AppError("clean error") from None


for rec in ({"name": "ann", "age": 3}, {"age": 4}, {"name": "bob", "age": "x"}):
    try:
        print(validate(rec))
    except ValidationError as err:
        print("invalid", err.field, err)

try:
    load("seven")
except AppError as err:
    print(err, type(err.__cause__).__name__, err.__suppress_context__)

try:
    suppress_context("x")
except AppError as err:
    print(err, err.__cause__, err.__suppress_context__)

try:
    try:
        raise RetryableError("first")
    except RetryableError:
        raise KeyError("second")
except KeyError as err:
    print(repr(err), repr(err.__context__))

print(issubclass(ValidationError, AppError), AppError.__doc__, ValidationError.__mro__[1].__name__)
