"""The suite runs without network sockets (pytest-socket), as the app runs without network."""

from __future__ import annotations

import socket

import pytest
from pytest_socket import SocketBlockedError


def test_network_sockets_are_refused_in_tests():
    with pytest.raises(SocketBlockedError):
        socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    with pytest.raises(SocketBlockedError):
        socket.create_connection(("127.0.0.1", 9))


def test_unix_sockets_still_work():
    a, b = socket.socketpair(socket.AF_UNIX)
    with a, b:
        a.sendall(b"x")
        assert b.recv(1) == b"x"
