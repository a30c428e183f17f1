import os

import pytest

os.environ.setdefault("MPLBACKEND", "Agg")

#: Fixtures that train a model: every test using one is marked ``slow``.
TRAINING_FIXTURES = {"trained"}


def pytest_collection_modifyitems(items):
    """Mark the trainings slow, so ``-m "not slow"`` is a loop of about a minute."""
    for item in items:
        if TRAINING_FIXTURES & set(getattr(item, "fixturenames", ())):
            item.add_marker(pytest.mark.slow)


@pytest.fixture(scope="module")
def noise():
    """Half a second of seeded pink noise at 48 kHz, the render tests' source."""
    from t2sa_lib.render import make_test_sound

    return make_test_sound("pink-noise", 48000, 0.5, seed=1)
