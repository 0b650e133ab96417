# Names of things, placeholders and documentation sample values are not credentials.
API_KEY_HEADER = "X-Api-Key"
password_env = "DB_PASSWORD"
secret = "secret_key"
settings = {"api_key": "your-api-key-here", "client_secret": "replace_me_later"}
AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"
auth_token = "dcd98b7102dd2f0e8b11d0f600bfb0c093"  # RFC 2617's sample nonce
access_token = "nnch734d00sl2jdk"  # RFC 5849's sample token
