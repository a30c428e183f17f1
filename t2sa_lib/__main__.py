"""`python -m t2sa_lib`: the command line (predict, render, scene, osc, corpus, ...)."""
import sys

from .cli import main

sys.exit(main())
