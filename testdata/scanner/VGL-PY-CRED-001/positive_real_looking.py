DB_PASSWORD = "Tr0ub4dor&3x"  # vigil:expect VGL-PY-CRED-001
client_secret = "9f8a7b6c5d4e3f2a1b0c"  # vigil:expect VGL-PY-CRED-001
