# Ends with UnboundLocalError: a name assigned later in the function is read first (no suggestion in 3.11).

counter = 10


def bump(step):
    print("bumping by", step)
    counter += step
    return counter


print("counter is", counter)
print(bump(5))
