"""Report: notebook helpers (offline charts, figures), provenance, the headless runner that turns
every notebook into an HTML report, and the data dictionary generated from the schemas."""
