"""FFT convolution against direct convolution."""
import numpy as np
import pytest


def test_fft_convolutions_equal_direct_convolution():
    from t2sa_lib.render.convolve import crossfaded_convolve, fft_convolve

    rng = np.random.default_rng(0)
    x, h = rng.standard_normal(30001), rng.standard_normal((3, 2500))
    want = np.stack([np.convolve(x, c) for c in h])
    np.testing.assert_allclose(fft_convolve(x, h), want, atol=2e-3)
    same = np.repeat(h[None], -(-len(x) // 512), axis=0)
    np.testing.assert_allclose(crossfaded_convolve(x, same, 512), want, atol=2e-3)
    with pytest.raises(ValueError, match="filters"):
        crossfaded_convolve(x, same[:3], 512)
