"""The database: ORM models, engines and sessions, migrations."""
