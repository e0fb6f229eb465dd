# Ends with an exception raised "from" another: "The above exception was the direct cause of the following exception:".


class ConfigError(Exception):
    pass


def parse_port(text):
    try:
        port = int(text)
    except ValueError as exc:
        raise ConfigError(f"invalid port {text!r}") from exc
    return port


for text in ("8080", "443", "eighty"):
    print("port:", parse_port(text))
