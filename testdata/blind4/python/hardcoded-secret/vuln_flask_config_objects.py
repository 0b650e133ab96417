import os


class BaseConfig:
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True


class DevelopmentConfig(BaseConfig):
    DEBUG = True
    SECRET_KEY = os.environ.get("DEV_SECRET_KEY", "dev")
    SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"


class ProductionConfig(BaseConfig):
    DEBUG = False
    SECRET_KEY = "q7Zr9v2LkP0xWm4sT8yB3nHc6dFe1gJa"  # LABEL: CWE-798
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL")


CONFIGS = {"development": DevelopmentConfig, "production": ProductionConfig}


def get_config(name):
    return CONFIGS.get(name, DevelopmentConfig)
