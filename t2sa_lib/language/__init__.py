"""Reading what a description states about space, and holding the network to it.

A description is read into :class:`~t2sa_lib.language.statements.Statement`
objects — one per attribute the words state: a stated number ("225 degrees",
"45% reverb", "-6 dB", "three paces"), or a region its words denote ("far",
"slightly above", "in a tiled bathroom", "behind my head"), after negation and
contrast ("not on my right, on my left", "X가 아니라 Y"), distractor words
("all right", "leftovers", "왼손으로") and frames of reference (a compass point
with a stated facing, the stage as front) are resolved.

:func:`constrain` then treats each statement as a constraint on the network's
estimate of that attribute: a stated number fixes the value (clipped to the
schema's range, with a note); a region keeps the network's value when it lies
inside and otherwise moves it to the region's typical value; a negated region
alone moves a value out of it (to its mirror image). Motion comes from the words
alone: :class:`~t2sa_lib.infer.T2SInfer` keeps a source static unless its words
move it.

Modules
-------
``normalize``   text clean-up, number words to digits
``vocabulary``  the words of each attribute (English and Korean) and their regions
``numbers``     stated quantities of every attribute, in every convention
``azimuth``     direction words, degree words, body and frame references
``reading``     the whole sentence: negation scope, contrast, motion; ``read``
``constrain``   statements applied to a :class:`~t2sa_lib.params.SpatialParams`
"""
from .constrain import constrain
from .reading import Reading, read
from .statements import Statement

__all__ = ["Reading", "Statement", "constrain", "read"]
