# Ends with an exception carrying notes (add_note, 3.11) and a multi-line message.


def check(record):
    if "id" not in record:
        err = ValueError("record has no id\nfields present: " + ", ".join(sorted(record)))
        err.add_note(f"while checking record {record!r}")
        err.add_note("hint: every record needs an 'id' field")
        raise err
    return record["id"]


print(check({"id": 7, "name": "x"}))
print(check({"name": "y", "size": 3}))
