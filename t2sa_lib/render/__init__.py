"""Deterministic spatial rendering: binaural (SOFA HRTF), stereo, AmbiX FOA/HOA3.

See :mod:`.filters` for what a render is made of, :mod:`.spatial` for the
whole-array renderer, :mod:`.stream` for rendering in blocks (files of any
length, the real-time block renderer), :mod:`.convolve` for the FFT engines,
:mod:`.blockio` for block-wise audio files, :mod:`.hrtf` for the HRTF registry.
"""
from .ambisonics import decode_ambisonics_binaural, sh_gains
from .hrtf import HRTF, HRTFError, list_hrtfs, load_hrtf, prepare_hrtfs, read_sofa
from .sounds import TEST_SOUNDS, make_test_sound
from .spatial import FORMATS, RenderResult, impulse_response, render, render_scene
from .stream import BlockRenderer, StreamRenderer
from .trajectory import params_at

__all__ = ["BlockRenderer", "FORMATS", "HRTF", "HRTFError", "RenderResult", "StreamRenderer",
           "TEST_SOUNDS", "decode_ambisonics_binaural", "impulse_response", "list_hrtfs",
           "load_hrtf", "make_test_sound", "params_at", "prepare_hrtfs", "read_sofa", "render",
           "render_scene", "sh_gains"]
