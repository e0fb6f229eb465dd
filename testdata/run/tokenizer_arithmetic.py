# A tokenizer and recursive-descent parser/evaluator for arithmetic with variables and functions.
import math


class Token:
    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"{self.kind}:{self.text!r}@{self.pos}"


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            tokens.append(Token("NUM", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("NAME", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("OP", "**", i))
            i += 2
        elif ch in "+-*/%(),=":
            tokens.append(Token("OP", ch, i))
            i += 1
        else:
            raise SyntaxError(f"unexpected character {ch!r} at {i}")
    tokens.append(Token("END", "", len(src)))
    return tokens


class Parser:
    FUNCS = {"sqrt": math.sqrt, "abs": abs, "max": max, "min": min, "floor": math.floor}

    def __init__(self, tokens, env):
        self.tokens, self.i, self.env = tokens, 0, env

    def peek(self):
        return self.tokens[self.i]

    def take(self, text=None):
        tok = self.tokens[self.i]
        if text is not None and tok.text != text:
            raise SyntaxError(f"expected {text!r} at {tok.pos}, found {tok.text or 'end'!r}")
        self.i += 1
        return tok

    def statement(self):
        if self.peek().kind == "NAME" and self.tokens[self.i + 1].text == "=":
            name = self.take().text
            self.take("=")
            self.env[name] = self.expr()
            return self.env[name]
        return self.expr()

    def expr(self):
        value = self.term()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.unary()
        while self.peek().text in ("*", "/", "%"):
            op = self.take().text
            rhs = self.unary()
            if op == "*":
                value *= rhs
            elif op == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def unary(self):
        if self.peek().text == "-":
            self.take()
            return -self.unary()
        return self.power()

    def power(self):
        base = self.atom()
        if self.peek().text == "**":
            self.take()
            return base ** self.unary()
        return base

    def atom(self):
        tok = self.take()
        if tok.kind == "NUM":
            return float(tok.text) if "." in tok.text else int(tok.text)
        if tok.kind == "NAME":
            if self.peek().text == "(":
                self.take("(")
                args = [self.expr()]
                while self.peek().text == ",":
                    self.take()
                    args.append(self.expr())
                self.take(")")
                return self.FUNCS[tok.text](*args)
            if tok.text not in self.env:
                raise NameError(f"undefined variable {tok.text!r}")
            return self.env[tok.text]
        if tok.text == "(":
            value = self.expr()
            self.take(")")
            return value
        raise SyntaxError(f"unexpected {tok.text or 'end'!r} at {tok.pos}")


print(tokenize("x1 = 3.5 * (y + 2) ** 2"))
env = {"pi": math.pi}
program = ["1 + 2 * 3", "(1 + 2) * 3", "2 ** 3 ** 2", "-2 ** 2", "7 % 3 - 10 / 4", "x = 10", "y = x * 2 + 1",
           "max(x, y, 3) - min(4, 2)", "sqrt(16) + abs(-3)", "r = 2.5", "area = pi * r ** 2", "floor(area)",
           "1 + ", "(1 + 2", "z * 2", "3 $ 4", "10 / (5 - 5)", "2 ** 100", "x = x + 1", "x"]
for line in program:
    try:
        result = Parser(tokenize(line), env).statement()
        print(f"{line:<26} => {result!r}")
    except (SyntaxError, NameError, ZeroDivisionError) as e:
        print(f"{line:<26} !! {type(e).__name__}: {e}")
print("variables:", {k: v for k, v in env.items() if k != "pi"})
