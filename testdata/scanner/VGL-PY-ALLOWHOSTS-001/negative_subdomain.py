ALLOWED_HOSTS = [".example.com"]
