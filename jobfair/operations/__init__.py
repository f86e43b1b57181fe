"""What a person does at a station, one function each, without Qt.

A station screen calls an operation (scan, record the outcome, answer a question, check in,
undo...) and renders the result it gets back: ``Recorded``, ``NeedsConfirmation`` with the
question to show, ``Refused`` with the reason, or ``KeptOffline`` when the record waits on this PC
for the server. The rules live in the domain and the services; where the record goes (the
server, or the station's outbox while the server is away) is decided here, behind one backend
interface with two implementations (``backends``). Operations keep the station's state (the card
on screen, the question open), so a scan that comes while a question waits is handled the same
way whether the screen is fast or the server is slow.
"""
