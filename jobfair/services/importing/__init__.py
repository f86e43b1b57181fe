"""Pre-registration import: lists of seekers from CSV or XLSX files, all or nothing.

``reading`` reads the file, ``mapping`` guesses which column is which field, ``values`` reads
the cells, ``service`` checks the rows and saves them.
"""

from jobfair.services.importing.mapping import (
    FIELD_LABELS,
    FIELDS,
    REQUIRED_FIELDS,
    HeaderMapping,
    suggest_mapping,
)
from jobfair.services.importing.reading import FileReadError, sheet_names
from jobfair.services.importing.service import (
    IMPORT_NOTICE_VERSION,
    ImportFile,
    ImportPreview,
    ImportResult,
    ImportRowError,
    import_seekers,
    inspect_file,
    preview_import,
    run_import,
)

__all__ = [
    "FIELDS",
    "FIELD_LABELS",
    "IMPORT_NOTICE_VERSION",
    "REQUIRED_FIELDS",
    "FileReadError",
    "HeaderMapping",
    "ImportFile",
    "ImportPreview",
    "ImportResult",
    "ImportRowError",
    "import_seekers",
    "inspect_file",
    "preview_import",
    "run_import",
    "sheet_names",
    "suggest_mapping",
]
