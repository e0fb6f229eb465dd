# A small Lisp interpreter: reader, environments with closures, special forms, tail-recursive loop.


class Symbol(str):
    pass


class Procedure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env

    def __repr__(self):
        return f"<lambda ({' '.join(self.params)})>"


def tokenize(text):
    return text.replace("(", " ( ").replace(")", " ) ").replace("'", " ' ").split()


def read(tokens):
    if not tokens:
        raise SyntaxError("unexpected EOF")
    tok = tokens.pop(0)
    if tok == "(":
        lst = []
        while tokens and tokens[0] != ")":
            lst.append(read(tokens))
        if not tokens:
            raise SyntaxError("missing )")
        tokens.pop(0)
        return lst
    if tok == ")":
        raise SyntaxError("unexpected )")
    if tok == "'":
        return [Symbol("quote"), read(tokens)]
    for conv in (int, float):
        try:
            return conv(tok)
        except ValueError:
            pass
    return Symbol(tok)


class Env(dict):
    def __init__(self, params=(), args=(), outer=None):
        super().__init__(zip(params, args))
        self.outer = outer

    def find(self, name):
        env = self
        while env is not None:
            if name in env:
                return env
            env = env.outer
        raise NameError(f"unbound symbol {name}")


def standard_env():
    env = Env()
    env.update({"+": lambda *a: sum(a), "-": lambda a, b=None: -a if b is None else a - b,
                "*": lambda a, b: a * b, "/": lambda a, b: a / b, "<": lambda a, b: a < b,
                ">": lambda a, b: a > b, "=": lambda a, b: a == b, "<=": lambda a, b: a <= b,
                "car": lambda x: x[0], "cdr": lambda x: x[1:], "cons": lambda a, b: [a] + b,
                "list": lambda *a: list(a), "null?": lambda x: x == [], "length": len,
                "mod": lambda a, b: a % b, "display": lambda x: print(";", to_string(x)) or x})
    return env


def evaluate(x, env):
    while True:
        if isinstance(x, Symbol):
            return env.find(x)[x]
        if not isinstance(x, list):
            return x
        op, *args = x
        if op == "quote":
            return args[0]
        if op == "if":
            test, conseq, alt = args
            x = conseq if evaluate(test, env) else alt
            continue
        if op == "define":
            name, expr = args
            env[name] = evaluate(expr, env)
            return None
        if op == "set!":
            name, expr = args
            env.find(name)[name] = evaluate(expr, env)
            return None
        if op == "lambda":
            return Procedure(args[0], args[1], env)
        if op == "begin":
            for e in args[:-1]:
                evaluate(e, env)
            x = args[-1]
            continue
        proc = evaluate(op, env)
        vals = [evaluate(a, env) for a in args]
        if isinstance(proc, Procedure):
            x, env = proc.body, Env(proc.params, vals, proc.env)
            continue
        return proc(*vals)


def to_string(x):
    if x is True:
        return "#t"
    if x is False:
        return "#f"
    if isinstance(x, list):
        return "(" + " ".join(map(to_string, x)) + ")"
    return str(x)


global_env = standard_env()
program = """
(define fact (lambda (n) (if (<= n 1) 1 (* n (fact (- n 1))))))
(fact 20)
(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))
(fib 15)
(define count-down (lambda (n acc) (if (= n 0) acc (count-down (- n 1) (+ acc 1)))))
(count-down 5000 0)
(define make-counter (lambda () (begin (define c 0) (lambda () (begin (set! c (+ c 1)) c)))))
(define ctr (make-counter))
(ctr)
(ctr)
(define map (lambda (f xs) (if (null? xs) '() (cons (f (car xs)) (map f (cdr xs))))))
(map (lambda (x) (* x x)) '(1 2 3 4 5))
(define filter (lambda (p xs) (if (null? xs) '() (if (p (car xs)) (cons (car xs) (filter p (cdr xs))) (filter p (cdr xs))))))
(filter (lambda (x) (= (mod x 2) 0)) (list 1 2 3 4 5 6 7 8))
(display (list 1 (list 2 3) 'sym 4.5))
(length '(a b c))
(/ 1 4)
undefined-thing
(car '())
(1 2)
"""
for line in program.strip().splitlines():
    try:
        result = evaluate(read(tokenize(line)), global_env)
        if result is not None:
            print(f"{line[:48]:<48} => {to_string(result)}")
    except (NameError, IndexError, TypeError, SyntaxError) as e:
        print(f"{line[:48]:<48} !! {type(e).__name__}: {e}")
for bad in ("(+ 1", ")", ""):
    try:
        read(tokenize(bad))
    except SyntaxError as e:
        print(f"{bad!r}: SyntaxError: {e}")
print("procedures:", global_env["fact"], global_env["ctr"])
