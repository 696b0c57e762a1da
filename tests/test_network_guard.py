"""The suite's network guard really refuses outside connections (so a green suite means offline-safe)."""
import socket

import pytest


def test_outside_connection_is_refused():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        with pytest.raises(OSError, match="network access refused"):
            s.connect(("93.184.216.34", 80))


def test_name_lookup_is_refused():
    with pytest.raises(OSError, match="network access refused"):
        socket.getaddrinfo("example.org", 443)


def test_loopback_is_allowed():
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(1)
    with server, socket.create_connection(server.getsockname(), timeout=2):
        pass
