# Ends with a plain NameError (no close match) raised two calls deep.


def load_config():
    settings = {"mode": "fast", "level": 3}
    print("loaded", settings)
    return settings


def apply(config):
    print("applying mode", config["mode"])
    return config["level"] * multiplier_from_environment


config = load_config()
print("result:", apply(config))
