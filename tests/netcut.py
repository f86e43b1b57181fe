"""A tiny TCP proxy whose connection a test can cut, like a booth's Wi-Fi dropping.

``NetCut`` listens on 127.0.0.1 at a free port and forwards every connection to the target
(the local PostgreSQL). ``cut()`` closes all live connections at once and refuses new ones (each
is accepted and closed straight away, so a client fails at once instead of waiting for a
timeout); ``stall()`` keeps every connection open but stops carrying bytes, as a server that
stopped answering or a Wi-Fi that holds packets does (new connections wait too); ``restore()``
forwards again.
"""

from __future__ import annotations

import contextlib
import socket
import threading

from sqlalchemy.engine import make_url


class NetCut:
    """The proxy. Use as a context manager, or call ``close()``.

    Attributes:
        port: where it listens.
        cut_count: how many live connections ``cut()`` closed, in all.
    """

    def __init__(self, target_host: str = "127.0.0.1", target_port: int = 5432) -> None:
        self.target = (target_host, target_port)
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self.port: int = self._listener.getsockname()[1]
        self._lock = threading.Lock()
        self._live: set[socket.socket] = set()
        self._cut = False
        self._flowing = threading.Event()
        self._flowing.set()
        self._closed = False
        self.cut_count = 0
        self._thread = threading.Thread(target=self._accept_loop, name="netcut", daemon=True)
        self._thread.start()

    def url(self, database_url: str) -> str:
        """``database_url`` pointed at the proxy instead of the server."""
        return make_url(database_url).set(host="127.0.0.1", port=self.port).render_as_string(
            hide_password=False
        )

    def cut(self) -> None:
        with self._lock:
            self._cut = True
            live, self._live = self._live, set()
            self.cut_count += len(live) // 2
        for sock in live:
            _close(sock)
        self._flowing.set()  # a stalled link that gives up: what it held is dropped

    def stall(self) -> None:
        """Hold every byte (live and new connections) until ``restore()`` or ``cut()``."""
        self._flowing.clear()

    def restore(self) -> None:
        with self._lock:
            self._cut = False
        self._flowing.set()

    @property
    def is_cut(self) -> bool:
        return self._cut

    def close(self) -> None:
        self._closed = True
        self.cut()
        _close(self._listener)
        self._thread.join(timeout=5)

    def __enter__(self) -> NetCut:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- inside --------------------------------------------------------------------------------
    def _accept_loop(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._flowing.wait()
            with self._lock:
                refuse = self._cut or self._closed
            if refuse:
                _close(client)
                continue
            try:
                upstream = socket.create_connection(self.target, timeout=5)
                upstream.settimeout(None)
            except OSError:
                _close(client)
                continue
            with self._lock:
                if self._cut:
                    _close(client)
                    _close(upstream)
                    continue
                self._live.update((client, upstream))
            for src, dst in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(src, dst), daemon=True).start()

    def _pump(self, src: socket.socket, dst: socket.socket) -> None:
        try:
            with contextlib.suppress(OSError):
                while data := src.recv(65536):
                    self._flowing.wait()
                    dst.sendall(data)
        finally:
            with self._lock:
                self._live.discard(src)
                self._live.discard(dst)
            _close(src)
            _close(dst)


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
