"""A small calculator language: tokenizer, recursive-descent parser and
tree-walking evaluator, with variables, functions and error reporting."""
import math

NUMBER, NAME, OP, LPAREN, RPAREN, COMMA, END = "NUMBER", "NAME", "OP", "(", ")", ",", "END"
OPERATORS = "+-*/%^="
KEYWORDS = {"let", "def", "if", "then", "else"}


class CalcError(Exception):
    def __init__(self, message, position):
        super().__init__(f"{message} at column {position}")
        self.position = position


class Token:
    __slots__ = ("kind", "text", "pos")

    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


def tokenize(source):
    tokens = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < n and source[i + 1].isdigit()):
            start = i
            seen_dot = False
            while i < n and (source[i].isdigit() or (source[i] == "." and not seen_dot)):
                seen_dot = seen_dot or source[i] == "."
                i += 1
            tokens.append(Token(NUMBER, source[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < n and (source[i].isalnum() or source[i] == "_"):
                i += 1
            tokens.append(Token(NAME, source[start:i], start))
        elif ch in OPERATORS:
            if ch == "=" and i + 1 < n and source[i + 1] == "=":
                tokens.append(Token(OP, "==", i))
                i += 2
                continue
            tokens.append(Token(OP, ch, i))
            i += 1
        elif ch in "(),":
            tokens.append(Token({"(": LPAREN, ")": RPAREN, ",": COMMA}[ch], ch, i))
            i += 1
        elif ch in "<>":
            tokens.append(Token(OP, ch, i))
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r}", i)
    tokens.append(Token(END, "", n))
    return tokens


class Num:
    def __init__(self, value):
        self.value = value


class Var:
    def __init__(self, name, pos):
        self.name, self.pos = name, pos


class BinOp:
    def __init__(self, op, left, right, pos):
        self.op, self.left, self.right, self.pos = op, left, right, pos


class Neg:
    def __init__(self, operand):
        self.operand = operand


class Call:
    def __init__(self, name, args, pos):
        self.name, self.args, self.pos = name, args, pos


class Let:
    def __init__(self, name, value):
        self.name, self.value = name, value


class Def:
    def __init__(self, name, params, body):
        self.name, self.params, self.body = name, params, body


class If:
    def __init__(self, cond, then, other):
        self.cond, self.then, self.other = cond, then, other


PRECEDENCE = {"==": 1, "<": 2, ">": 2, "+": 3, "-": 3, "*": 4, "/": 4, "%": 4, "^": 5}
RIGHT_ASSOC = {"^"}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.index = 0

    @property
    def current(self):
        return self.tokens[self.index]

    def advance(self):
        tok = self.tokens[self.index]
        self.index += 1
        return tok

    def expect(self, kind, text=None):
        tok = self.current
        if tok.kind != kind or (text is not None and tok.text != text):
            wanted = text or kind
            raise CalcError(f"expected {wanted!r}, found {tok.text or 'end of input'!r}", tok.pos)
        return self.advance()

    def statement(self):
        tok = self.current
        if tok.kind == NAME and tok.text == "let":
            self.advance()
            name = self.expect(NAME).text
            self.expect(OP, "=")
            node = Let(name, self.expression(0))
        elif tok.kind == NAME and tok.text == "def":
            self.advance()
            name = self.expect(NAME).text
            self.expect(LPAREN)
            params = []
            while self.current.kind != RPAREN:
                params.append(self.expect(NAME).text)
                if self.current.kind == COMMA:
                    self.advance()
            self.expect(RPAREN)
            self.expect(OP, "=")
            node = Def(name, params, self.expression(0))
        else:
            node = self.expression(0)
        self.expect(END)
        return node

    def expression(self, min_prec):
        left = self.unary()
        while self.current.kind == OP and PRECEDENCE.get(self.current.text, 0) > min_prec - 1 and self.current.text != "=":
            op = self.advance()
            prec = PRECEDENCE[op.text]
            next_min = prec if op.text in RIGHT_ASSOC else prec + 1
            right = self.expression(next_min)
            left = BinOp(op.text, left, right, op.pos)
        return left

    def unary(self):
        if self.current.kind == OP and self.current.text == "-":
            self.advance()
            return Neg(self.unary())
        return self.primary()

    def primary(self):
        tok = self.advance()
        if tok.kind == NUMBER:
            return Num(float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == NAME and tok.text == "if":
            cond = self.expression(0)
            self.expect(NAME, "then")
            then = self.expression(0)
            self.expect(NAME, "else")
            return If(cond, then, self.expression(0))
        if tok.kind == NAME and tok.text not in KEYWORDS:
            if self.current.kind == LPAREN:
                self.advance()
                args = []
                while self.current.kind != RPAREN:
                    args.append(self.expression(0))
                    if self.current.kind != RPAREN:
                        self.expect(COMMA)
                self.expect(RPAREN)
                return Call(tok.text, args, tok.pos)
            return Var(tok.text, tok.pos)
        if tok.kind == LPAREN:
            inner = self.expression(0)
            self.expect(RPAREN)
            return inner
        raise CalcError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)


BUILTINS = {
    "sqrt": math.sqrt,
    "abs": abs,
    "max": max,
    "min": min,
    "floor": math.floor,
}


class Interpreter:
    def __init__(self):
        self.globals = {"pi": math.pi}
        self.functions = {}
        self.depth = 0

    def run(self, line):
        node = Parser(tokenize(line)).statement()
        return self.execute(node)

    def execute(self, node):
        if isinstance(node, Let):
            value = self.globals[node.name] = self.evaluate(node.value, {})
            return value
        if isinstance(node, Def):
            self.functions[node.name] = node
            return f"<function {node.name}/{len(node.params)}>"
        return self.evaluate(node, {})

    def evaluate(self, node, scope):
        match node:
            case Num(value=v):
                return v
            case Var(name=name, pos=pos):
                if name in scope:
                    return scope[name]
                if name in self.globals:
                    return self.globals[name]
                raise CalcError(f"unknown variable {name!r}", pos)
            case Neg(operand=operand):
                return -self.evaluate(operand, scope)
            case If(cond=c, then=t, other=o):
                return self.evaluate(t if self.evaluate(c, scope) else o, scope)
            case BinOp(op=op, left=l, right=r, pos=pos):
                a = self.evaluate(l, scope)
                b = self.evaluate(r, scope)
                if op in "/%" and b == 0:
                    raise CalcError("division by zero", pos)
                return {
                    "+": lambda: a + b,
                    "-": lambda: a - b,
                    "*": lambda: a * b,
                    "/": lambda: a / b,
                    "%": lambda: a % b,
                    "^": lambda: a ** b,
                    "<": lambda: int(a < b),
                    ">": lambda: int(a > b),
                    "==": lambda: int(a == b),
                }[op]()
            case Call(name=name, args=args, pos=pos):
                values = [self.evaluate(arg, scope) for arg in args]
                if name in BUILTINS:
                    return BUILTINS[name](*values)
                fn = self.functions.get(name)
                if fn is None:
                    raise CalcError(f"unknown function {name!r}", pos)
                if len(values) != len(fn.params):
                    raise CalcError(f"{name} takes {len(fn.params)} arguments", pos)
                self.depth += 1
                try:
                    if self.depth > 200:
                        raise CalcError("recursion too deep", pos)
                    return self.evaluate(fn.body, dict(zip(fn.params, values)))
                finally:
                    self.depth -= 1
        raise TypeError(f"bad node {node!r}")


session = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ^ 3 ^ 2",
    "-4 + 10 % 3",
    "let x = 7",
    "x * x - 1",
    "def sq(n) = n * n",
    "sq(x) + sq(2)",
    "def fact(n) = if n < 2 then 1 else n * fact(n - 1)",
    "fact(10)",
    "def fib(n) = if n < 2 then n else fib(n - 1) + fib(n - 2)",
    "fib(15)",
    "sqrt(16) + max(1, 5, 3) + floor(2.75)",
    "let r = 2.5",
    "pi * r ^ 2",
    "1 / 0",
    "y + 1",
    "3 $ 4",
    "sq(1, 2)",
    "(1 + 2",
    "let = 5",
    "1 == 1.0",
]
calc = Interpreter()
for line in session:
    try:
        result = calc.run(line)
    except CalcError as err:
        print(f"{line:<52} !! {err}")
    else:
        shown = f"{result:.6g}" if isinstance(result, float) else result
        print(f"{line:<52} => {shown}")
print(repr(tokenize("a1 + 2.5")), sorted(calc.globals), sorted(calc.functions))
