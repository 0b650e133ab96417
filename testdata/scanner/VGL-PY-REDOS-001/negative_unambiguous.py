import re

# Each iteration starts with a separator the inner repetition cannot consume:
# one way to match, linear time.
VERSION = re.compile(r"\d+(?:\.\d+)*")
CSV = re.compile(r"^(\w+,)*\w+$")
SLUG = re.compile(r"^([a-z0-9]+-)*[a-z0-9]+$")
PATH = re.compile("^(/[a-z]+)+/?$")
