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
    plan = [  # campaign, channel, people reached, typical stage rates of that channel
        ("spring-search", "search ads", 48_000, (0.55, 0.30, 0.30, 0.12)),
        ("spring-social", "paid social", 120_000, (0.35, 0.20, 0.22, 0.08)),
        ("summer-display", "display banners", 250_000, (0.12, 0.15, 0.20, 0.08)),
        ("summer-newsletter", "newsletter", 9_500, (0.70, 0.45, 0.35, 0.15)),
        ("autumn-fair", "trade fair", 3_200, (0.80, 0.50, 0.40, 0.20)),
        ("autumn-podcast", "podcast sponsoring", 60_000, (0.25, 0.30, 0.25, 0.10)),
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
