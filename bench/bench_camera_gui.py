"""The camera path on the main thread, without a camera: frames fed at 30 a second through the
very ``QVideoSink`` a camera fills, as ``tests/gui/common/test_camera.py`` does.

``uv run python -m bench.bench_camera_gui`` prints, as JSON lines:
- ``camera.badge_to_scan``: from the first frame showing a badge to the station's scan signal
  (``CameraCorner.code_read``), ms, median and p95 of 20 badges (goal ≤ 500 ms to the banner:
  the banner follows the scan signal within the same event-loop turn);
- ``camera.preview_fps``: frames the preview took per second while the decoder worked (goal
  ≥ 20, against 30 offered).
Offscreen, on this machine as it is: the load average is printed with each figure.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtGui import QImage
    from PySide6.QtMultimedia import QVideoFrame
    from PySide6.QtWidgets import QApplication, QWidget

    from bench import Figure
    from jobfair.domain.badge_code import make_code, new_secret
    from jobfair.gui.common.camera import CameraCorner
    from tests.services.camera_photos import badge_pictures, noise_frame, photograph

    app = QApplication.instance() or QApplication(sys.argv[:1])
    secret = new_secret()
    codes = [make_code(secret, 5000 + i) for i in range(20)]
    rng = random.Random(7)

    def frame_of(picture: Image.Image) -> QVideoFrame:
        gray = picture.convert("L")
        image = QImage(gray.tobytes(), gray.width, gray.height, gray.width,
                       QImage.Format.Format_Grayscale8).copy()
        return QVideoFrame(image.convertToFormat(QImage.Format.Format_RGB32))

    with tempfile.TemporaryDirectory(prefix="jobfair-camera-gui-") as tmp:
        badges = badge_pictures(Path(tmp), codes)
        settings = QSettings(str(Path(tmp) / "station.ini"), QSettings.Format.IniFormat)
        station = QWidget()
        station.resize(1280, 800)
        station.show()
        corner = CameraCorner(station, settings)
        corner.show()
        noise = [frame_of(noise_frame(rng)) for _ in range(10)]
        latencies: list[float] = []
        fed = 0
        feeding = 0.0  # seconds spent feeding frames (the pictures are made outside it)
        for i, badge in enumerate(badges):
            showing = [frame_of(photograph(badge, rng)) for _ in range(3)]
            read: list[float] = []
            corner.code_read.connect(lambda _code, r=read: r.append(time.perf_counter()))
            # a few frames of nothing, then the badge held up until it scans (or 3 s)
            script = noise[:5] + showing * 30
            first_badge_at: list[float] = []
            loop = QEventLoop()
            step = [0]

            def feed(script=script, first=first_badge_at, read=read, loop=loop,
                     step=step) -> None:
                nonlocal fed
                if read or step[0] >= len(script):
                    loop.quit()
                    return
                if step[0] == 5:
                    first.append(time.perf_counter())
                corner.sink.setVideoFrame(script[step[0]])
                step[0] += 1
                fed += 1

            timer = QTimer()
            timer.setInterval(33)
            timer.timeout.connect(feed)
            timer.start()
            began = time.perf_counter()
            loop.exec()
            feeding += time.perf_counter() - began
            timer.stop()
            corner.code_read.disconnect()
            if read and first_badge_at:
                latencies.append((read[0] - first_badge_at[0]) * 1000)
            # away for longer than the repeat window is not needed: each badge is another code
            del i
        corner.stop()
        load = round(os.getloadavg()[0], 2)
        extra = {"cpus": os.cpu_count(), "load": load, "badges": len(badges),
                 "read": len(latencies)}
        if latencies:
            ordered = sorted(latencies)
            print(Figure("camera.badge_to_scan", round(statistics.median(latencies)), "ms", 500,
                         {**extra, "statistic": "median",
                          "p95": round(ordered[int(0.95 * (len(ordered) - 1))])}).as_json())
        print(Figure("camera.preview_fps", round(fed / feeding, 1), "frames/s", None,
                     {**extra, "offered": 30, "goal_at_least": 20,
                      "decoded": corner.decoder.decoded}).as_json())
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
