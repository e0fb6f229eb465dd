# Ends with sys.exit("message"): the message goes to stderr and the exit status is 1.
import sys

config = {"input": "data.csv", "output": None}
print("checking configuration")
for key, value in config.items():
    print(f"  {key} = {value!r}")
missing = [k for k, v in config.items() if v is None]
if missing:
    sys.exit(f"error: missing configuration value(s): {', '.join(missing)}")
print("never printed")
