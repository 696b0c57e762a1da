"""What an install carries: every package, every data file, the server extension (fast checks).

The installs themselves (README's, Binder's, a non-root JupyterHub build) run in .ci/install_ways.
"""
import json
import logging
import re
from pathlib import Path
from types import SimpleNamespace

import pytest

import flywheel_lib
from flywheel_lib import data

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
tomllib = pytest.importorskip("tomllib")
CONFIG = tomllib.loads(PYPROJECT)["tool"]["setuptools"]


def test_every_package_of_the_kit_is_listed_for_the_wheel():
    source = {".".join(p.parent.relative_to(ROOT).parts)
              for p in (ROOT / "flywheel_lib").rglob("__init__.py")}
    listed = set(CONFIG["packages"])
    assert source <= listed, f"add to [tool.setuptools] packages: {sorted(source - listed)}"
    assert listed - source == {"flywheel_lib._data"}


def test_every_data_file_goes_into_the_wheel():
    patterns = CONFIG["package-data"]["flywheel_lib._data"]
    assert CONFIG["package-dir"]["flywheel_lib._data"] == "data"
    for file in (ROOT / "data").iterdir():
        if file.is_file():
            assert file.suffix == ".py" or any(file.match(p) for p in patterns), \
                f"data/{file.name} would be missing from an installed kit"


def test_data_come_from_the_package_when_installed_and_from_the_checkout_otherwise(monkeypatch):
    expected = data.PACKAGED if data.PACKAGED.is_dir() else data.CHECKOUT
    monkeypatch.delenv("FLYWHEEL_KIT_DATA", raising=False)
    assert data.data_dir() == expected
    assert data.PACKAGED.parent == Path(flywheel_lib.__file__).resolve().parent
    monkeypatch.setenv("FLYWHEEL_KIT_DATA", "/elsewhere")
    assert data.data_dir() == Path("/elsewhere")


def test_the_installed_server_config_enables_the_kits_extension():
    files = tomllib.loads(PYPROJECT)["tool"]["setuptools"]["data-files"]
    (target, [source]), = files.items()
    assert target == "etc/jupyter/jupyter_server_config.d"
    config = json.loads((ROOT / source).read_text())
    assert config == {"ServerApp": {"jpserver_extensions": {"flywheel_lib.server": True}}}


def _fake_server(settings: dict):
    return SimpleNamespace(web_app=SimpleNamespace(settings=settings),
                           log=logging.getLogger("test-server"))


def test_server_extension_turns_nagle_off_unless_the_deployment_chose_its_own_class():
    server = pytest.importorskip("flywheel_lib.server")
    from jupyter_server.serverapp import ServerApp
    from jupyter_server.services.kernels.connection.base import BaseKernelWebsocketConnection

    # Jupyter Server's default is the class the kit extends: fails loudly if that ever changes.
    from jupyter_server.gateway.gateway_client import GatewayClient
    app = ServerApp()
    app.gateway_config = GatewayClient.instance()   # what ServerApp.initialize sets first
    assert app.kernel_websocket_connection_class is server.ZMQChannelsWebsocketConnection
    assert issubclass(server.NoDelayConnection, BaseKernelWebsocketConnection)
    assert server._jupyter_server_extension_points() == [{"module": "flywheel_lib.server"}]

    for start in ({}, {server.SETTING: server.ZMQChannelsWebsocketConnection}):
        app = _fake_server(dict(start))
        server._load_jupyter_server_extension(app)
        assert app.web_app.settings[server.SETTING] is server.NoDelayConnection

    class Custom(server.ZMQChannelsWebsocketConnection):
        pass
    app = _fake_server({server.SETTING: Custom})
    server._load_jupyter_server_extension(app)
    assert app.web_app.settings[server.SETTING] is Custom


def test_no_delay_connection_sets_nodelay_before_connecting():
    server = pytest.importorskip("flywheel_lib.server")
    from jupyter_server.services.kernels.websocket import KernelWebsocketHandler
    from tornado.web import Application
    calls = []

    class Handler(KernelWebsocketHandler):       # a websocket handler that records set_nodelay
        def set_nodelay(self, value):
            calls.append(("nodelay", value))

    class Recorder(server.ZMQChannelsWebsocketConnection):   # stands in for the kernel connection
        def connect(self):
            calls.append(("connect",))
            return "future"

    class Probe(server.NoDelayConnection, Recorder):   # NoDelayConnection's super() is Recorder
        pass

    request = SimpleNamespace(connection=SimpleNamespace(set_close_callback=lambda cb: None))
    handler = Handler(Application(), request)
    assert Probe(websocket_handler=handler).connect() == "future"
    assert calls == [("nodelay", True), ("connect",)]


def test_readme_names_the_install_the_tests_use():
    text = (ROOT / "requirements.txt").read_text()
    assert re.search(r"^\.$", text, re.M), "requirements.txt installs the kit itself with '.'"
