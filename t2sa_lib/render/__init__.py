"""Deterministic spatial rendering: binaural (SOFA HRTF), stereo, AmbiX FOA/HOA3.

See :mod:`.spatial` for what a render does, :mod:`.stream` for moving sources
and the real-time block renderer, :mod:`.hrtf` for the HRTF registry.
"""
from .ambisonics import decode_ambisonics_binaural, sh_gains
from .hrtf import HRTF, HRTFError, list_hrtfs, load_hrtf, prepare_hrtfs, read_sofa
from .sounds import TEST_SOUNDS, make_test_sound
from .spatial import FORMATS, RenderResult, impulse_response, render, render_scene
from .stream import BlockRenderer, StreamRenderer
from .trajectory import params_at

__all__ = ["BlockRenderer", "StreamRenderer", "FORMATS", "HRTF", "HRTFError", "RenderResult", "TEST_SOUNDS",
           "decode_ambisonics_binaural", "impulse_response", "list_hrtfs", "load_hrtf",
           "make_test_sound", "params_at", "prepare_hrtfs", "read_sofa", "render",
           "render_scene", "sh_gains"]
