# Ends with ValueError: too many values to unpack, while parsing "key=value" lines.

lines = ["name=quicken", "version=0.1", "url=https://example.org/a=b"]
config = {}
for line in lines:
    key, value = line.split("=")
    config[key] = value
    print("set", key, "to", value)
print(config)
