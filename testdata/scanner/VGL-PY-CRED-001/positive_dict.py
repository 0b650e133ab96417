SETTINGS = {
    "api_key": "f1d2d2f924e986ac86fdf7b36c94bcdf32beec15",  # vigil:expect VGL-PY-CRED-001
    "region": "eu-west-1",
}
