import numpy as np
import pytest


@pytest.fixture
def rng():
    return np.random.default_rng(12345)


def random_predictions(rng, n=600, k=12, scale=3.0):
    """Logits with signal: the true class gets a boost, so accuracy is well above chance."""
    labels = rng.integers(0, k, size=n)
    logits = rng.normal(size=(n, k)) * scale
    logits[np.arange(n), labels] += rng.normal(2.0, 1.5, size=n)
    return logits, labels
