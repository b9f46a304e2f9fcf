"""What every in-process benchmark does first: the repository on the import path, the settings
pointed at the benchmark's own database, Django set up. `import bootstrap` from a bench script
(its folder is on the path), then `bootstrap.django_on(DB)` before importing any app.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def django_on(database: Path | None = None, **env: str) -> Path:
    """Set up Django on the SQLite file `database` (the settings' default when None), with the
    extra environment `env`; returns the repository's root."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    if database is not None:
        os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.update(env)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "schoolsocial.settings")
    import django

    django.setup()
    return ROOT
