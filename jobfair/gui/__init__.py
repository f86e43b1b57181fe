"""The window: Qt lives here and nowhere else in the package (besides the shared translator).

``application`` builds the QApplication and the main window; ``stations`` is where the desk, booth
and organizer screens plug in; ``dialogs`` wraps message boxes so that tests can answer them.
"""
