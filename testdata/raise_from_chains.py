class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as e:
        raise ConfigError(f"port must be a number, got {text!r}") from e
    if not 0 < port < 65536:
        raise ConfigError("port out of range")
    return port


def reraise_different():
    try:
        parse_port("http")
    except ConfigError as e:
        raise RuntimeError("startup failed") from e.__cause__


def raise_class_not_instance():
    raise StopIteration


def raise_in_finally():
    try:
        raise ValueError("inner")
    finally:
        print("cleanup before propagating")


for text in ("8080", "x", "99999"):
    try:
        print("port", parse_port(text))
    except ConfigError as err:
        print("config:", err, "| cause:", repr(err.__cause__))

for fn in (reraise_different, raise_class_not_instance, raise_in_finally):
    try:
        fn()
    except Exception as err:
        print(fn.__name__, type(err).__name__, repr(err.__cause__))
