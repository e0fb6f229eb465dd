# A JSON-like serializer and pretty printer written by hand, plus a small parser that round-trips it.


def escape(s):
    out = []
    for ch in s:
        code = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif code < 0x20 or code > 0x7E:
            out.append(f"\\u{code:04x}" if code < 0x10000 else "".join(f"\\u{u:04x}" for u in surrogates(code)))
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


def surrogates(code):
    code -= 0x10000
    return 0xD800 + (code >> 10), 0xDC00 + (code & 0x3FF)


def dumps(value, indent=None, level=0, sort_keys=False):
    pad = "" if indent is None else "\n" + " " * (indent * (level + 1))
    end = "" if indent is None else "\n" + " " * (indent * level)
    sep = ", " if indent is None else ","
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")):
            raise ValueError(f"out of range float: {value}")
        return repr(value)
    if isinstance(value, str):
        return escape(value)
    if isinstance(value, (list, tuple)):
        if not value:
            return "[]"
        return "[" + sep.join(pad + dumps(v, indent, level + 1, sort_keys) for v in value) + end + "]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = sorted(value.items()) if sort_keys else value.items()
        parts = []
        for k, v in items:
            if not isinstance(k, str):
                raise TypeError(f"keys must be str, not {type(k).__name__}")
            parts.append(pad + escape(k) + ": " + dumps(v, indent, level + 1, sort_keys))
        return "{" + sep.join(parts) + end + "}"
    raise TypeError(f"Object of type {type(value).__name__} is not serializable")


def loads(text):
    pos = 0

    def ws():
        nonlocal pos
        while pos < len(text) and text[pos] in " \n\t\r":
            pos += 1

    def value():
        nonlocal pos
        ws()
        ch = text[pos]
        if ch == "{":
            pos += 1
            obj = {}
            ws()
            if text[pos] == "}":
                pos += 1
                return obj
            while True:
                key = value()
                ws()
                pos += 1
                obj[key] = value()
                ws()
                pos += 1
                if text[pos - 1] == "}":
                    return obj
        if ch == "[":
            pos += 1
            arr = []
            ws()
            if text[pos] == "]":
                pos += 1
                return arr
            while True:
                arr.append(value())
                ws()
                pos += 1
                if text[pos - 1] == "]":
                    return arr
        if ch == '"':
            end = pos + 1
            chunks = []
            while text[end] != '"':
                if text[end] == "\\":
                    nxt = text[end + 1]
                    if nxt == "u":
                        chunks.append(chr(int(text[end + 2:end + 6], 16)))
                        end += 6
                        continue
                    chunks.append({"n": "\n", "t": "\t"}.get(nxt, nxt))
                    end += 2
                    continue
                chunks.append(text[end])
                end += 1
            pos = end + 1
            return "".join(chunks).encode("utf-16", "surrogatepass").decode("utf-16")
        for word, val in (("null", None), ("true", True), ("false", False)):
            if text.startswith(word, pos):
                pos += len(word)
                return val
        start = pos
        while pos < len(text) and text[pos] in "+-0123456789.eE":
            pos += 1
        num = text[start:pos]
        return float(num) if any(c in num for c in ".eE") else int(num)

    return value()


doc = {"name": "quicken", "version": [3, 11, 7], "stable": True, "beta": None, "ratio": 0.1 + 0.2,
       "nested": {"empty_list": [], "empty_dict": {}, "deep": [[1, [2, [3]]], {"k": "v"}]},
       "text": 'quote " backslash \\ tab\t newline\n é € 😀', "big": 2 ** 70, "neg": -1.5e-7}
print(dumps(doc))
print(dumps(doc, indent=2))
print(dumps(doc, indent=4, sort_keys=True)[:200])
back = loads(dumps(doc, indent=2))
print("round trip equal:", back == doc)
print("parsed types:", {k: type(v).__name__ for k, v in back.items()})
for bad in ({1: "x"}, {"s": {1, 2}}, [float("nan")]):
    try:
        dumps(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(dumps([1, "two", [3.0, {"four": [5]}]], indent=1))
print(loads('  {"a" : [1, 2.5, -3e2, true, false, null, "x\\u00e9"], "b": {}} '))
