import os


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SECRET_KEY_ENV = "APP_SECRET_KEY"


class ProductionConfig(BaseConfig):
    DEBUG = False
    SECRET_KEY = os.environ[BaseConfig.SECRET_KEY_ENV]
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


class TestingConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = os.environ.get("TEST_SECRET_KEY") or os.urandom(32).hex()
    SQLALCHEMY_DATABASE_URI = "sqlite:///:memory:"


CONFIGS = {"production": ProductionConfig, "testing": TestingConfig}


def get_config(name):
    return CONFIGS[name]
