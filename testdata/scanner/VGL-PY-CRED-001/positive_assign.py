DB_HOST = "db.internal"
DB_PASSWORD = "S3cr3t-pr0d-2024!"  # vigil:expect VGL-PY-CRED-001


def connect(driver):
    return driver.connect(host=DB_HOST, user="app", password="hunter2hunter2")  # vigil:expect VGL-PY-CRED-001
