ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b", "\f": "\\f"}


def quote(text):
    out = ['"']
    for ch in text:
        if ch in ESCAPES:
            out.append(ESCAPES[ch])
        elif ord(ch) < 0x20 or ord(ch) > 0x7E:
            code = ord(ch)
            if code > 0xFFFF:
                code -= 0x10000
                out.append(f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}")
            else:
                out.append(f"\\u{code:04x}")
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def dumps(value, indent=None, _level=0):
    pad = "" if indent is None else "\n" + " " * (indent * (_level + 1))
    close = "" if indent is None else "\n" + " " * (indent * _level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"cannot encode {value!r}")
        return repr(value)
    if isinstance(value, str):
        return quote(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        items = [pad + dumps(v, indent, _level + 1) for v in value]
        return "[" + sep.join(items) + close + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = []
        for k, v in value.items():
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            items.append(pad + quote(k) + ": " + dumps(v, indent, _level + 1))
        return "{" + sep.join(items) + close + "}"
    raise TypeError(f"cannot encode {type(value).__name__}")


document = {
    "name": "quicken",
    "tags": ["go", "python", "jit"],
    "version": [0, 1, 0],
    "stable": False,
    "score": 9.5,
    "notes": "line1\nline2\t\"quoted\" \\ é 😀",
    "nested": {"empty_list": [], "empty_dict": {}, "none": None},
}
print(dumps(document))
print(dumps(document, indent=2))
for bad in ({1: "x"}, float("nan"), {1, 2}):
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
