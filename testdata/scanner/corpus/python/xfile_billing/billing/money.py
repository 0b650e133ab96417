from decimal import Decimal


def parse_amount(raw):
    value = int(raw)
    return str(Decimal(value) / 100)
