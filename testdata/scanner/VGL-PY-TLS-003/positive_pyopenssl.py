from OpenSSL import SSL

context = SSL.Context(SSL.SSLv3_METHOD)  # vigil:expect VGL-PY-TLS-003
