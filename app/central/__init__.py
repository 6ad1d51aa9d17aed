"""The reference central-side tool (`pec-central`): keys, enrollment, packages, updates, ingest.

It plays the CEC/TEC side of the exchange so that the precinct side can be built and tested
through the real path. It uses app/sync and app/models, never app/ui.
"""
