"""`python -m t2sa_lib.data`: generate the dataset and its splits from a seed."""
import argparse
import sys

from .cli import add_arguments, run

parser = argparse.ArgumentParser(prog="python -m t2sa_lib.data", description=__doc__)
add_arguments(parser)
sys.exit(run(parser.parse_args()))
