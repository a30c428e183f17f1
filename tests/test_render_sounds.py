"""Bundled test sounds: deterministic, calibrated, batch equals one at a time."""
import math

import numpy as np
import pytest

from t2sa_lib.render import make_test_sound


def test_test_sounds_are_deterministic_and_calibrated():
    for name in ("speech-like", "noise-burst", "pink-noise", "tone-chord"):
        x = make_test_sound(name, 16000, 1.0, seed=2)
        assert np.array_equal(x, make_test_sound(name, 16000, 1.0, seed=2))
        assert 20 * math.log10(np.sqrt(np.mean(x.astype(float) ** 2))) == pytest.approx(-20, abs=0.1)
    with pytest.raises(ValueError, match="unknown test sound"):
        make_test_sound("violin")



def test_test_sounds_in_a_batch_equal_one_at_a_time():
    """The corpus synthesises builtin sounds in batches: each row must be the lone sound."""
    from t2sa_lib.render.sounds import make_test_sounds

    seeds = [3, 11, 3, 2 ** 31 + 5, 0]
    for name in ("speech-like", "noise-burst", "pink-noise", "tone-chord"):
        rows = make_test_sounds(name, 16000, 0.7, seeds)
        assert rows.shape == (len(seeds), 11200) and rows.dtype == np.float32
        for seed, row in zip(seeds, rows):
            assert np.array_equal(row, make_test_sound(name, 16000, 0.7, seed))


def test_pink_noise_falls_3_db_an_octave_and_is_gaussian():
    from scipy.signal import welch
    from scipy.stats import kurtosis, skew

    x = make_test_sound("pink-noise", 48000, 4.0, seed=5)
    f, pxx = welch(x, 48000, nperseg=8192)
    band = (f >= 100) & (f <= 10000)
    slope = np.polyfit(np.log2(f[band]), 10 * np.log10(pxx[band]), 1)[0]
    assert slope == pytest.approx(-3.01, abs=0.3)        # dB per octave
    middle = x[4800:-4800]                               # past the fades
    assert abs(skew(middle)) < 0.1 and abs(kurtosis(middle)) < 0.2
    assert not np.array_equal(x, make_test_sound("pink-noise", 48000, 4.0, seed=6))
