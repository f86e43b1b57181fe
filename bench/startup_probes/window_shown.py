"""Start a window offscreen and exit the moment it is exposed, printing the wall-clock time.

``python window_shown.py bare``: a bare PySide6 main window (the floor).
``python window_shown.py jobfair ARGS...``: JobFair's window, started as ``jobfair ARGS``.

Prints ``shown <time.time()>`` once the first main window is exposed (JobFair's frame), then
leaves at once (``os._exit``) so that tearing down is not counted. With ``JOBFAIR_PROBE=ready``
it waits instead for JobFair's ``MainWindow`` itself (the database open, the start page built).
"""

from __future__ import annotations

import os
import sys
import time


def _watch() -> None:
    """From the first QApplication on: exit when a QMainWindow's native window is exposed."""
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtGui import QWindow
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Watcher(QObject):
        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # Qt override
            if event.type() == QEvent.Type.Expose and isinstance(obj, QWindow) \
                    and obj.isExposed():
                wanted = "MainWindow" if os.environ.get("JOBFAIR_PROBE") == "ready" else ""
                shown = [w for w in QApplication.topLevelWidgets()
                         if isinstance(w, QMainWindow) and w.windowHandle() is obj
                         and (not wanted or type(w).__name__ == wanted)]
                if shown:
                    print(f"shown {time.time():.6f}", flush=True)
                    os._exit(0)
            return False

    watcher = Watcher()
    original_init = QApplication.__init__

    def init(self: QApplication, *args: object) -> None:
        original_init(self, *args)
        self.installEventFilter(watcher)

    QApplication.__init__ = init  # type: ignore[method-assign]


def main() -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    _watch()
    if sys.argv[1] == "bare":
        from PySide6.QtWidgets import QApplication, QMainWindow

        app = QApplication(sys.argv[:1])
        window = QMainWindow()
        window.resize(1280, 800)
        window.show()
        app.exec()
    else:
        from jobfair.app import main as jobfair_main

        jobfair_main(sys.argv[2:])


if __name__ == "__main__":
    main()
