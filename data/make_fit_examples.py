"""Make the invented example counts of lesson 11 ("Your own numbers").

Run from anywhere: ``python data/make_fit_examples.py``. It writes
``data/example_inbound_months.csv``: 48 months of new prospects, new customers and new promoters
of a made-up company whose wheel is the kit's inbound flywheel
(:mod:`flywheel_lib.models.inbound`, the lesson's defaults) with the frictions and the word of
mouth in :data:`TRUTH`, counted with noise: each month's count is a negative binomial draw
around the model's value (variance = mean + mean²/:data:`SIZE`, so a month of 1,000 prospects
scatters by about ±10 %, more than Poisson counts would). The fixed seed re-makes the file bit
for bit; :func:`flywheel_lib.fit.inbound` should find the truth within its 90 % intervals.
"""
from pathlib import Path

import numpy as np
import pandas as pd

from flywheel_lib.models import inbound

HERE = Path(__file__).resolve().parent
SEED = 1969          # the year Bass published his model; any fixed number would do
MONTHS = 48
SIZE = 100.0         # negative binomial size: the larger, the closer to Poisson
TRUTH = {"friction_marketing": 0.25, "friction_sales": 0.35, "friction_service": 0.20,
         "wom_promoters": 0.35}


def example_inbound_months(rng: np.random.Generator) -> pd.DataFrame:
    """The months of the made-up wheel: model values with negative binomial noise."""
    run = inbound.simulate(inbound.InboundParams(**TRUTH), MONTHS).iloc[1:]
    counts = {}
    for column, flow in (("new_prospects", "attracted"), ("new_customers", "new_customers"),
                         ("new_promoters", "new_promoters")):
        mean = run[flow].to_numpy()
        counts[column] = rng.negative_binomial(SIZE, SIZE / (SIZE + mean))
    return pd.DataFrame({"month": np.arange(1, MONTHS + 1), **counts})


def main() -> None:
    example_inbound_months(np.random.default_rng(SEED)).to_csv(
        HERE / "example_inbound_months.csv", index=False)


if __name__ == "__main__":
    main()
