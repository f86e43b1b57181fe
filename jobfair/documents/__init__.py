"""Printable documents (badges, reports): pure Python over plain dataclasses; no Qt, no database."""
