# Training workload: a small JSON-like tokenizer, parser and printer.


class ParseError(Exception):
    def __init__(self, pos, what):
        super().__init__(f"at {pos}: {what}")
        self.pos = pos


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        text, pos = self.text, self.pos
        while pos < len(text) and text[pos] in " \n\t":
            pos += 1
        self.pos = pos

    def value(self):
        self.skip()
        c = self.text[self.pos]
        if c == "{":
            return self.obj()
        if c == "[":
            return self.arr()
        if c == '"':
            return self.string()
        if c in "-0123456789":
            return self.number()
        for word, v in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return v
        raise ParseError(self.pos, repr(c))

    def obj(self):
        self.pos += 1
        out = {}
        self.skip()
        if self.text[self.pos] == "}":
            self.pos += 1
            return out
        while True:
            self.skip()
            key = self.string()
            self.skip()
            if self.text[self.pos] != ":":
                raise ParseError(self.pos, "expected ':'")
            self.pos += 1
            out[key] = self.value()
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "}":
                return out
            if c != ",":
                raise ParseError(self.pos - 1, "expected ',' or '}'")

    def arr(self):
        self.pos += 1
        out = []
        self.skip()
        if self.text[self.pos] == "]":
            self.pos += 1
            return out
        while True:
            out.append(self.value())
            self.skip()
            c = self.text[self.pos]
            self.pos += 1
            if c == "]":
                return out
            if c != ",":
                raise ParseError(self.pos - 1, "expected ',' or ']'")

    def string(self):
        end = self.text.index('"', self.pos + 1)
        s = self.text[self.pos + 1:end]
        self.pos = end + 1
        return s

    def number(self):
        start = self.pos
        while self.pos < len(self.text) and self.text[self.pos] in "-+.eE0123456789":
            self.pos += 1
        s = self.text[start:self.pos]
        return float(s) if "." in s or "e" in s else int(s)


def dump(v):
    if isinstance(v, dict):
        return "{" + ", ".join(f'"{k}": {dump(x)}' for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dump(x) for x in v) + "]"
    if isinstance(v, str):
        return '"' + v + '"'
    if v is None:
        return "null"
    if v is True:
        return "true"
    if v is False:
        return "false"
    return repr(v)


def make_doc(n):
    items = []
    for i in range(n):
        tags = ", ".join(f'"t{j}"' for j in range(i % 4))
        items.append(f'{{"id": {i}, "name": "item{i}", "price": {i * 1.25}, "tags": [{tags}], '
                     f'"ok": {"true" if i % 3 else "false"}, "parent": {"null" if i % 5 else i // 5}}}')
    return '{"items": [' + ", ".join(items) + '], "count": ' + str(n) + "}"


total = 0
for round_ in range(12):
    doc = make_doc(1500 + round_)
    tree = Parser(doc).value()
    text = dump(tree)
    again = Parser(text).value()
    assert again == tree
    total += len(text) + sum(len(it["tags"]) for it in tree["items"])
    for bad in ('{"a" 1}', "[1, 2", "{\"x\": ?}"):
        try:
            Parser(bad).value()
        except (ParseError, IndexError) as e:
            total += len(str(e))
print("json_text:", total)
