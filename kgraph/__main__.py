"""``python -m kgraph`` runs the command line."""

from .cli import main

raise SystemExit(main())
