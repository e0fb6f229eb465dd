def risky(n):
    errors = []
    if n % 2:
        errors.append(ValueError(f"odd {n}"))
    if n % 3 == 0:
        errors.append(TypeError(f"triple {n}"))
    if n > 4:
        errors.append(KeyError(n))
    if errors:
        raise ExceptionGroup(f"problems with {n}", errors)
    return n


for n in range(8):
    try:
        print("ok", risky(n))
    except* ValueError as eg:
        print("values:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("types:", [str(e) for e in eg.exceptions])
    except* KeyError:
        print("keys for", n)


def nested():
    try:
        try:
            raise ExceptionGroup("outer", [OSError("disk"), ValueError("bad")])
        except* OSError as eg:
            print("handled", len(eg.exceptions), "OSError")
    except ExceptionGroup as rest:
        return [type(e).__name__ for e in rest.exceptions]


print(nested())
