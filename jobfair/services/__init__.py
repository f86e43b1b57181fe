"""Operations of the fair (no Qt): each takes a Session, returns frozen dataclasses, never commits.

The caller owns one transaction per user action: ``with session_factory.begin() as session:``.
"""
