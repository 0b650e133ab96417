import re

DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
