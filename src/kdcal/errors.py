"""The errors kdcal raises for input it refuses; each message names the file, key or row."""


class KdcalError(Exception):
    """Input or state that kdcal refuses, with a message a user can act on."""
