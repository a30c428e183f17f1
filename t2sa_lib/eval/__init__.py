"""Evaluation that sits on top of the model: what the notebooks call.

``baselines``   keyword rules, zero-shot prototypes, ridge probes
``encoders``    the comparison encoders (frozen e5, USE, char TF-IDF)
``localize``    a binaural localisation model (perceived direction of a render)
``experiments`` the experiment runners of notebooks 02-06 and result writing

:mod:`t2sa_lib.metrics` stays below the model (training validates with it).
"""
