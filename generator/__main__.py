"""Allow `python -m generator`."""

from generator.cli import main

if __name__ == "__main__":  # guarded: formatting workers started by "spawn" re-import this module
    main()
