"""The kit's models: pure numpy/pandas, no widgets and no plots.

``funnel`` (AIDA, the sales funnel over time), ``physics`` (a flywheel pushed against friction),
``loops`` (factors and links of a self-reinforcing loop, the Amazon flywheel), ``inbound``
(HubSpot's inbound flywheel), ``retention`` (retention, Prime, lifetime value), ``ecosystem``
(satellites feeding a core), ``own_flywheel`` (a learner's own flywheel: build, check, save, load),
``inputs`` (checks of input values that name the field and the allowed range). Every function
documents its units and ranges; results are pandas DataFrames.
"""
