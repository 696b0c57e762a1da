"""Shared test setup: a non-interactive backend, and no network beyond this machine.

The kit must never reach out at run time. Every test runs with outgoing connections refused except
to the loopback addresses (the browser test talks to its own JupyterLab on 127.0.0.1).
"""
import ipaddress
import os
import socket
import tempfile

import matplotlib
import pytest

matplotlib.use("Agg")

# Whatever a test or a lesson run by nbval saves (flywheels, exports) goes to a throw-away folder,
# never into the user's own ~/flywheel_kit. Kernels started by nbval inherit this.
os.environ.setdefault("FLYWHEEL_USER_DIR", tempfile.mkdtemp(prefix="flywheel-test-user-"))

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex
_real_getaddrinfo = socket.getaddrinfo


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX path
        return True
    host = address[0]
    if host in ("localhost", "", None):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _guarded_connect(self, address):
    if not _is_local(address):
        raise OSError(f"network access refused in tests: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_local(address):
        raise OSError(f"network access refused in tests: {address!r}")
    return _real_connect_ex(self, address)


def _guarded_getaddrinfo(host, *args, **kwargs):
    if host not in (None, "localhost") and not _is_local((host,)):
        raise OSError(f"network access refused in tests: name lookup of {host!r}")
    return _real_getaddrinfo(host, *args, **kwargs)


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    """Refuse every connection and name lookup that would leave this machine."""
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    monkeypatch.setattr(socket, "getaddrinfo", _guarded_getaddrinfo)
    yield


@pytest.fixture(autouse=True)
def english_default_style():
    """Every test starts (and ends) in English and the default style."""
    import flywheel_lib as fw
    fw.set_language("en")
    fw.set_style("default")
    yield
    fw.set_language("en")
    fw.set_style("default")
