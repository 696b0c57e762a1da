"""A Jupyter server extension of the kit: a slider's new picture reaches the browser at once.

A slider move makes the server send several websocket messages in a row (kernel busy, the new
picture, the readout, kernel idle). Jupyter Server leaves Nagle's algorithm on for its kernel
websockets, so each small message after the first can wait for the browser's delayed
acknowledgement. Measured with tests/benchmark.py (key press → new pixels in JupyterLab +
Chromium, same machine, same run): lesson 00's panel 72 ms → 37 ms (p50), the floor (an image
widget swapping precomputed pictures) 64 ms → 26 ms.

:class:`NoDelayConnection` is Jupyter Server's own kernel websocket connection with one change:
it switches Nagle off through tornado's public ``WebSocketHandler.set_nodelay(True)``, which
tornado documents for exactly this case (small messages that must arrive at once). Installing
the kit enables this extension (``etc/jupyter/jupyter_server_config.d/flywheel_kit.json``); on
loading, it makes the connection class the server's ``kernel_websocket_connection_class`` setting
only when that setting is still Jupyter Server's default, so a deployment that chose its own class
keeps it. Nothing of Jupyter's is patched. Switch it off with
``jupyter server extension disable flywheel_lib.server``.
"""
from __future__ import annotations

from jupyter_server.services.kernels.connection.channels import ZMQChannelsWebsocketConnection

SETTING = "kernel_websocket_connection_class"


class NoDelayConnection(ZMQChannelsWebsocketConnection):
    """Jupyter Server's kernel websocket connection, sending each message at once (TCP_NODELAY)."""

    def connect(self):
        """Switch Nagle off on the open websocket, then connect as Jupyter Server does (its
        ``connect`` returns what the websocket handler awaits, in every 2.x version)."""
        self.websocket_handler.set_nodelay(True)
        return super().connect()


def _jupyter_server_extension_points():
    return [{"module": "flywheel_lib.server"}]


def _load_jupyter_server_extension(serverapp) -> None:
    settings = serverapp.web_app.settings
    if settings.get(SETTING, ZMQChannelsWebsocketConnection) is ZMQChannelsWebsocketConnection:
        settings[SETTING] = NoDelayConnection
        serverapp.log.info("flywheel_lib.server: kernel websockets send without delay (TCP_NODELAY)")
    else:
        serverapp.log.info("flywheel_lib.server: the server's own %s is kept", SETTING)
