"""Corpus-scale rendering of text-described spatial audio (local processes or Dask)."""
from .build import Item, build_corpus, items_from_generator, items_from_manifest, write_metadata

__all__ = ["Item", "build_corpus", "items_from_generator", "items_from_manifest",
           "write_metadata"]
