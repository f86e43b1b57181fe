"""Plain rules of the fair: no database, no Qt."""
