"""Bilingual (Korean + English) dataset: generator, splits, augmentation, OOD sets.

See :mod:`t2sa_lib.data.lexicon` for the regions words denote and
:mod:`t2sa_lib.data.generator` for how sentences and labels are drawn.
"""
from .augment import augment
from .coverage import ambiguity_floor, coverage_table, plot_coverage
from .generator import PAPER_SIZES, SPLITS, generate, paper_splits, split_filename
from .ood import OOD_SETS, build_ood_sets, ood_filename
from .parse import parse_labels
from .write import load_split, write_dataset

__all__ = ["augment", "ambiguity_floor", "coverage_table", "plot_coverage", "PAPER_SIZES",
           "SPLITS", "generate", "paper_splits", "split_filename", "OOD_SETS", "build_ood_sets",
           "ood_filename", "parse_labels", "write_dataset", "load_split"]
