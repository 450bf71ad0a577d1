"""One exception hierarchy that callers can catch."""


class ShiftwatchError(Exception):
    """Base class of every error shiftwatch raises on purpose."""


class ConfigError(ShiftwatchError):
    """A configuration file or key is invalid; the message names the file and key."""


class InputError(ShiftwatchError):
    """An input file or manifest row cannot be used; the message names the file and problem."""


class FetchError(ShiftwatchError):
    """An HTTP fetch failed or was refused; the message names the URL."""


class DeliveryError(ShiftwatchError):
    """A webhook delivery could not be made; the message names the endpoint."""
