"""JobFair: runs a recruitment fair (채용박람회) on the day."""

__version__ = "0.1.0"
