"""The errors kdcal raises for input it refuses; each message names the file, key or row."""


class KdcalError(Exception):
    """Input or state that kdcal refuses, with a message a user can act on."""


class ConfigError(KdcalError, ValueError):
    """A bad configuration value, with the key, the value and what is allowed."""


def first_line(error: BaseException) -> str:
    """The first line of a library's error message (its type name when the message is empty), for
    a one-line refusal that quotes it."""
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__
