"""Run Milvus Lite as a real gRPC server in a child process (tests, benchmarks, local dev).

`milvus-lite server --data-dir D --host H --port P` serves the Milvus protocol; this
wrapper binds it to loopback by default, waits (bounded) until it answers, and stops it
on exit. Production deployments run Milvus standalone or distributed instead
(docs/deployment.md); the client code is the same.
"""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import TracebackType

log = logging.getLogger(__name__)


def free_port(host: str = "127.0.0.1") -> int:
    """A port nobody listens on right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


class LiteServer:
    """A `milvus-lite server` child process on host:port with its own data folder.

    Example:
        >>> with LiteServer(Path("/tmp/milvus-data")) as server:
        ...     r = MilvusRetriever.connect(corpus, embedder, server.uri)
    """

    def __init__(self, data_dir: Path, host: str = "127.0.0.1", port: int | None = None,
                 ready_timeout_s: float = 60.0) -> None:  # fmt: skip
        self.data_dir, self.host = data_dir, host
        self.port = port or free_port(host)
        self.ready_timeout_s = ready_timeout_s
        self.proc: subprocess.Popen[bytes] | None = None
        self._log = Path(tempfile.mkstemp(prefix="milvus-lite-", suffix=".log")[1])

    @property
    def uri(self) -> str:
        return f"http://{self.host}:{self.port}"

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc else None

    def start(self) -> LiteServer:
        """Start the server and wait until it answers the Milvus protocol."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "milvus_lite", "server", "--data-dir", str(self.data_dir),
               "--host", self.host, "--port", str(self.port)]  # fmt: skip
        env = {**os.environ, "no_proxy": "127.0.0.1,localhost", "NO_PROXY": "127.0.0.1,localhost"}
        with self._log.open("ab") as out:
            self.proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.STDOUT, env=env)
        self._wait_ready()
        log.info("milvus-lite pid %d serving %s (data %s)", self.proc.pid, self.uri, self.data_dir)
        return self

    def _wait_ready(self) -> None:
        from pymilvus import MilvusClient

        deadline = time.monotonic() + self.ready_timeout_s
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self.proc is None or self.proc.poll() is not None:
                raise RuntimeError(f"milvus-lite exited early:\n{self.output()}")
            try:
                with socket.create_connection((self.host, self.port), timeout=0.5):
                    pass
                client = MilvusClient(uri=self.uri, timeout=2)
                try:
                    client.get_server_version(timeout=2)
                finally:
                    client.close()
                return
            except Exception as e:  # not listening yet, or not answering yet
                last = e
                time.sleep(0.2)
        self.stop()
        raise TimeoutError(
            f"milvus-lite did not answer on {self.uri} within {self.ready_timeout_s:g}s "
            f"(last error: {last}):\n{self.output()}"
        )

    def stop(self, kill: bool = False) -> None:
        """Stop the server (SIGTERM, or SIGKILL with `kill`); waits for it to exit."""
        if self.proc is None or self.proc.poll() is not None:
            return
        self.proc.send_signal(signal.SIGKILL if kill else signal.SIGTERM)
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait(timeout=10)

    def output(self) -> str:
        """The server's stdout and stderr so far (the last 4000 characters)."""
        try:
            return self._log.read_text(errors="replace")[-4000:]
        except OSError:
            return ""

    def __enter__(self) -> LiteServer:
        return self.start()

    def __exit__(self, et: type[BaseException] | None, ev: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.stop()
        self._log.unlink(missing_ok=True)
