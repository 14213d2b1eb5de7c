from .base import *  # noqa: F403
from .env import env, env_bool, env_list

DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env("SECRET_KEY", "dev-only-not-secret-tidgiver-portal")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])

# Every e-mail and SMS is printed whole (recipient, text, links, codes) where `make run` runs the queue.
MAILERS = {"default": {"BACKEND": "notifications.transports.console.ReadableConsoleEmailBackend"}}
