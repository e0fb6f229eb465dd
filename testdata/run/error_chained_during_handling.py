# Ends with an exception raised while handling another: "During handling of the above exception, another exception occurred:".


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError:
        print("missing key", repr(key), "- trying the default table")
        return DEFAULTS[key.upper()]


DEFAULTS = {"TIMEOUT": 30}
settings = {"retries": 3}
print("retries:", read_setting(settings, "retries"))
print("timeout:", read_setting(settings, "timeout"))
print("color:", read_setting(settings, "color"))
