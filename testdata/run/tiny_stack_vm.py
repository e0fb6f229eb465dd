# A tiny stack-based virtual machine with an assembler, labels, calls and a disassembly listing.

OPS = {"push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0, "dup": 0, "swap": 0, "over": 0,
       "jmp": 1, "jz": 1, "jnz": 1, "lt": 0, "eq": 0, "load": 1, "store": 1, "print": 0, "call": 1, "ret": 0, "halt": 0}


def assemble(source):
    labels, code = {}, []
    lines = [ln.split(";")[0].strip() for ln in source.strip().splitlines()]
    for ln in lines:
        if not ln:
            continue
        if ln.endswith(":"):
            labels[ln[:-1]] = len(code)
            continue
        parts = ln.split()
        op = parts[0]
        if op not in OPS:
            raise ValueError(f"unknown op {op!r}")
        code.append([op] + parts[1:])
    for instr in code:
        if OPS[instr[0]] and instr[0] in ("jmp", "jz", "jnz", "call"):
            instr[1] = labels[instr[1]]
        elif OPS[instr[0]] and instr[0] == "push":
            instr[1] = int(instr[1])
    return code, labels


def run(code, trace=False, limit=100000):
    stack, memory, calls, out = [], {}, [], []
    pc = steps = 0
    while steps < limit:
        steps += 1
        op, *arg = code[pc]
        if trace:
            print(f"  {pc:3} {op:<6}{str(arg[0]) if arg else '':<8} stack={stack}")
        pc += 1
        if op == "push":
            stack.append(arg[0])
        elif op == "pop":
            stack.pop()
        elif op in ("add", "sub", "mul", "div", "mod", "lt", "eq"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": a + b, "sub": a - b, "mul": a * b, "div": a // b if b else 0,
                          "mod": a % b if b else 0, "lt": int(a < b), "eq": int(a == b)}[op])
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op == "jmp":
            pc = arg[0]
        elif op == "jz":
            if stack.pop() == 0:
                pc = arg[0]
        elif op == "jnz":
            if stack.pop() != 0:
                pc = arg[0]
        elif op == "load":
            stack.append(memory.get(arg[0], 0))
        elif op == "store":
            memory[arg[0]] = stack.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "call":
            calls.append(pc)
            pc = arg[0]
        elif op == "ret":
            pc = calls.pop()
        elif op == "halt":
            break
    return out, steps, memory


FACTORIAL = """
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""
code, labels = assemble(FACTORIAL)
print("labels:", labels)
for i, instr in enumerate(code):
    print(f"{i:3}  {' '.join(map(str, instr))}")
out, steps, memory = run(code)
print("factorial output:", out, "steps:", steps, "memory:", memory)

SUM_TO = """
    push 0
    store total
    push 100
count:
    dup
    load total
    add
    store total
    push 1
    sub
    dup
    jnz count
    load total
    print
    halt
"""
out, steps, memory = run(assemble(SUM_TO)[0])
print("sum 1..100:", out, "vm steps:", steps, "memory:", memory)

SQUARES = """
    push 1
again:
    dup
    call square
    print
    push 1
    add
    dup
    push 6
    lt
    jnz again
    halt
square:
    dup
    mul
    ret
"""
print("trace of squares program:")
out, steps, _ = run(assemble(SQUARES)[0], trace=True, limit=30)
print("squares:", out, "steps:", steps)
try:
    assemble("bogus 1")
except ValueError as e:
    print("ValueError:", e)
