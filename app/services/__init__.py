"""One module per workflow; plain Python, no Qt. Each call is one audited unit of work."""
