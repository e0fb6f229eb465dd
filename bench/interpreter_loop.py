# Benchmark: a small bytecode interpreter loop (dispatch on opcodes held in a list of tuples).

PUSH, LOAD, STORE, ADD, SUB, MUL, MOD, LT, JMP, JZ, HALT = range(11)


def run(code, nvars):
    env = [0] * nvars
    stack = []
    pc = 0
    steps = 0
    while True:
        op, arg = code[pc]
        pc += 1
        steps += 1
        if op == PUSH:
            stack.append(arg)
        elif op == LOAD:
            stack.append(env[arg])
        elif op == STORE:
            env[arg] = stack.pop()
        elif op == ADD:
            b = stack.pop()
            stack.append(stack.pop() + b)
        elif op == SUB:
            b = stack.pop()
            stack.append(stack.pop() - b)
        elif op == MUL:
            b = stack.pop()
            stack.append(stack.pop() * b)
        elif op == MOD:
            b = stack.pop()
            stack.append(stack.pop() % b)
        elif op == LT:
            b = stack.pop()
            stack.append(1 if stack.pop() < b else 0)
        elif op == JMP:
            pc = arg
        elif op == JZ:
            if stack.pop() == 0:
                pc = arg
        elif op == HALT:
            return env, steps


# i = 0; acc = 0; while i < N: acc = (acc * 31 + i) % 1000003; i = i + 1
N = 500000
program = [
    (PUSH, 0), (STORE, 0), (PUSH, 0), (STORE, 1),
    (LOAD, 0), (PUSH, N), (LT, None), (JZ, 21),
    (LOAD, 1), (PUSH, 31), (MUL, None), (LOAD, 0), (ADD, None), (PUSH, 1000003), (MOD, None), (STORE, 1),
    (LOAD, 0), (PUSH, 1), (ADD, None), (STORE, 0), (JMP, 4), (HALT, None), (HALT, None),
]
env, steps = run(program, 2)
print("interpreter checksum:", env[1], steps)
