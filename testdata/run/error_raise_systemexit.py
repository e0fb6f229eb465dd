# Ends with a bare `raise SystemExit` from inside nested calls: exit status 0, no output on stderr.


def shutdown(reason):
    print("shutting down:", reason)
    raise SystemExit


def run(tasks):
    for task in tasks:
        if task == "stop":
            shutdown("stop task reached")
        print("ran", task)


try:
    run(["load", "compute", "stop", "save"])
finally:
    print("cleanup in finally")
print("never printed")
