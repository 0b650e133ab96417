from .queries import find_user
