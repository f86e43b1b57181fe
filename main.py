"""Run JobFair from a checkout: ``python main.py [COMMAND ...]`` (same as ``jobfair``)."""

from jobfair.app import main

if __name__ == "__main__":
    raise SystemExit(main())
