"""The bounds of what JobFair accepts, in one place.

Every database JobFair runs on must store what validation let through: PostgreSQL refuses a NUL
character in text and an integer past 32 bits where SQLite takes both, so a dry run on one and the
real import on the other would disagree unless validation holds the stricter line. The import
bounds keep a hostile or broken file (one cell in the last column of every row) from taking
gigabytes before anything is checked.
"""

from __future__ import annotations

# A 32-bit signed integer column (PostgreSQL ``integer``).
INT32_MAX = 2_147_483_647

# Positions one opening may seek: more than any fair's booth takes.
MAX_HEADCOUNT = 10_000

# Days personal data may be kept: a century is past any retention rule.
MAX_RETENTION_DAYS = 36_500

# An imported list: at most this many rows (header included) and columns, and bytes for CSV.
MAX_IMPORT_ROWS = 100_000
MAX_IMPORT_COLUMNS = 60
MAX_IMPORT_CSV_BYTES = 64 * 1024 * 1024
