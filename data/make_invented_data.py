"""Make the kit's invented data sets. Run from anywhere: ``python data/make_invented_data.py``.

Every invented file in data/ is written by this script with a fixed random seed, so it can be
re-made bit for bit and nobody mistakes it for real measurements.
"""
from pathlib import Path

import numpy as np
import pandas as pd

HERE = Path(__file__).resolve().parent
SEED = 2018  # the year HubSpot presented the flywheel; any fixed number would do


def aida_campaigns(rng: np.random.Generator) -> pd.DataFrame:
    """Six campaigns; each stage's count is a binomial draw from the one before."""
    # The stages as a shop measures them: looked at the ad (opened the mail, stopped at the
    # stand), clicked through to the shop (came to the stand's talk), put something in the cart
    # (asked for an offer), bought. The rates are invented for teaching; the online channels'
    # click-through (attention × interest) and visitor-to-buyer rates (desire × action) lie in the
    # published ranges of data/README.md, "Funnel calibration".
    plan = [  # campaign, channel, people reached, stage rates of that channel
        ("spring-search", "search ads", 48_000, (0.50, 0.07, 0.12, 0.30)),
        ("spring-social", "paid social", 120_000, (0.25, 0.05, 0.09, 0.25)),
        ("summer-display", "display banners", 250_000, (0.12, 0.04, 0.06, 0.25)),
        ("summer-newsletter", "newsletter", 9_500, (0.60, 0.08, 0.15, 0.35)),
        ("autumn-fair", "trade fair", 3_200, (0.80, 0.35, 0.30, 0.30)),
        ("autumn-podcast", "podcast sponsoring", 60_000, (0.45, 0.03, 0.10, 0.30)),
    ]
    rows = []
    for campaign, channel, reached, rates in plan:
        counts = [reached]
        for r in rates:
            counts.append(int(rng.binomial(counts[-1], r)))
        rows.append((campaign, channel, *counts))
    return pd.DataFrame(rows, columns=["campaign", "channel", "reached", "attention",
                                       "interest", "desire", "action"])


def main() -> None:
    rng = np.random.default_rng(SEED)
    aida_campaigns(rng).to_csv(HERE / "aida_campaigns.csv", index=False)


if __name__ == "__main__":
    main()
